package dev.webexwholesale.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Chains two asynchronous steps (a provision, then its wait) into one future whose
 * cancellation reaches the step running, unlike {@link CompletableFuture#thenCompose}, and whose
 * failure is the step's own exception, not a {@link CompletionException} around it.
 */
final class AsyncSteps {
  private AsyncSteps() {
  }

  static <A, B> CompletableFuture<B> then(CompletableFuture<A> first, Function<A, CompletableFuture<B>> next) {
    CompletableFuture<B> result = new CompletableFuture<>();
    AtomicReference<CompletableFuture<B>> second = new AtomicReference<>();
    result.whenComplete((value, failure) -> {
      if (result.isCancelled()) {
        first.cancel(true);
        CompletableFuture<B> s = second.get();
        if (s != null) {
          s.cancel(true);
        }
      }
    });
    first.whenComplete((a, failure) -> {
      if (failure != null) {
        result.completeExceptionally(unwrap(failure));
        return;
      }
      try {
        CompletableFuture<B> s = next.apply(a);
        second.set(s);
        if (result.isDone()) {
          s.cancel(true);
          return;
        }
        s.whenComplete((b, f) -> {
          if (f != null) {
            result.completeExceptionally(unwrap(f));
          } else {
            result.complete(b);
          }
        });
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      }
    });
    return result;
  }

  static Throwable unwrap(Throwable t) {
    return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
  }
}
