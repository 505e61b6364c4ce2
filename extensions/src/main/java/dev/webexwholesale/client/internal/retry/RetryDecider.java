package dev.webexwholesale.client.internal.retry;

import dev.webexwholesale.client.internal.http.BodyTooLargeException;
import dev.webexwholesale.client.retry.RetryPolicy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Response;

/**
 * The one retry decision of the client: given the attempt just made and its answer (a response
 * or an I/O failure), replay or stop, and after how long. Which failures are safe to replay is
 * fixed here; how many times and how patiently comes from the {@link RetryPolicy}.
 */
public final class RetryDecider {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");

  /** Replay after {@code delay}, or stop (delay null). */
  public record Decision(Duration delay) {
    static final Decision STOP = new Decision(null);

    public boolean retry() {
      return delay != null;
    }
  }

  private final RetryPolicy policy;
  private final DoubleSupplier random;

  public RetryDecider(RetryPolicy policy, DoubleSupplier random) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * @param attempt attempts made so far (1 after the first)
   * @param method the request's method
   * @param response the answer, or null when {@code failure} is set
   * @param failure the I/O failure, or null when {@code response} is set
   * @param now the wall clock, for Retry-After dates
   * @param remaining time left before the call's deadline; null when it has none
   */
  public Decision decide(int attempt, String method, Response response, IOException failure, Instant now,
      Duration remaining) {
    if (attempt >= policy.maxAttempts()) {
      return Decision.STOP;
    }
    Duration delay;
    if (failure != null) {
      if (!isRetryableTransport(method, failure) || isPermanent(failure)) {
        return Decision.STOP;
      }
      delay = policy.backoff(attempt, random.getAsDouble());
    } else if (!isRetryableStatus(response.code(), method)) {
      return Decision.STOP;
    } else {
      Duration requested = RetryAfter.parse(response.header("Retry-After"), now).orElse(null);
      if (requested != null && requested.compareTo(policy.maxRetryAfter()) > 0) {
        // Coming back early would not honour it: the caller gets the refusal with its delay.
        return Decision.STOP;
      }
      double r = random.getAsDouble();
      delay = requested != null ? policy.retryAfterWait(requested, r) : policy.backoff(attempt, r);
    }
    if (remaining != null && delay.compareTo(remaining) >= 0) {
      return Decision.STOP; // the replay could not even start before the deadline
    }
    return new Decision(delay);
  }

  /** Whether a success whose body then breaks could still be replayed after this attempt. */
  public boolean mayRetryBody(int attempt) {
    return attempt < policy.maxAttempts();
  }

  /**
   * Whether an answer with this status may be replayed. 429 and 423 mean the server refused
   * before doing anything, so even a POST is safe; a 5xx may come after the work was done, so
   * only idempotent methods are replayed.
   */
  public static boolean isRetryableStatus(int status, String method) {
    if (status == 429 || status == 423) {
      return true;
    }
    return (status == 502 || status == 503 || status == 504) && isIdempotent(method);
  }

  /**
   * Whether a transport failure may be replayed: always for idempotent methods; for a POST only
   * when the failure proves nothing was sent (no connection was ever made). Decided by exception
   * type only, never by message text: a wrong guess here could provision something twice.
   */
  public static boolean isRetryableTransport(String method, IOException failure) {
    if (failure instanceof BodyTooLargeException) {
      return false;
    }
    return isIdempotent(method) || failure instanceof ConnectException || failure instanceof UnknownHostException
        || failure instanceof NoRouteToHostException;
  }

  public static boolean isIdempotent(String method) {
    return method != null && IDEMPOTENT.contains(method);
  }

  /** A certificate problem or an oversized answer will not go away by asking again. */
  private static boolean isPermanent(IOException e) {
    return e instanceof SSLHandshakeException || e instanceof SSLPeerUnverifiedException
        || e instanceof BodyTooLargeException;
  }
}
