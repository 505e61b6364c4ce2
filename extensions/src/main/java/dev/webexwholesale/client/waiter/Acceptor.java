package dev.webexwholesale.client.waiter;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One rule of a waiter, as in AWS SDK v2: when it matches a poll answer, the wait is in
 * {@link #state()}. A waiter asks its acceptors in order and the first match wins.
 */
public final class Acceptor<T> {

  private final Predicate<? super Polled<T>> matcher;
  private final WaitState state;
  private final String description;

  private Acceptor(Predicate<? super Polled<T>> matcher, WaitState state, String description) {
    this.matcher = Objects.requireNonNull(matcher, "matcher");
    this.state = Objects.requireNonNull(state, "state");
    this.description = Objects.requireNonNull(description, "description");
  }

  /** Matches any poll answer the predicate accepts, resource or "gone". */
  public static <T> Acceptor<T> of(Predicate<? super Polled<T>> matcher, WaitState state, String description) {
    return new Acceptor<>(matcher, state, description);
  }

  /** Matches a resource (never a "gone" answer) the predicate accepts. */
  public static <T> Acceptor<T> onResource(Predicate<? super T> matcher, WaitState state, String description) {
    Objects.requireNonNull(matcher, "matcher");
    return new Acceptor<>(p -> !p.isGone() && matcher.test(p.resource().orElseThrow()), state, description);
  }

  /** Matches a "gone" answer (404). */
  public static <T> Acceptor<T> onGone(WaitState state) {
    return new Acceptor<>(Polled::isGone, state, "gone");
  }

  public boolean matches(Polled<T> polled) {
    return matcher.test(polled);
  }

  public WaitState state() {
    return state;
  }

  public String description() {
    return description;
  }

  /**
   * The first matching acceptor's state. Without a match, a resource means RETRY (an unknown
   * status keeps waiting until the time is up) and "gone" means FAILURE (the resource vanished
   * while it was expected to settle).
   */
  public static <T> WaitState evaluate(List<Acceptor<T>> acceptors, Polled<T> polled) {
    Optional<Acceptor<T>> match = acceptors.stream().filter(a -> a.matches(polled)).findFirst();
    return match.map(Acceptor::state).orElse(polled.isGone() ? WaitState.FAILURE : WaitState.RETRY);
  }

  @Override
  public String toString() {
    return "Acceptor[" + description + " -> " + state + "]";
  }
}
