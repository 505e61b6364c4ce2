package dev.webexwholesale.client.internal.bulk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects the fields the official spec marks required and a row lacks, by their JSON path
 * (e.g. {@code address.city}); an optional object is checked only when it is sent.
 */
final class Required {
  private final List<String> missing = new ArrayList<>();

  /** Notes {@code path} when {@code value} is null, blank or an empty list; returns whether it is present. */
  boolean check(Object value, String path) {
    boolean absent = value == null
        || (value instanceof String s && s.isBlank())
        || (value instanceof Collection<?> c && c.isEmpty());
    if (absent) {
      missing.add(path);
    }
    return !absent;
  }

  /** One line naming every missing field, or null when none is. */
  String problem() {
    if (missing.isEmpty()) {
      return null;
    }
    return "missing required field" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing);
  }
}
