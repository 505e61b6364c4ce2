package dev.webexwholesale.client;

import com.google.gson.JsonParseException;
import dev.webexwholesale.client.errors.NotFoundException;
import dev.webexwholesale.client.errors.WebexApiException;
import dev.webexwholesale.client.internal.errors.ErrorDecoder;
import dev.webexwholesale.client.internal.http.AttemptCounter;
import dev.webexwholesale.client.internal.http.RequestPacer;
import dev.webexwholesale.client.internal.http.TimeoutAnchor;
import dev.webexwholesale.client.internal.http.UncheckedFailureInterceptor;
import dev.webexwholesale.client.internal.retry.RetryDecider;
import dev.webexwholesale.client.internal.retry.RetryInterceptor;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One asynchronous call: each attempt is an OkHttp {@code enqueue} marked single-attempt, so the
 * blocking retry interceptor never sleeps on a dispatcher thread; this loop asks the same
 * {@link RetryDecider} and schedules the next attempt (and each rate-limit slot) on the client's
 * scheduler through {@link Time#schedule}. No thread is held while a call is in flight or
 * waiting. Completing the future any other way (cancel, {@code orTimeout}) cancels the HTTP call
 * in flight and the pending attempt.
 */
final class AsyncCall<R> {
  /** Turns a successful answer into the future's value; may throw as a blocking call would. */
  interface OnSuccess<R> {
    R apply(Response response) throws IOException;
  }

  private final CallRunner.Env env;
  private final Request request;
  private final RetryDecider decider;
  private final OnSuccess<R> onSuccess;
  private final long deadline;
  private final boolean hasDeadline;
  private final CompletableFuture<R> future = new CompletableFuture<>();
  private final AtomicReference<Call> inFlight = new AtomicReference<>();
  private final AtomicReference<Future<?>> pending = new AtomicReference<>();
  private final Duration timeout;

  /** {@code timeout} bounds the whole call, retries included; zero means unbounded. */
  AsyncCall(CallRunner.Env env, Request request, Duration timeout, OnSuccess<R> onSuccess) {
    this.env = env;
    Request.Builder b = request.newBuilder()
        .tag(RetryInterceptor.SingleAttempt.class, RetryInterceptor.SingleAttempt.INSTANCE)
        .tag(AttemptCounter.class, new AttemptCounter())
        .tag(UncheckedFailureInterceptor.Async.class, UncheckedFailureInterceptor.Async.INSTANCE);
    if (env.pacer() != null) {
      b.tag(RequestPacer.Reserved.class, RequestPacer.Reserved.INSTANCE);
    }
    this.request = b.build();
    RetryDecider own = request.tag(RetryDecider.class);
    this.decider = own != null ? own : env.decider();
    this.onSuccess = onSuccess;
    this.timeout = timeout;
    long timeoutNanos = timeout.toNanos();
    this.hasDeadline = timeoutNanos > 0;
    this.deadline = env.time().nanoTime() + timeoutNanos;
  }

  CompletableFuture<R> start() {
    Future<?> watchdog = hasDeadline ? watchdog() : null;
    future.whenComplete((value, failure) -> {
      if (watchdog != null) {
        watchdog.cancel(false);
      }
      Future<?> next = pending.get();
      if (next != null) {
        next.cancel(false);
      }
      Call call = inFlight.get();
      if (call != null) {
        call.cancel();
      }
    });
    attempt(1);
    return future;
  }

  /**
   * Ends the call at its deadline whatever it is doing. OkHttp starts an async call's timeout only
   * when a dispatcher thread takes it, so without this a call queued behind the dispatcher's
   * limit would wait unbounded. On real time, like OkHttp's own timeouts. A call may already be
   * on the wire: the outcome is a timeout (fate unknown), never "not sent".
   */
  private Future<?> watchdog() {
    Runnable expire = () -> {
      if (!future.isDone()) {
        future.completeExceptionally(ErrorDecoder.transport(new InterruptedIOException("timeout"), request));
      }
    };
    try {
      return env.scheduler().schedule(expire, timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      return null; // a scheduler shut down by its owner: OkHttp's timeout still bounds each attempt
    }
  }

  /** Takes a rate-limit slot (scheduling, not sleeping, until it comes), then sends. */
  private void attempt(int n) {
    Duration pace = env.pacer() == null ? Duration.ZERO : env.pacer().reserve();
    after(pace, () -> send(n));
  }

  private void after(Duration delay, Runnable task) {
    if (future.isDone()) {
      return;
    }
    if (delay.isZero() || delay.isNegative()) {
      task.run();
      return;
    }
    Runnable guarded = () -> {
      try {
        task.run();
      } catch (RuntimeException | Error e) {
        future.completeExceptionally(e);
      }
    };
    try {
      pending.set(env.time().schedule(env.scheduler(), guarded, delay));
    } catch (RuntimeException e) {
      // A scheduler shut down by its owner: the call ends here rather than never.
      future.completeExceptionally(e);
      return;
    }
    if (future.isDone()) {
      pending.get().cancel(false); // completed (cancelled) while scheduling
    }
  }

  private void send(int n) {
    if (future.isDone()) {
      return;
    }
    if (env.closed().getAsBoolean()) {
      future.completeExceptionally(new IllegalStateException("This WholesaleClient is closed: build a new one"));
      return;
    }
    TimeoutAnchor.SHARED.touch(); // the call's deadline then wakes no watchdog
    Call call = env.http().newCall(request);
    if (hasDeadline) {
      long remaining = Math.max(1, deadline - env.time().nanoTime());
      call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
    }
    inFlight.set(call);
    if (future.isDone()) {
      call.cancel();
      return;
    }
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call c, IOException e) {
        failed(n, e);
      }

      @Override
      public void onResponse(Call c, Response response) {
        answered(n, response);
      }
    });
  }

  private void failed(int n, IOException e) {
    if (future.isDone()) {
      return; // cancelled: the failure is the cancel itself
    }
    if (e instanceof UncheckedFailureInterceptor.Carried) {
      // Thrown before an answer (the token provider, typically): the caller's own exception,
      // never retried like a network failure. Nothing was sent when it came from the provider.
      future.completeExceptionally(((UncheckedFailureInterceptor.Carried) e).failure());
      return;
    }
    RetryDecider.Decision decision = decider.decide(n, request.method(), null, e, env.time().now(), remaining());
    if (decision.retry()) {
      after(decision.delay(), () -> attempt(n + 1));
    } else {
      future.completeExceptionally(ErrorDecoder.transport(e, request));
    }
  }

  private void answered(int n, Response response) {
    if (future.isDone()) {
      response.close();
      return;
    }
    try {
      if (!response.isSuccessful()) {
        RetryDecider.Decision decision = decider.decide(n, request.method(), response, null, env.time().now(),
            remaining());
        if (decision.retry()) {
          response.close();
          after(decision.delay(), () -> attempt(n + 1));
          return;
        }
        WebexApiException error = env.decoder().decode(response, CallRunner.readQuietly(response.body()));
        if (n > 1 && error instanceof NotFoundException && "DELETE".equals(request.method())) {
          // As in the blocking API: the first DELETE was processed, its answer lost.
          future.complete(onSuccess.apply(CallRunner.removedByEarlierAttempt(response)));
        } else {
          future.completeExceptionally(error);
        }
        return;
      }
      future.complete(onSuccess.apply(response));
    } catch (IOException e) {
      response.close();
      // The body broke after the headers: as retryable for a GET as a failed connect.
      failed(n, e);
    } catch (JsonParseException e) {
      future.completeExceptionally(CallRunner.undecodable(request, response.code(), null, e));
    } catch (RuntimeException | Error e) {
      future.completeExceptionally(e);
    }
  }

  private Duration remaining() {
    return hasDeadline ? Duration.ofNanos(Math.max(0, deadline - env.time().nanoTime())) : null;
  }
}
