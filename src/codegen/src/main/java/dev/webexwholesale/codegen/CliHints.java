package dev.webexwholesale.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code x-webex-cli} hints (overlay 50, docs/generated-surface.md): what a generated
 * command needs beyond the operation itself to keep the options and output users know. A hint
 * that is unknown or does not fit its operation fails the build with the operation's name.
 */
final class CliHints {
  static final String KEY = "x-webex-cli";
  static final List<String> OPERATION_KEYS = List.of("command", "label", "afterAccepted", "beforeWait", "done",
      "bodyOptions", "waiterAliases");
  static final List<String> AFTER_ACCEPTED = List.of("reference", "read", "none");
  static final List<String> BODY_OPTION_KEYS = List.of("option", "field", "label", "required", "description");

  private CliHints() {
  }

  static Map<?, ?> map(Object value, String where) {
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> m)) {
      throw new IllegalStateException(where + ": expected a map, got " + value);
    }
    return m;
  }

  static void onlyKeys(Map<?, ?> m, String where, String... known) {
    onlyKeys(m, where, List.of(known));
  }

  static void onlyKeys(Map<?, ?> m, String where, List<String> known) {
    for (Object key : m.keySet()) {
      if (!known.contains(String.valueOf(key))) {
        throw new IllegalStateException(where + ": unknown hint '" + key + "' (known: " + String.join(", ", known) + ")");
      }
    }
  }

  /** A string or a list of strings. */
  static List<String> strings(Object value, String where) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> l) {
      List<String> out = new ArrayList<>();
      for (Object o : l) {
        if (o == null || o instanceof Map || o instanceof List) {
          throw new IllegalStateException(where + ": expected text, got " + o);
        }
        out.add(o.toString());
      }
      return out;
    }
    if (value instanceof Map) {
      throw new IllegalStateException(where + ": expected text, got " + value);
    }
    return List.of(value.toString());
  }

  static String string(Object value, String where) {
    List<String> s = strings(value, where);
    if (s.size() > 1) {
      throw new IllegalStateException(where + ": expected one text, got " + s);
    }
    return s.isEmpty() ? null : s.get(0);
  }

  /** Option names as a picocli {@code names} value: every one must start with {@code --}. */
  static List<String> optionNames(List<String> names, String where) {
    for (String n : names) {
      if (!n.matches("--[a-z0-9][a-z0-9-]*")) {
        throw new IllegalStateException(where + ": '" + n + "' is not a long option name like --license-info");
      }
    }
    return names;
  }

  /**
   * A stderr line with {@code {id}} replaced, as a Java expression: {@code "sent for " + id + ""}.
   */
  static String line(String text, String idExpr, String where) {
    if (text == null) {
      return null;
    }
    String rest = text.replace("{id}", "\u0000");
    if (rest.contains("{") || rest.contains("}")) {
      throw new IllegalStateException(where + ": only {id} may be substituted in '" + text + "'");
    }
    List<String> parts = new ArrayList<>();
    String[] pieces = rest.split("\u0000", -1);
    for (int i = 0; i < pieces.length; i++) {
      if (i > 0) {
        parts.add(idExpr);
      }
      if (!pieces[i].isEmpty() || pieces.length == 1) {
        parts.add(literal(pieces[i]));
      }
    }
    return String.join(" + ", parts);
  }

  /** A Java string literal (no format escaping: printed as is). */
  static String literal(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static Map<String, Object> ordered(Map<?, ?> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }
}
