package dev.webexwholesale.spectools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Removes Webex's prose ({@code description}, {@code summary}, {@code title}) from an OpenAPI tree, keeping every
 * other value. A key is prose only where OpenAPI puts a keyword: the names inside a map of names (a schema's
 * {@code properties}, {@code components.schemas}, {@code paths}, ...) are kept, so a property called
 * {@code description} survives; example values are data and are kept whole.
 */
final class Prose {
  static final Set<String> PROSE_KEYS = Set.of("description", "summary", "title");

  /** Keywords whose value is a map from names to objects (OpenAPI 3.0). */
  static final Set<String> NAME_MAPS = Set.of("properties", "patternProperties", "definitions", "schemas", "paths",
      "parameters", "responses", "headers", "examples", "securitySchemes", "requestBodies", "links", "callbacks",
      "content", "encoding", "variables", "mapping", "scopes");

  /** Keywords whose value is data, not OpenAPI structure. */
  static final Set<String> DATA = Set.of("example", "value", "enum", "default");

  private Prose() {
  }

  static JsonNode strip(JsonNode root) {
    JsonNode copy = root.deepCopy();
    keywords(copy);
    return copy;
  }

  private static void keywords(JsonNode node) {
    if (node instanceof ArrayNode array) {
      array.forEach(Prose::keywords);
    } else if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> field = it.next();
        String key = field.getKey();
        if (PROSE_KEYS.contains(key) && field.getValue().isTextual()) {
          it.remove();
        } else if (DATA.contains(key) || key.startsWith("x-")) {
          continue;
        } else if (NAME_MAPS.contains(key) && field.getValue().isObject()) {
          field.getValue().forEach(Prose::keywords);
        } else {
          keywords(field.getValue());
        }
      }
    }
  }
}
