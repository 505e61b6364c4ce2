package dev.webexwholesale.sandbox;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Faults drawn at random, for rehearsing bulk runs: a share of provision POSTs processed and
 * then left unanswered (the connection closes), and a fixed latency on every answer.
 */
final class RandomFaults {
  private final double lostAnswerRate;
  private final long latencyMillis;
  private final SplittableRandom random;

  RandomFaults(double lostAnswerRate, Duration latency, long seed) {
    this.lostAnswerRate = lostAnswerRate;
    this.latencyMillis = latency == null ? 0 : latency.toMillis();
    this.random = new SplittableRandom(seed);
  }

  /** The fault for this request, or null: only provisions lose answers (they are what a bulk run sends). */
  SandboxFault pick(Operation operation) {
    if (lostAnswerRate <= 0
        || (operation != Operation.PROVISION_CUSTOMER && operation != Operation.PROVISION_SUBSCRIBER)) {
      return null;
    }
    double draw;
    synchronized (this) {
      draw = random.nextDouble();
    }
    return draw < lostAnswerRate ? SandboxFault.emptyReply().afterHandling() : null;
  }

  long latencyMillis() {
    return latencyMillis;
  }
}
