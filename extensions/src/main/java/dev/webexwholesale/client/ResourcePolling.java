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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
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
    return ResourceWaiters.create(settings(config, time, scheduler, metrics));
  }

  /** What every waiter of a client shares (those of ResourceWaiters and the billing report's). */
  static java.util.function.Consumer<dev.webexwholesale.client.waiter.Waiter.Builder<?>> settings(WaiterConfig config,
      Time time, ScheduledExecutorService scheduler, MetricsListener metrics) {
    // A failed poll does not end a wait of many minutes when the failure is one a GET may
    // retry: the next poll may well succeed.
    return b -> b.config(config).time(time)
        .transientErrors(ResourcePolling::isTransient, ResourcePolling::retryAfterOf).scheduler(scheduler)
        .metricsListener(metrics);
  }

  ResourceWaiters waiters() {
    return waiters;
  }

  Time time() {
    return time;
  }

  /**
   * One poll: the resource plus the server's Retry-After hint, if it sent one. Asynchronous waits
   * send it with OkHttp's {@code enqueue} ({@link Poller#pollAsync}): no scheduler thread is held
   * while it is in flight, nor while a token is fetched for it.
   */
  <T> Poller<T> poller(Callable<Call<T>> call) {
    return new Poller<>() {
      @Override
      public PollAnswer<T> poll() throws Exception {
        return poll(null);
      }

      @Override
      public PollAnswer<T> poll(Duration remaining) throws Exception {
        return answer(calls.executeOnce(call.call(), remaining));
      }

      @Override
      public CompletableFuture<PollAnswer<T>> pollAsync(Duration remaining) {
        try {
          CompletableFuture<Response<T>> sent = calls.executeOnceAsync(call.call(), remaining);
          return cancelling(sent, sent.thenApply(ResourcePolling.this::answer));
        } catch (Exception e) {
          return CompletableFuture.failedFuture(e); // invalid input or a closed client: nothing sent
        }
      }
    };
  }

  private <T> PollAnswer<T> answer(Response<T> response) {
    Optional<Duration> hint = RetryAfter.parse(response.headers().get("Retry-After"), time.now());
    return hint.map(d -> PollAnswer.of(response.body(), d)).orElseGet(() -> PollAnswer.of(response.body()));
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

      @Override
      public CompletableFuture<PollAnswer<T>> pollAsync(Duration remaining) {
        CompletableFuture<PollAnswer<T>> sent = read.pollAsync(remaining);
        CompletableFuture<PollAnswer<T>> judged = sent.handle((answer, failure) -> {
          Throwable cause = failure instanceof CompletionException && failure.getCause() != null
              ? failure.getCause() : failure;
          if (cause == null) {
            return answer;
          }
          if (cause instanceof NotFoundException) {
            return PollAnswer.<T>gone();
          }
          throw cause instanceof RuntimeException ? (RuntimeException) cause : new CompletionException(cause);
        });
        return cancelling(sent, judged);
      }
    };
  }

  /** {@code derived}, whose cancellation reaches {@code source} (and so the HTTP call), unlike thenApply's. */
  private static <A, B> CompletableFuture<B> cancelling(CompletableFuture<A> source, CompletableFuture<B> derived) {
    derived.whenComplete((b, failure) -> {
      if (derived.isCancelled()) {
        source.cancel(true);
      }
    });
    return derived;
  }

  /** For a removal, whose success is the 404. */
  <T> Poller<T> removalPoller(Callable<Call<T>> call) {
    return goneOn404(call);
  }

  /**
   * A poller whose first poll is {@code answer} itself (what a provision answered), and whose
   * later polls are {@code then}'s, each bounded like any poll by the wait's time left.
   */
  <T> Poller<T> startingWith(T answer, Poller<T> then) {
    AtomicBoolean answerUsed = new AtomicBoolean();
    return new Poller<>() {
      @Override
      public PollAnswer<T> poll() throws Exception {
        return poll(null);
      }

      @Override
      public PollAnswer<T> poll(Duration remaining) throws Exception {
        return answerUsed.getAndSet(true) ? then.poll(remaining) : PollAnswer.of(answer);
      }

      @Override
      public CompletableFuture<PollAnswer<T>> pollAsync(Duration remaining) {
        return answerUsed.getAndSet(true) ? then.pollAsync(remaining)
            : CompletableFuture.completedFuture(PollAnswer.of(answer));
      }
    };
  }

  private static boolean isTransient(Throwable t) {
    return t instanceof TransportException
        || t instanceof WebexApiException && RetryDecider.isRetryableStatus(((WebexApiException) t).statusCode(), "GET");
  }

  private static Optional<Duration> retryAfterOf(Throwable t) {
    return t instanceof WebexApiException ? ((WebexApiException) t).retryAfter() : Optional.empty();
  }
}
