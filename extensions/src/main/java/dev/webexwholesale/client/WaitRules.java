package dev.webexwholesale.client;

import dev.webexwholesale.client.waiter.Acceptor;
import dev.webexwholesale.client.waiter.PollAnswer;
import dev.webexwholesale.client.waiter.WaitState;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The acceptor kinds a spec declares (x-webex-waiters, after AWS waiters-2): on a response
 * field, on HTTP 404 (the resource gone, or not visible yet within a grace) and on an error.
 * One instance per wait: a grace counts from the wait's start, and "until seen" remembers what
 * this wait saw.
 */
final class WaitRules<T> {
  private final Time time;
  private final long start;
  private final Duration graceOverride;

  WaitRules(Time time, Duration graceOverride) {
    this.time = time;
    this.start = time.nanoTime();
    this.graceOverride = graceOverride;
  }

  /**
   * The field equals {@code expected} (null: any value but {@code except}); with
   * {@code untilSeen}, only until a poll showed that value; with {@code within}, only within
   * that grace.
   */
  Acceptor<T> path(Function<T, Object> field, String expected, String except, String untilSeen, Duration within,
      WaitState state, String description) {
    AtomicBoolean seen = new AtomicBoolean();
    return Acceptor.onResource(resource -> {
      String value = text(field.apply(resource));
      if (untilSeen != null && untilSeen.equals(value)) {
        seen.set(true);
      }
      return !seen.get() && inGrace(within) && (expected == null ? !Objects.equals(except, value)
          : expected.equals(value));
    }, state, description);
  }

  /** HTTP 404, read as "gone"; with {@code within}, only within that grace. */
  Acceptor<T> gone(Duration within, WaitState state, String description) {
    return Acceptor.of((PollAnswer<T> p) -> p.isGone() && inGrace(within), state, description);
  }

  Acceptor<T> error(Predicate<? super Throwable> matcher, WaitState state, String description) {
    return Acceptor.onError(matcher, state, description);
  }

  private boolean inGrace(Duration within) {
    if (within == null) {
      return true;
    }
    Duration grace = graceOverride != null ? graceOverride : within;
    return time.nanoTime() - start - grace.toNanos() < 0;
  }

  /** Enum values print as their wire value. */
  static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
