package dev.webexwholesale.client.internal.retry;

import dev.webexwholesale.client.AttemptEvent;
import dev.webexwholesale.client.MetricsListener;
import dev.webexwholesale.client.Time;
import dev.webexwholesale.client.internal.errors.SafeText;
import dev.webexwholesale.client.internal.observe.ClientLoggers;
import dev.webexwholesale.client.internal.observe.IsolatedMetricsListener;
import dev.webexwholesale.client.internal.http.AttemptCounter;
import dev.webexwholesale.client.internal.http.CallInterruptedIOException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import retrofit2.Invocation;

/**
 * Replays failed calls as {@link RetryDecider} decides, within the call's deadline (OkHttp's
 * call timeout, which covers this interceptor's waits too): a wait that would reach past it
 * is not started and the caller gets the last answer instead. Must sit before the auth
 * interceptor so every attempt asks the token supplier again. A request tagged
 * {@link SingleAttempt} is never replayed (a waiter's poll: the waiter decides itself).
 * Each attempt is reported to the {@link MetricsListener}; each replay is logged at DEBUG.
 */
public final class RetryInterceptor implements Interceptor {
  /** Tag of a request that must be sent at most once by this interceptor. */
  public enum SingleAttempt { INSTANCE }

  /**
   * Tag of a replay of a call already under way (after a 401): its retries count down from when
   * the call started, not from the replay, since OkHttp's call timeout does too.
   *
   * @param nanoTime the {@link Time#nanoTime()} at which the call started
   */
  public record CallStarted(long nanoTime) {
  }

  private final RetryDecider decider;
  private final Time time;
  private final MetricsListener metrics;

  public RetryInterceptor(RetryDecider decider, Time time, MetricsListener metrics) {
    this.decider = Objects.requireNonNull(decider, "decider");
    this.time = Objects.requireNonNull(time, "time");
    this.metrics = IsolatedMetricsListener.of(metrics);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String method = request.method();
    AttemptCounter tagged = request.tag(AttemptCounter.class);
    AttemptCounter counter = tagged != null ? tagged : new AttemptCounter();
    boolean single = request.tag(SingleAttempt.class) != null;
    // Per-request options: a call may carry its own retry policy as a decider tag.
    RetryDecider decider = request.tag(RetryDecider.class) != null ? request.tag(RetryDecider.class) : this.decider;
    long timeoutNanos = chain.call().timeout().timeoutNanos();
    CallStarted started = request.tag(CallStarted.class);
    long deadline = timeoutNanos <= 0 ? Long.MAX_VALUE
        : (started != null ? started.nanoTime() : time.nanoTime()) + timeoutNanos;
    for (int attempt = 1; ; attempt++) {
      counter.increment();
      Response response = null;
      IOException failure = null;
      long sent = time.nanoTime();
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        failure = e;
      }
      if (single || chain.call().isCanceled() || Thread.currentThread().isInterrupted()) {
        report(request, attempt, response, failure, sent, null);
        return counted(answerOrThrow(response, failure), counter, tagged);
      }
      // A success is never replayed: no clock reading, no remaining-time Duration for it.
      RetryDecider.Decision decision = failure == null && response.isSuccessful() ? RetryDecider.Decision.STOP
          : decider.decide(attempt, method, response, failure, time.now(),
              deadline == Long.MAX_VALUE ? null : Duration.ofNanos(deadline - time.nanoTime()));
      if (!decision.retry()) {
        if (response != null && failure == null && RetryDecider.isIdempotent(method) && response.isSuccessful()
            && decider.mayRetryBody(attempt)) {
          Response whole;
          try {
            whole = buffered(response);
          } catch (IOException brokenBody) {
            // The body broke after the headers: as retryable for a GET as a failed connect.
            RetryDecider.Decision again = decider.decide(attempt, method, null, brokenBody, time.now(),
                deadline == Long.MAX_VALUE ? null : Duration.ofNanos(deadline - time.nanoTime()));
            report(request, attempt, null, brokenBody, sent, again.delay());
            if (!again.retry()) {
              throw brokenBody;
            }
            pause(again.delay(), attempt);
            continue;
          }
          report(request, attempt, whole, null, sent, null);
          return whole;
        }
        report(request, attempt, response, failure, sent, null);
        return counted(answerOrThrow(response, failure), counter, tagged);
      }
      report(request, attempt, response, failure, sent, decision.delay());
      if (response != null) {
        response.close();
      }
      pause(decision.delay(), attempt);
    }
  }

  /** Tells the metrics listener about one attempt, and logs a replay: what, why, how long it waits. */
  private void report(Request request, int attempt, Response response, IOException failure, long sent,
      Duration retryDelay) {
    if (metrics != MetricsListener.NONE) {
      onAttempt(request, attempt, response, failure, sent, retryDelay);
    }
    if (retryDelay != null && ClientLoggers.RETRY.isLoggable(Level.DEBUG)) {
      logReplay(request, attempt, response, failure, retryDelay);
    }
  }

  /** Only built when someone listens: an event costs a Duration, a path string and Optionals per attempt. */
  private void onAttempt(Request request, int attempt, Response response, IOException failure, long sent,
      Duration retryDelay) {
    Duration took = Duration.ofNanos(Math.max(0, time.nanoTime() - sent));
    String path = request.url().encodedPath();
    AttemptEvent.Decision decision = retryDelay != null ? AttemptEvent.Decision.RETRY
        : failure == null && response.isSuccessful() ? AttemptEvent.Decision.SUCCESS : AttemptEvent.Decision.STOP;
    metrics.onAttempt(new AttemptEvent(operation(request), request.method(), path, attempt,
        failure == null ? OptionalInt.of(response.code()) : OptionalInt.empty(),
        failure == null ? Optional.empty() : Optional.of(failure.getClass().getSimpleName()),
        took, decision, Optional.ofNullable(retryDelay)));
  }

  private static void logReplay(Request request, int attempt, Response response, IOException failure,
      Duration retryDelay) {
    String why = failure != null
        ? failure.getClass().getSimpleName() + ": " + SafeText.escapeControls(String.valueOf(failure.getMessage()))
        : "status " + response.code() + (response.header("Retry-After") != null
            ? ", Retry-After " + SafeText.escapeControls(response.header("Retry-After")) : "");
    ClientLoggers.RETRY.log(Level.DEBUG, "retrying " + request.method() + " "
        + SafeText.withoutQueryOrUserinfo(request.url()) + " (" + operation(request) + ") after attempt "
        + attempt + " (" + why + "): attempt " + (attempt + 1) + " in " + ClientLoggers.human(retryDelay));
  }

  /** The generated interface method Retrofit tagged the request with: the spec's operationId. */
  static String operation(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    return invocation == null ? "unknown" : invocation.method().getName();
  }

  /**
   * The answer; a failed one carries the attempt counter as a tag of its request, for the error
   * it becomes. Only then is the request copied: a success needs no count.
   */
  private static Response counted(Response response, AttemptCounter counter, AttemptCounter tagged) {
    if (tagged != null || response.isSuccessful()) {
      return response;
    }
    return response.newBuilder()
        .request(response.request().newBuilder().tag(AttemptCounter.class, counter).build()).build();
  }

  private static Response answerOrThrow(Response response, IOException failure) throws IOException {
    if (failure != null) {
      throw failure;
    }
    return response;
  }

  /**
   * Reads the whole body now, while a failure to read it can still be retried. The bytes stay in
   * the body's own buffer (its source reached the end, so the connection is released): the same
   * response is returned, without copying the body into an array and a new response.
   */
  private static Response buffered(Response response) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    try {
      body.source().request(Long.MAX_VALUE);
    } catch (IOException | RuntimeException e) {
      response.close();
      throw e;
    }
    return response;
  }

  private void pause(Duration wait, int attempt) throws IOException {
    try {
      time.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CallInterruptedIOException("interrupted while waiting to send attempt " + (attempt + 1)
          + " (attempt " + attempt + " had been answered or had failed)", e);
    }
  }
}
