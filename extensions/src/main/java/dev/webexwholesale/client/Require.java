package dev.webexwholesale.client;

import java.util.Collection;

/** Argument checks that run before any request is sent. */
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

  /** Webex takes a subscriber's packages either as {@code package} or as {@code packages}. */
  static void exactlyOnePackageField(Object singlePackage, Collection<?> packages, String operation) {
    boolean hasOne = singlePackage != null;
    boolean hasMany = packages != null && !packages.isEmpty();
    if (hasOne == hasMany) {
      throw new IllegalArgumentException(operation + ": set exactly one of package or packages"
          + (hasOne ? " (both are set)" : " (neither is set)"));
    }
  }
}
