package dev.webexwholesale.client.waiter;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which exceptions thrown by a {@link Poller} are transient (keep waiting) and what Retry-After
 * they carry. Everything not transient propagates at once, unchanged. The client layer supplies
 * this, since only it knows its exception types.
 */
public final class PollErrors {

  private static final PollErrors NONE = new PollErrors(t -> false, t -> Optional.empty());

  private final Predicate<? super Throwable> isTransient;
  private final Function<? super Throwable, Optional<Duration>> retryAfter;

  private PollErrors(
      Predicate<? super Throwable> isTransient,
      Function<? super Throwable, Optional<Duration>> retryAfter) {
    this.isTransient = Objects.requireNonNull(isTransient, "isTransient");
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  /** No exception is transient: every one ends the wait. */
  public static PollErrors none() {
    return NONE;
  }

  public static PollErrors transientWhen(Predicate<? super Throwable> isTransient) {
    return new PollErrors(isTransient, t -> Optional.empty());
  }

  public static PollErrors transientWhen(
      Predicate<? super Throwable> isTransient,
      Function<? super Throwable, Optional<Duration>> retryAfter) {
    return new PollErrors(isTransient, retryAfter);
  }

  boolean isTransient(Throwable t) {
    return isTransient.test(t);
  }

  Optional<Duration> retryAfter(Throwable t) {
    Optional<Duration> hint = retryAfter.apply(t);
    return hint == null ? Optional.empty() : hint.filter(d -> !d.isNegative());
  }
}
