package dev.webexwholesale.client.waiter;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** The answer to one poll: the resource as read, or "gone" (404), plus the server's Retry-After. */
public final class PollAnswer<T> {

  private final T resource;
  private final Duration retryAfter;

  private PollAnswer(T resource, Duration retryAfter) {
    if (retryAfter != null && retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
    }
    this.resource = resource;
    this.retryAfter = retryAfter;
  }

  public static <T> PollAnswer<T> of(T resource) {
    return new PollAnswer<>(Objects.requireNonNull(resource, "resource"), null);
  }

  /** A resource with the server's Retry-After hint; a null hint means none. */
  public static <T> PollAnswer<T> of(T resource, Duration retryAfter) {
    return new PollAnswer<>(Objects.requireNonNull(resource, "resource"), retryAfter);
  }

  /** The resource no longer exists: the glue maps a 404 after a remove to this. */
  public static <T> PollAnswer<T> gone() {
    return new PollAnswer<>(null, null);
  }

  public boolean isGone() {
    return resource == null;
  }

  /** The resource, empty when gone. */
  public Optional<T> resource() {
    return Optional.ofNullable(resource);
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  @Override
  public String toString() {
    return isGone() ? "PollAnswer[gone]" : "PollAnswer[" + resource.getClass().getSimpleName() + "]";
  }
}
