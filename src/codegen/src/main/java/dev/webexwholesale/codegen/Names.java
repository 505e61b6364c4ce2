package dev.webexwholesale.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The naming rules of the generated surface, in one place (and unit-tested). */
final class Names {
  private Names() {
  }

  /**
   * The resource group of a path: the literal segments after {@code /wholesale/} (or from the
   * first one) up to the first path parameter, in lowerCamelCase; a trailing action segment on a
   * collection that is itself one of {@code paths} belongs to that collection.
   */
  static String group(String path, List<String> paths) {
    String p = path.startsWith("/wholesale/") ? path.substring("/wholesale/".length())
        : path.startsWith("/") ? path.substring(1) : path;
    List<String> literal = new ArrayList<>();
    for (String segment : p.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      if (segment.startsWith("{")) {
        break;
      }
      literal.add(segment);
    }
    if (literal.isEmpty()) {
      return "default";
    }
    String prefix = path.startsWith("/wholesale/") ? "/wholesale" : "";
    // the longest proper prefix that is a path of its own is the collection the action belongs to
    for (int n = literal.size() - 1; n >= 1; n--) {
      String candidate = prefix + "/" + String.join("/", literal.subList(0, n));
      if (paths.contains(candidate)) {
        return join(literal.subList(0, n));
      }
    }
    return join(literal);
  }

  private static String join(List<String> segments) {
    StringBuilder b = new StringBuilder();
    for (String s : segments) {
      for (String word : s.split("[^A-Za-z0-9]+")) {
        if (word.isEmpty()) {
          continue;
        }
        b.append(b.length() == 0 ? lowerFirst(word) : upperFirst(word));
      }
    }
    return b.toString();
  }

  /** "Get Wholesale Customer Usage" and "get-wholesale customer_usage" to getWholesaleCustomerUsage. */
  static String method(String operationId) {
    String[] words = operationId.trim().split("[^A-Za-z0-9]+");
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      b.append(b.length() == 0 ? lowerFirst(w) : upperFirst(w));
    }
    return b.toString();
  }

  static String lowerCamel(String s) {
    return lowerFirst(s);
  }

  static String upperCamel(String s) {
    return upperFirst(s);
  }

  static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  static String upperFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** customers to Customer, billingReports to BillingReport, subPartners to SubPartner. */
  static String singularClass(String group) {
    String s = upperFirst(group);
    return s.endsWith("s") ? s.substring(0, s.length() - 1) : s;
  }

  /** customers to customer, subPartners to sub-partner. */
  static String singularWords(String group) {
    return kebab(singularClass(group)).replace('-', ' ');
  }

  static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
