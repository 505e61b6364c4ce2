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

  /**
   * A resource as read, without a Retry-After hint.
   *
   * @param <T> the resource type
   * @param resource the resource, not null
   * @return the answer
   */
  public static <T> PollAnswer<T> of(T resource) {
    return new PollAnswer<>(Objects.requireNonNull(resource, "resource"), null);
  }

  /**
   * A resource with the server's Retry-After hint; a null hint means none.
   *
   * @param <T> the resource type
   * @param resource the resource, not null
   * @param retryAfter the hint, not negative, or null
   * @return the answer
   * @throws IllegalArgumentException when the hint is negative
   */
  public static <T> PollAnswer<T> of(T resource, Duration retryAfter) {
    return new PollAnswer<>(Objects.requireNonNull(resource, "resource"), retryAfter);
  }

  /**
   * The resource no longer exists: the glue maps a 404 after a remove to this.
   *
   * @param <T> the resource type
   * @return the answer
   */
  public static <T> PollAnswer<T> gone() {
    return new PollAnswer<>(null, null);
  }

  /**
   * Whether the resource is gone (404).
   *
   * @return true when gone
   */
  public boolean isGone() {
    return resource == null;
  }

  /**
   * The resource, empty when gone.
   *
   * @return the resource
   */
  public Optional<T> resource() {
    return Optional.ofNullable(resource);
  }

  /**
   * The server's Retry-After with this answer.
   *
   * @return the hint, empty when none
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  @Override
  public String toString() {
    return isGone() ? "PollAnswer[gone]" : "PollAnswer[" + resource.getClass().getSimpleName() + "]";
  }
}
