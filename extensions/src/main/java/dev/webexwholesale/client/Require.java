package dev.webexwholesale.client;

import java.util.Collection;

/**
 * Argument checks that run before any request is sent. They refuse only what Webex's official
 * spec marks required (at the top level, and inside an object that is sent) and a subscriber
 * request that carries both {@code package} and {@code packages}; everything else is the
 * server's to judge (docs/fidelity.md).
 */
final class Require {
  private Require() {
  }

  static <T> T request(T request, String name) {
    if (request == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return request;
  }

  static String id(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be null or blank");
    }
    return value;
  }

  static void field(Object value, String operation, String field) {
    boolean missing = value == null
        || (value instanceof String s && s.isBlank())
        || (value instanceof Collection<?> c && c.isEmpty());
    if (missing) {
      throw new IllegalArgumentException(operation + ": " + field + " is required");
    }
  }

  /** An address, when sent, needs addressLine1, city and country. */
  /** Two fields the spec declares mutually exclusive ({@code x-webex-exclusive}). */
  static void notBoth(Object a, Object b, String operation, String nameA, String nameB) {
    boolean hasA = a != null && !(a instanceof Collection<?> c && c.isEmpty());
    boolean hasB = b != null && !(b instanceof Collection<?> c && c.isEmpty());
    if (hasA && hasB) {
      throw new IllegalArgumentException(operation + ": set " + nameA + " or " + nameB + ", not both");
    }
  }
}
