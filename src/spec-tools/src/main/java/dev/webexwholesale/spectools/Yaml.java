package dev.webexwholesale.spectools;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/** Reading JSON or YAML into Jackson trees, and writing them deterministically. */
final class Yaml {
  static final ObjectMapper JSON = new ObjectMapper();
  static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
      .build());

  /**
   * The order of OpenAPI keywords in the written spec, whatever order the overlays left them in; keys not listed
   * (extensions) follow in their own order. Maps of names (paths, properties, schemas) keep their order.
   */
  private static final List<String> KEYWORD_ORDER = List.of("openapi", "info", "servers", "security", "tags",
      "paths", "components", "$ref", "name", "in", "url", "title", "version", "operationId", "summary",
      "description", "deprecated", "required", "type", "format", "nullable", "readOnly", "writeOnly", "pattern",
      "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "default", "enum", "style", "explode",
      "allowEmptyValue", "scheme", "bearerFormat", "parameters", "requestBody", "responses", "headers", "content",
      "schema", "allOf", "oneOf", "anyOf", "not", "items", "properties", "additionalProperties", "example",
      "examples", "value", "externalDocs", "schemas", "securitySchemes", "requestBodies");

  private Yaml() {
  }

  static JsonNode read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return file.toString().endsWith(".json") ? JSON.readTree(text) : YAML.readTree(text);
  }

  static String json(JsonNode node) throws IOException {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE)
        .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    return JSON.writer(printer).writeValueAsString(node) + "\n";
  }

  /**
   * YAML text of the tree with OpenAPI keywords in a fixed order and response codes sorted; fails if the text would
   * not read back the same. SnakeYAML writes it (block style, single quotes where a plain scalar would not do,
   * multi-line strings as literal blocks), so the same tree always gives the same text.
   */
  static String openApi(JsonNode tree, String header) throws IOException {
    JsonNode ordered = ordered(tree, false);
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setSplitLines(false);
    options.setWidth(Integer.MAX_VALUE);
    options.setAllowUnicode(true);
    Representer representer = new Representer(options) {
      {
        this.representers.put(String.class, data -> {
          String text = (String) data;
          boolean literal = text.contains("\n") && !text.matches("(?s).*[ \t]\n.*") && !text.startsWith(" ");
          return representScalar(Tag.STR, text, literal ? DumperOptions.ScalarStyle.LITERAL : DumperOptions.ScalarStyle.PLAIN);
        });
      }
    };
    String text = new org.yaml.snakeyaml.Yaml(representer, options).dump(JSON.convertValue(ordered, Object.class));
    if (!YAML.readTree(text).equals(ordered)) {
      throw new IllegalStateException("the YAML writer does not round-trip this spec");
    }
    return header + text;
  }

  private static JsonNode ordered(JsonNode node, boolean namesMap) {
    if (node.isArray()) {
      var out = JSON.createArrayNode();
      node.forEach(item -> out.add(ordered(item, false)));
      return out;
    }
    if (!node.isObject()) {
      return node;
    }
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = field.getKey();
      boolean data = !namesMap && (Prose.DATA.contains(key) || key.startsWith("x-"));
      fields.put(key, data ? field.getValue() : ordered(field.getValue(), !namesMap && Prose.NAME_MAPS.contains(key)
          && field.getValue().isObject()));
    }
    List<String> keys = new ArrayList<>(fields.keySet());
    if (!namesMap) {
      keys.sort((a, b) -> Integer.compare(rank(a), rank(b)));
    } else if (keys.stream().allMatch(k -> k.matches("[1-5][0-9X]{2}|default"))) {
      keys.sort(null); // status codes in ascending order, "default" last
    }
    ObjectNode out = JSON.createObjectNode();
    keys.forEach(k -> out.set(k, fields.get(k)));
    return out;
  }

  private static int rank(String key) {
    int i = KEYWORD_ORDER.indexOf(key);
    return i < 0 ? KEYWORD_ORDER.size() : i;
  }
}
