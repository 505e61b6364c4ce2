package dev.webexwholesale.client;

import dev.webexwholesale.client.internal.errors.ErrorDecoder;
import dev.webexwholesale.client.errors.NotFoundException;
import dev.webexwholesale.client.errors.TransportException;
import dev.webexwholesale.client.errors.WebexApiException;
import dev.webexwholesale.client.internal.retry.RetryAfter;
import dev.webexwholesale.client.waiter.PollErrors;
import dev.webexwholesale.client.waiter.Polled;
import dev.webexwholesale.client.waiter.Poller;
import dev.webexwholesale.client.waiter.ResourceWaiters;
import dev.webexwholesale.client.waiter.WaitClock;
import dev.webexwholesale.client.waiter.WaiterConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import retrofit2.Call;
import retrofit2.Response;

/** Binds the waiter package to this client: its clock, sleeper, error types and GET calls. */
final class Waits {
  private final ResourceWaiters waiters;
  private final Calls calls;
  private final Clock clock;

  Waits(ResourceWaiters waiters, Calls calls, Clock clock) {
    this.waiters = waiters;
    this.calls = calls;
    this.clock = clock;
  }

  static ResourceWaiters waiters(WaiterConfig config, Clock clock, Sleeper sleeper) {
    // A poll that still fails after the retry interceptor's attempts does not end a wait of
    // many minutes when the failure is one a GET may retry: the next poll may well succeed.
    PollErrors errors = PollErrors.transientWhen(Waits::isTransient, Waits::retryAfterOf);
    WaitClock waitClock = clock.equals(Clock.systemUTC()) ? System::nanoTime : () -> nanos(clock.instant());
    return ResourceWaiters.create(b -> b.config(config).clock(waitClock).sleeper(sleeper::sleep).pollErrors(errors));
  }

  ResourceWaiters waiters() {
    return waiters;
  }

  /** One poll: the resource plus the server's Retry-After hint, if it sent one. */
  <T> Poller<T> poller(Callable<Call<T>> call) {
    return () -> {
      Response<T> response = calls.executeWithBody(call.call());
      Optional<Duration> hint = RetryAfter.parse(response.headers().get("Retry-After"), clock);
      return hint.map(d -> Polled.of(response.body(), d)).orElseGet(() -> Polled.of(response.body()));
    };
  }

  /** Like {@link #poller} but a 404 means the resource is gone: the success of a removal. */
  <T> Poller<T> removalPoller(Callable<Call<T>> call) {
    Poller<T> read = poller(call);
    return () -> {
      try {
        return read.poll();
      } catch (NotFoundException e) {
        return Polled.gone();
      }
    };
  }

  private static boolean isTransient(Throwable t) {
    return t instanceof TransportException
        || t instanceof WebexApiException && ErrorDecoder.isRetryableStatus(((WebexApiException) t).statusCode(), "GET");
  }

  private static Optional<Duration> retryAfterOf(Throwable t) {
    return t instanceof WebexApiException ? ((WebexApiException) t).retryAfter() : Optional.empty();
  }

  private static long nanos(Instant i) {
    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
  }
}
