package dev.webexwholesale.cli;

import dev.webexwholesale.sandbox.WholesaleSandbox;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * {@code sandbox} options for rehearsing a bulk run against a misbehaving server. When any is
 * given the command starts a sandbox configured with them instead of the default one.
 */
final class SandboxRehearsalOptions {
  @Option(names = "--lost-answer-rate", paramLabel = "P",
      description = "Share (0 to 1) of provision POSTs processed and then left unanswered: the connection closes.")
  Double lostAnswerRate;

  @Option(names = "--latency", paramLabel = "D", converter = DurationConverter.class,
      description = "Delay every answer by D, e.g. 50ms.")
  Duration latency;

  @Option(names = "--rate-limit", paramLabel = "N",
      description = "Answer 429 with Retry-After beyond N requests a second.")
  Integer rateLimit;

  boolean any() {
    return lostAnswerRate != null || latency != null || rateLimit != null;
  }

  /** Starts the embedded sandbox (seeded as usual) with these settings. */
  SandboxLauncher.Running start(int port) {
    WholesaleSandbox.Builder b = WholesaleSandbox.builder().port(port).subPartner(EmbeddedSandbox.DEMO_SUB_PARTNER);
    try {
      if (lostAnswerRate != null) {
        b.lostAnswerRate(lostAnswerRate);
      }
      if (latency != null) {
        b.latency(latency);
      }
      if (rateLimit != null) {
        b.rateLimit(rateLimit);
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    return EmbeddedSandbox.running(b.build().start());
  }
}
