package dev.webexwholesale.spectools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Applies OpenAPI Overlay 1.0.0 documents: each action's {@code target} is a JSONPath evaluated by Jayway JsonPath;
 * {@code update} merges objects recursively and appends to arrays, {@code remove} deletes the selected nodes.
 * Actions run in document order, documents in file-name order. An action selecting nothing fails the run.
 */
final class Overlays {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Configuration PATHS = Configuration.builder()
      .jsonProvider(new JacksonJsonNodeJsonProvider(JSON)).mappingProvider(new JacksonMappingProvider(JSON))
      .options(Option.AS_PATH_LIST).build();
  private static final Configuration NODES = Configuration.builder()
      .jsonProvider(new JacksonJsonNodeJsonProvider(JSON)).mappingProvider(new JacksonMappingProvider(JSON)).build();

  private Overlays() {
  }

  /** The overlay files of a folder in the order they apply (file name). */
  static List<Path> files(Path folder) throws IOException {
    return files(folder, ".*\\.ya?ml");
  }

  static List<Path> files(Path folder, String pattern) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.getFileName().toString().matches(pattern)).sorted().toList();
    }
  }

  static void applyAll(ObjectNode document, List<Path> overlays, Path base) throws IOException {
    for (Path file : overlays) {
      apply(document, Yaml.read(file), base.relativize(file).toString());
    }
  }

  static void apply(ObjectNode document, JsonNode overlay, String name) {
    if (!"1.0.0".equals(overlay.path("overlay").asText())) {
      throw new IllegalArgumentException(name + ": not an OpenAPI Overlay 1.0.0 document (overlay: 1.0.0)");
    }
    if (!overlay.path("info").path("title").isTextual() || !overlay.path("info").path("version").isTextual()) {
      throw new IllegalArgumentException(name + ": info.title and info.version are required");
    }
    JsonNode actions = overlay.path("actions");
    if (!actions.isArray() || actions.isEmpty()) {
      throw new IllegalArgumentException(name + ": no actions");
    }
    int index = 0;
    for (JsonNode action : actions) {
      index++;
      String target = action.path("target").asText("");
      String description = action.path("description").asText("");
      if (target.isEmpty()) {
        throw new IllegalArgumentException(name + ": action " + index + " has no target");
      }
      if (description.isBlank()) {
        throw new IllegalArgumentException(name + ": action " + index + " (" + target + ") does not say why (description)");
      }
      List<String> matches = select(document, target);
      if (matches.isEmpty()) {
        throw new StaleOverlayActionException(name, target, description);
      }
      if (action.path("remove").asBoolean(false)) {
        DocumentContext context = JsonPath.using(NODES).parse(document);
        // Deepest and last first, so array indexes of the remaining matches stay valid.
        List<String> reversed = new ArrayList<>(matches);
        Collections.reverse(reversed);
        for (String path : reversed) {
          context.delete(path);
        }
      } else if (action.has("update")) {
        JsonNode update = action.get("update");
        for (String path : matches) {
          JsonNode node = JsonPath.using(NODES).parse(document).read(path);
          if (node instanceof ObjectNode object && update.isObject()) {
            merge(object, (ObjectNode) update);
          } else if (node instanceof ArrayNode array) {
            array.add(update.deepCopy());
          } else {
            throw new IllegalArgumentException(name + ": action " + index + " (" + target + ") updates a "
                + node.getNodeType() + " with a " + update.getNodeType() + "; an update targets an object (merged)"
                + " or an array (appended to)");
          }
        }
      } else {
        throw new IllegalArgumentException(name + ": action " + index + " (" + target + ") neither updates nor removes");
      }
    }
  }

  /** Normalized paths ({@code $['a'][0]}) of the nodes the target selects; empty when it selects nothing. */
  static List<String> select(JsonNode document, String target) {
    Object result;
    try {
      result = JsonPath.using(PATHS).parse(document).read(target);
    } catch (PathNotFoundException e) {
      return List.of();
    }
    List<String> paths = new ArrayList<>();
    if (result instanceof JsonNode node) {
      node.forEach(p -> paths.add(p.asText()));
    } else if (result instanceof Iterable<?> list) {
      list.forEach(p -> paths.add(String.valueOf(p)));
    }
    List<String> out = new ArrayList<>();
    for (String path : paths) {
      out.addAll(existingProperties(document, path));
    }
    return out;
  }

  /** A normalized path ending in several properties, as Jayway reports a {@code ['a','b']} selection. */
  private static final Pattern MULTI_PROPERTY = Pattern.compile("^(.*)\\[('[^']*'(?:, *'[^']*')+)]$");

  /**
   * Jayway reports a multi-property selection ({@code $.x['a','b']}) as one path per parent, whether or not the
   * properties exist, and reads it as a new object: split it into one path per property the parent has, so an
   * update reaches the document and a selection of absent properties counts as none.
   */
  private static List<String> existingProperties(JsonNode document, String path) {
    Matcher multi = MULTI_PROPERTY.matcher(path);
    if (!multi.matches()) {
      return List.of(path);
    }
    JsonNode parent = JsonPath.using(NODES).parse(document).read(multi.group(1));
    List<String> out = new ArrayList<>();
    for (String quoted : multi.group(2).split(", *")) {
      String name = quoted.substring(1, quoted.length() - 1);
      if (parent != null && parent.has(name)) {
        out.add(multi.group(1) + "['" + name + "']");
      }
    }
    return out;
  }

  /** Overlay 1.0 update: objects merge recursively, arrays are appended to, anything else is replaced. */
  static void merge(ObjectNode into, ObjectNode update) {
    for (Iterator<Map.Entry<String, JsonNode>> it = update.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode existing = into.get(field.getKey());
      JsonNode value = field.getValue();
      if (existing instanceof ObjectNode object && value instanceof ObjectNode patch) {
        merge(object, patch);
      } else if (existing instanceof ArrayNode array && value instanceof ArrayNode more) {
        more.forEach(v -> array.add(v.deepCopy()));
      } else {
        into.set(field.getKey(), value.deepCopy());
      }
    }
  }
}
