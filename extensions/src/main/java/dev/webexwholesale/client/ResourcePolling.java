package dev.webexwholesale.client;

import dev.webexwholesale.client.errors.NotFoundException;
import dev.webexwholesale.client.errors.TransportException;
import dev.webexwholesale.client.errors.WebexApiException;
import dev.webexwholesale.client.internal.retry.RetryAfter;
import dev.webexwholesale.client.internal.retry.RetryDecider;
import dev.webexwholesale.client.waiter.PollAnswer;
import dev.webexwholesale.client.waiter.Poller;
import dev.webexwholesale.client.waiter.ResourceWaiters;
import dev.webexwholesale.client.waiter.WaiterConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Binds the waiter package to this client: its time, error types and GET calls. Each poll is
 * one attempt bounded by the wait's remaining time; the waiter, not the retry layer, decides
 * what a failed poll means.
 */
final class ResourcePolling {
  private final ResourceWaiters waiters;
  private final CallRunner calls;
  private final Time time;

  ResourcePolling(ResourceWaiters waiters, CallRunner calls, Time time) {
    this.waiters = waiters;
    this.calls = calls;
    this.time = time;
  }

  static ResourceWaiters waiters(WaiterConfig config, Time time, ScheduledExecutorService scheduler,
      MetricsListener metrics) {
    // A failed poll does not end a wait of many minutes when the failure is one a GET may
    // retry: the next poll may well succeed.
    return ResourceWaiters.create(b -> b.config(config).time(time)
        .transientErrors(ResourcePolling::isTransient, ResourcePolling::retryAfterOf).scheduler(scheduler)
        .metricsListener(metrics));
  }

  ResourceWaiters waiters() {
    return waiters;
  }

  Time time() {
    return time;
  }

  /** One poll: the resource plus the server's Retry-After hint, if it sent one. */
  <T> Poller<T> poller(Callable<Call<T>> call) {
    return new Poller<>() {
      @Override
      public PollAnswer<T> poll() throws Exception {
        return poll(null);
      }

      @Override
      public PollAnswer<T> poll(Duration remaining) throws Exception {
        Response<T> response = calls.executeOnce(call.call(), remaining);
        Optional<Duration> hint = RetryAfter.parse(response.headers().get("Retry-After"), time.now());
        return hint.map(d -> PollAnswer.of(response.body(), d)).orElseGet(() -> PollAnswer.of(response.body()));
      }
    };
  }

  /** Like {@link #poller} but a 404 means the resource is gone. */
  <T> Poller<T> goneOn404(Callable<Call<T>> call) {
    Poller<T> read = poller(call);
    return new Poller<>() {
      @Override
      public PollAnswer<T> poll() throws Exception {
        return poll(null);
      }

      @Override
      public PollAnswer<T> poll(Duration remaining) throws Exception {
        try {
          return read.poll(remaining);
        } catch (NotFoundException e) {
          return PollAnswer.gone();
        }
      }
    };
  }

  /** For a removal, whose success is the 404. */
  <T> Poller<T> removalPoller(Callable<Call<T>> call) {
    return goneOn404(call);
  }

  private static boolean isTransient(Throwable t) {
    return t instanceof TransportException
        || t instanceof WebexApiException && RetryDecider.isRetryableStatus(((WebexApiException) t).statusCode(), "GET");
  }

  private static Optional<Duration> retryAfterOf(Throwable t) {
    return t instanceof WebexApiException ? ((WebexApiException) t).retryAfter() : Optional.empty();
  }
}
