package dev.webexwholesale.cli;

import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options of {@code bulk customers provision} and {@code bulk subscribers provision}. */
final class BulkOptions {
  @Option(names = "--file", required = true, paramLabel = "FILE",
      description = "Input: .csv (header row of JSON field paths, lists as a;b) or JSON Lines (one request per line).")
  Path file;

  @Option(names = "--journal", paramLabel = "PATH",
      description = "Journal of intents and results (default: FILE.journal.jsonl next to the input). Rerun with the "
          + "same journal to resume.")
  Path journal;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
      description = "Rows in flight at once (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--rate", paramLabel = "R", description = "At most R requests per second (default: unpaced).")
  Double rate;

  @Option(names = "--precheck", description = "Precheck each row first; a refused precheck sends nothing.")
  boolean precheck;

  @Option(names = "--wait", description = "Wait until each row is provisioned (default: accepted is done).")
  boolean waitForProvisioned;

  @Option(names = "--timeout", paramLabel = "D", converter = DurationConverter.class,
      description = "Longest wait per row with --wait, e.g. 10m (default: 15m).")
  Duration timeout;

  @Option(names = "--retry-failed", description = "Run rows the journal shows failed, timed out or rejected by the "
      + "server again (found resources are re-awaited, never re-sent).")
  boolean retryFailed;

  @Option(names = "--settle-delay", paramLabel = "D", converter = DurationConverter.class, defaultValue = "10s",
      description = "After a lost answer and a lookup that finds nothing, wait this long and look again before "
          + "sending again (default: ${DEFAULT-VALUE}).")
  Duration settleDelay;

  @Option(names = "--max-retry-after", paramLabel = "D", converter = DurationConverter.class, defaultValue = "5m",
      description = "A 429/423 pauses the whole run for its Retry-After; a longer Retry-After than this stops the run "
          + "(exit 6; rows not finished stay for a rerun) (default: ${DEFAULT-VALUE}).")
  Duration maxRetryAfter;

  Path journalPath() {
    if (journal != null) {
      return journal;
    }
    Path abs = file.toAbsolutePath();
    return abs.resolveSibling(abs.getFileName() + ".journal.jsonl");
  }

  void check() {
    if (concurrency < 1 || concurrency > 256) {
      throw new UsageException("--concurrency must be between 1 and 256, was " + concurrency);
    }
    if (rate != null && (!(rate > 0) || rate.isInfinite())) {
      throw new UsageException("--rate must be a positive number of requests per second, was " + rate);
    }
    if (maxRetryAfter.isZero() || maxRetryAfter.isNegative()) {
      throw new UsageException("--max-retry-after must be positive");
    }
    if (!java.nio.file.Files.isReadable(file)) {
      throw new UsageException("cannot read input file " + file);
    }
  }
}
