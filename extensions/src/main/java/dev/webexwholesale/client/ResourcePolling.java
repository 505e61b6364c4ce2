package dev.webexwholesale.client;

import dev.webexwholesale.client.errors.NotFoundException;
import dev.webexwholesale.client.errors.TransportException;
import dev.webexwholesale.client.errors.WebexApiException;
import dev.webexwholesale.client.internal.retry.RetryAfter;
import dev.webexwholesale.client.internal.retry.RetryDecider;
import dev.webexwholesale.client.waiter.PollAnswer;
import dev.webexwholesale.client.waiter.Poller;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.client.errors.WholesaleException;
import dev.webexwholesale.client.retry.Backoff;
import dev.webexwholesale.client.waiter.Acceptor;
import dev.webexwholesale.client.waiter.CustomerAcceptors;
import dev.webexwholesale.client.waiter.ResourceView;
import dev.webexwholesale.client.waiter.SubscriberAcceptors;
import dev.webexwholesale.client.waiter.WaitOptions;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.waiter.Waiter;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.Subscriber;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
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
  private final CallRunner calls;
  private final Time time;
  private final Settings settings;

  /** The client's wait settings, applied to every waiter it builds. */
  record Settings(WaiterConfig config, Consumer<Waiter.Builder<?>> apply) {
  }

  ResourcePolling(CallRunner calls, Time time, Settings settings) {
    this.calls = calls;
    this.time = time;
    this.settings = settings;
  }

  static Settings settings(WaiterConfig config, Time time, ScheduledExecutorService scheduler,
      MetricsListener metrics) {
    // A failed poll does not end a wait of many minutes when the failure is one a GET may
    // retry: the next poll may well succeed.
    return new Settings(config, b -> b.config(config).time(time)
        .transientErrors(ResourcePolling::isTransient, ResourcePolling::retryAfterOf).scheduler(scheduler)
        .metricsListener(metrics));
  }

  /**
   * The id an operation's 200 answer names (x-webex-wait id: answerId); without one the wait has
   * nothing to follow and the operation must not be sent again.
   */
  static String answeredId(String id) {
    if (id == null || id.isBlank()) {
      throw new dev.webexwholesale.client.errors.AcceptedWithoutIdException("request", 200, null);
    }
    return id;
  }

  /** A waiter of declared acceptors with the client's settings. */
  <T> Waiter<T> waiter(ResourceView<T> view, List<Acceptor<T>> acceptors) {
    return waiter(view, acceptors, null, null);
  }

  /**
   * As {@link #waiter(ResourceView, List)}; a declared first delay and timeout apply when the
   * client kept the library's default wait settings.
   */
  <T> Waiter<T> waiter(ResourceView<T> view, List<Acceptor<T>> acceptors, Duration delay, Duration timeout) {
    Waiter.Builder<T> b = Waiter.builder(view, acceptors);
    settings.apply().accept(b);
    if ((delay != null || timeout != null) && WaiterConfig.defaults().equals(settings.config())) {
      WaiterConfig.Builder c = WaiterConfig.defaults().toBuilder();
      if (timeout != null) {
        c.maxTime(timeout);
      }
      if (delay != null) {
        Backoff d = WaiterConfig.DEFAULT_BACKOFF;
        c.backoff(new Backoff(delay, d.multiplier(), d.max().compareTo(delay) < 0 ? delay : d.max(), d.jitter()));
      }
      b.config(c.build());
    }
    return b.build();
  }

  <T> WaitRules<T> rules(WaitOptions options) {
    return new WaitRules<>(time, options.grace().orElse(null));
  }

  /** A billing report: its errors are not package problems; they stay on the outcome's report. */
  private static final ResourceView<dev.webexwholesale.model.Report> BILLING_REPORT = new ResourceView<>(
      "billing report", dev.webexwholesale.model.Report::getId,
      r -> r.getStatus() == null ? null : r.getStatus().getValue(), r -> List.of());

  /** How a wait's outcome names and judges a resource: the known views, else a plain one. */
  @SuppressWarnings("unchecked")
  <T> ResourceView<T> viewOf(Class<T> type) {
    if (type == Customer.class) {
      return (ResourceView<T>) CustomerAcceptors.view();
    }
    if (type == Subscriber.class) {
      return (ResourceView<T>) SubscriberAcceptors.view();
    }
    if (type == dev.webexwholesale.model.Report.class) {
      return (ResourceView<T>) BILLING_REPORT;
    }
    String name = type.getSimpleName();
    return new ResourceView<>(Character.toLowerCase(name.charAt(0)) + name.substring(1), t -> null, t -> null,
        t -> List.of());
  }

  <T> WaitOutcome<T> await(Waiter<T> waiter, Poller<T> poller, WaitOptions options) {
    return waiter.await(poller, options.config().orElse(null), options.listener().orElse(null));
  }

  <T> CompletableFuture<WaitOutcome<T>> awaitAsync(Waiter<T> waiter, Poller<T> poller, WaitOptions options) {
    return waiter.awaitAsync(poller, options.config().orElse(null), options.listener().orElse(null), null);
  }

  /**
   * The operation's own answer is the first poll; later polls read the resource by its id, each
   * bounded by the wait's time left (and sent asynchronously by an asynchronous wait).
   */
  <T> Poller<T> answerFirst(T answered, ResourceView<T> view, Function<String, Call<T>> read) {
    String id = view.idOf().apply(answered);
    Poller<T> then = id == null || id.isBlank() ? () -> {
      String status = view.statusOf().apply(answered);
      throw new WholesaleException("Webex answered the " + view.type() + " provision with status "
          + (status == null ? "none" : status) + " and no id to follow");
    } : poller(() -> read.apply(id));
    return startingWith(answered, then);
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
