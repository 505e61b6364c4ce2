package dev.webexwholesale.client.internal.retry;

import dev.webexwholesale.client.retry.RetryPolicy;
import dev.webexwholesale.client.Sleeper;
import dev.webexwholesale.client.internal.errors.ErrorDecoder;
import dev.webexwholesale.client.internal.http.AttemptCounter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Replays failed calls that are safe to replay ({@link ErrorDecoder#isRetryableStatus},
 * {@link ErrorDecoder#isRetryableTransport}). Must sit before the auth interceptor so every
 * attempt asks the token supplier again. When attempts run out the last answer is returned
 * (or the last I/O failure thrown) so the caller sees its typed exception.
 */
public final class RetryInterceptor implements Interceptor {
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier random;

  public RetryInterceptor(RetryPolicy policy, Sleeper sleeper, Clock clock) {
    this(policy, sleeper, clock, () -> ThreadLocalRandom.current().nextDouble());
  }

  public RetryInterceptor(RetryPolicy policy, Sleeper sleeper, Clock clock, DoubleSupplier random) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String method = request.method();
    AttemptCounter counter = request.tag(AttemptCounter.class);
    for (int attempt = 1; ; attempt++) {
      if (counter != null) {
        counter.increment();
      }
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        if (attempt >= policy.maxAttempts() || !ErrorDecoder.isRetryableTransport(method, e)
            || isPermanent(e) || chain.call().isCanceled() || Thread.currentThread().isInterrupted()) {
          throw e;
        }
        pause(policy.backoff(attempt, random.getAsDouble()));
        continue;
      }
      if (attempt >= policy.maxAttempts() || !ErrorDecoder.isRetryableStatus(response.code(), method)) {
        if (attempt >= policy.maxAttempts() || !ErrorDecoder.isIdempotent(method)) {
          return response;
        }
        try {
          return buffered(response);
        } catch (IOException e) {
          // The body broke after the headers: as retryable for a GET as a failed connect.
          pause(policy.backoff(attempt, random.getAsDouble()));
          continue;
        }
      }
      int retry = attempt;
      double r = random.getAsDouble();
      Duration wait = RetryAfter.parse(response.header("Retry-After"), clock)
          .map(requested -> policy.retryAfterWait(requested, r))
          .orElseGet(() -> policy.backoff(retry, r));
      response.close();
      pause(wait);
    }
  }

  /** A certificate problem will not go away by asking again. */
  private static boolean isPermanent(IOException e) {
    return e instanceof SSLHandshakeException || e instanceof SSLPeerUnverifiedException;
  }

  /** Reads the whole body now, while a failure to read it can still be retried. */
  private static Response buffered(Response response) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    MediaType type = body.contentType();
    byte[] bytes;
    try (body) {
      bytes = body.bytes();
    }
    return response.newBuilder().body(ResponseBody.create(bytes, type)).build();
  }

  private void pause(Duration wait) throws IOException {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while waiting to retry");
      io.initCause(e);
      throw io;
    }
  }
}
