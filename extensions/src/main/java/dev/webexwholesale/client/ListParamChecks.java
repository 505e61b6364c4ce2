package dev.webexwholesale.client;

/** Range checks shared by the list-parameter builders. */
final class ListParamChecks {
  private ListParamChecks() {
  }

  static Integer offset(Integer offset) {
    if (offset != null && offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, was " + offset);
    }
    return offset;
  }

  static Integer max(Integer max, int upperBound) {
    if (max != null && (max < 1 || max > upperBound)) {
      throw new IllegalArgumentException("max must be within 1.." + upperBound + ", was " + max);
    }
    return max;
  }
}
