package dev.webexwholesale.sandbox;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Faults drawn at random, for rehearsing bulk runs: a share of provision POSTs processed and
 * then left unanswered (the connection closes), a share processed and answered late (past a
 * client's deadline), and a fixed latency on every answer.
 */
final class RandomFaults {
  private final double lostAnswerRate;
  private final double slowAnswerRate;
  private final Duration slowAnswerDelay;
  private final long latencyMillis;
  private final SplittableRandom random;

  RandomFaults(double lostAnswerRate, double slowAnswerRate, Duration slowAnswerDelay, Duration latency, long seed) {
    this.lostAnswerRate = lostAnswerRate;
    this.slowAnswerRate = slowAnswerRate;
    this.slowAnswerDelay = slowAnswerDelay;
    this.latencyMillis = latency == null ? 0 : latency.toMillis();
    this.random = new SplittableRandom(seed);
  }

  /** The fault for this request, or null: only provisions lose answers (they are what a bulk run sends). */
  SandboxFault pick(Operation operation) {
    if (lostAnswerRate + slowAnswerRate <= 0
        || (operation != Operation.PROVISION_CUSTOMER && operation != Operation.PROVISION_SUBSCRIBER)) {
      return null;
    }
    double draw;
    synchronized (this) {
      draw = random.nextDouble();
    }
    if (draw < lostAnswerRate) {
      return SandboxFault.emptyReply().afterHandling();
    }
    return draw < lostAnswerRate + slowAnswerRate ? SandboxFault.latency(slowAnswerDelay).afterHandling() : null;
  }

  long latencyMillis() {
    return latencyMillis;
  }
}
