package dev.webexwholesale.spectools;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What changed between two of Webex's files: operations (method, path, operationId), properties, enum values,
 * required marks and response codes, each with where it is. Prose is not compared (it is stripped).
 */
final class ChangeReport {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  /** Kind of fact to its facts, in a stable order. */
  private final Map<String, Set<String>> facts = new TreeMap<>();

  private ChangeReport() {
  }

  static String between(JsonNode before, JsonNode after) {
    ChangeReport old = collect(before);
    ChangeReport now = collect(after);
    List<String> lines = new ArrayList<>();
    for (String kind : List.of("operation", "property", "enum value", "required mark", "response code")) {
      Set<String> was = old.facts.getOrDefault(kind, Set.of());
      Set<String> is = now.facts.getOrDefault(kind, Set.of());
      is.stream().filter(f -> !was.contains(f)).forEach(f -> lines.add("  " + kind + " added: " + f));
      was.stream().filter(f -> !is.contains(f)).forEach(f -> lines.add("  " + kind + " removed: " + f));
    }
    if (lines.isEmpty()) {
      return "Webex's file: no change in operations, properties, enum values, required marks or response codes\n";
    }
    return "Webex's file changed (" + lines.size() + " changes):\n" + String.join("\n", lines) + "\n";
  }

  private static ChangeReport collect(JsonNode root) {
    ChangeReport report = new ChangeReport();
    JsonNode paths = root.path("paths");
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> path = it.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (!METHODS.contains(op.getKey())) {
          continue;
        }
        String where = op.getKey().toUpperCase() + " " + path.getKey();
        report.add("operation", where + " (operationId " + op.getValue().path("operationId").asText("none") + ")");
        op.getValue().path("responses").fieldNames().forEachRemaining(code -> report.add("response code", where + " " + code));
        for (JsonNode parameter : op.getValue().path("parameters")) {
          String name = parameter.path("in").asText() + " parameter " + parameter.path("name").asText();
          report.add("property", where + " " + name);
          if (parameter.path("required").asBoolean(false)) {
            report.add("required mark", where + " " + name);
          }
          report.schema(parameter.path("schema"), where + " " + name);
        }
        op.getValue().path("requestBody").path("content").fields().forEachRemaining(media ->
            report.schema(media.getValue().path("schema"), where + " request " + media.getKey()));
        op.getValue().path("responses").fields().forEachRemaining(response ->
            response.getValue().path("content").fields().forEachRemaining(media ->
                report.schema(media.getValue().path("schema"), where + " " + response.getKey() + " " + media.getKey())));
      }
    }
    root.path("components").path("schemas").fields().forEachRemaining(schema ->
        report.schema(schema.getValue(), "schema " + schema.getKey()));
    return report;
  }

  private void schema(JsonNode schema, String where) {
    if (!schema.isObject()) {
      return;
    }
    for (JsonNode value : schema.path("enum")) {
      add("enum value", where + ": " + value.asText());
    }
    for (JsonNode name : schema.path("required")) {
      add("required mark", where + "." + name.asText());
    }
    schema.path("properties").fields().forEachRemaining(property -> {
      add("property", where + "." + property.getKey());
      schema(property.getValue(), where + "." + property.getKey());
    });
    schema(schema.path("items"), where + "[]");
    schema(schema.path("additionalProperties"), where + "{}");
    for (String combiner : List.of("allOf", "oneOf", "anyOf")) {
      int i = 0;
      for (JsonNode part : schema.path(combiner)) {
        schema(part, where + " " + combiner + "[" + i++ + "]");
      }
    }
  }

  private void add(String kind, String fact) {
    facts.computeIfAbsent(kind, k -> new TreeSet<>()).add(fact);
  }
}
