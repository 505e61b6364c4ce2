package dev.webexwholesale.client.waiter;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Fetches the current state of the awaited resource once.
 *
 * <p>Throw unchecked exceptions: they reach the caller unchanged unless the waiter's
 * an {@link Acceptor#onError} acceptor matches them. A checked exception other than
 * {@link InterruptedException} is wrapped in
 * {@link java.lang.reflect.UndeclaredThrowableException}.
 */
@FunctionalInterface
public interface Poller<T> {

  /**
   * Reads the resource once.
   *
   * @return the answer
   * @throws Exception whatever the read throws (see the interface's rules)
   */
  PollAnswer<T> poll() throws Exception;

  /**
   * One poll that should end within {@code remaining}, the wait's time left. The waiter calls
   * this one; the default ignores the budget. The client's pollers bound their request by it.
   *
   * @param remaining the wait's time left
   * @return the answer
   * @throws Exception whatever the read throws (see the interface's rules)
   */
  default PollAnswer<T> poll(java.time.Duration remaining) throws Exception {
    return poll();
  }

  /**
   * One poll as {@link #poll(java.time.Duration)}, without holding the calling thread while the
   * read is in flight: asynchronous waits call this one. The default runs
   * {@link #poll(java.time.Duration)} on the calling thread (the wait's scheduler); the client's
   * pollers send their request with OkHttp's {@code enqueue} instead, so a slow answer holds no
   * scheduler thread. Cancelling the returned future should cancel the read.
   *
   * @param remaining the wait's time left
   * @return the answer, or the exception the read failed with, later
   */
  default CompletableFuture<PollAnswer<T>> pollAsync(java.time.Duration remaining) {
    try {
      return CompletableFuture.completedFuture(poll(remaining));
    } catch (Exception e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Polls a plain read, such as {@code () -> customers.get(id)}, without Retry-After hints.
   *
   * @param <T> the resource type
   * @param read reads the resource once
   * @return the poller
   */
  static <T> Poller<T> of(Callable<? extends T> read) {
    Objects.requireNonNull(read, "read");
    return () -> PollAnswer.of(read.call());
  }

  /**
   * Polls a read and maps the exceptions {@code notFound} accepts (the client layer's 404) to
   * {@link PollAnswer#gone()}: the glue for waiting until a removal is done.
   *
   * @param <T> the resource type
   * @param read reads the resource once
   * @param notFound which exceptions mean the resource is gone
   * @return the poller
   */
  static <T> Poller<T> goneWhen(Callable<? extends T> read, Predicate<? super Exception> notFound) {
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(notFound, "notFound");
    return () -> {
      try {
        return PollAnswer.of(read.call());
      } catch (InterruptedException e) {
        throw e;
      } catch (Exception e) {
        if (notFound.test(e)) {
          return PollAnswer.gone();
        }
        throw e;
      }
    };
  }
}
