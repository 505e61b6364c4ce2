package dev.webexwholesale.cli;

import picocli.CommandLine.Option;

/** {@code --limit N}: how many items a list prints in all, unlike {@code --max}, the page size. */
final class LimitOption {
  @Option(names = "--limit", paramLabel = "N",
      description = "Stop after N items (default: all); no further page is fetched.")
  Long limit;

  long limit() {
    if (limit == null) {
      return Long.MAX_VALUE;
    }
    if (limit < 0) {
      throw new UsageException("--limit must not be negative, was " + limit);
    }
    return limit;
  }
}
