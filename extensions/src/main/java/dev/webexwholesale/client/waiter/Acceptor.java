package dev.webexwholesale.client.waiter;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One rule of a waiter, as in AWS SDK v2: when it matches a poll's answer (a resource, "gone")
 * or the exception a poll threw, the wait is in {@link #state()}. A waiter asks its acceptors in
 * order and the first match wins.
 */
public final class Acceptor<T> {

  private final Predicate<? super PollAnswer<T>> answer;
  private final Predicate<? super Throwable> error;
  private final WaitState state;
  private final String description;

  private Acceptor(Predicate<? super PollAnswer<T>> answer, Predicate<? super Throwable> error, WaitState state,
      String description) {
    this.answer = answer;
    this.error = error;
    this.state = Objects.requireNonNull(state, "state");
    this.description = Objects.requireNonNull(description, "description");
  }

  /**
   * Matches any poll answer the predicate accepts, resource or "gone".
   *
   * @param <T> the resource type
   * @param matcher which answers match
   * @param state the wait's state on a match
   * @param description names the rule in messages
   * @return the acceptor
   */
  public static <T> Acceptor<T> of(Predicate<? super PollAnswer<T>> matcher, WaitState state, String description) {
    return new Acceptor<>(Objects.requireNonNull(matcher, "matcher"), null, state, description);
  }

  /**
   * Matches a resource (never a "gone" answer) the predicate accepts.
   *
   * @param <T> the resource type
   * @param matcher which resources match
   * @param state the wait's state on a match
   * @param description names the rule in messages
   * @return the acceptor
   */
  public static <T> Acceptor<T> onResource(Predicate<? super T> matcher, WaitState state, String description) {
    Objects.requireNonNull(matcher, "matcher");
    return of(p -> !p.isGone() && matcher.test(p.resource().orElseThrow()), state, description);
  }

  /**
   * Matches a "gone" answer (404).
   *
   * @param <T> the resource type
   * @param state the wait's state on a match
   * @return the acceptor
   */
  public static <T> Acceptor<T> onGone(WaitState state) {
    return of(PollAnswer::isGone, state, "gone");
  }

  /**
   * Matches an exception thrown by the poll. {@link WaitState#RETRY} makes it transient (the
   * wait goes on); {@link WaitState#FAILURE} ends the wait by throwing it; SUCCESS and HOLD end
   * the wait with that outcome.
   *
   * @param <T> the resource type
   * @param matcher which exceptions match
   * @param state the wait's state on a match
   * @param description names the rule in messages
   * @return the acceptor
   */
  public static <T> Acceptor<T> onError(Predicate<? super Throwable> matcher, WaitState state, String description) {
    return new Acceptor<>(null, Objects.requireNonNull(matcher, "matcher"), state, description);
  }

  /**
   * Whether this acceptor matches the answer (always false for an exception acceptor).
   *
   * @param polled one poll's answer
   * @return true on a match
   */
  public boolean matches(PollAnswer<T> polled) {
    return answer != null && answer.test(polled);
  }

  /**
   * Whether this acceptor matches the exception (always false for an answer acceptor).
   *
   * @param thrown what a poll threw
   * @return true on a match
   */
  public boolean matchesError(Throwable thrown) {
    return error != null && error.test(thrown);
  }

  /**
   * The wait's state when this acceptor matches.
   *
   * @return the state
   */
  public WaitState state() {
    return state;
  }

  /**
   * Names the rule in messages, such as {@code status provisioned}.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The first matching acceptor's state. Without a match, a resource means RETRY (an unknown
   * status keeps waiting until the time is up) and "gone" means FAILURE (the resource vanished
   * while it was expected to settle).
   *
   * @param <T> the resource type
   * @param acceptors asked in order
   * @param polled one poll's answer
   * @return the wait's state
   */
  public static <T> WaitState evaluate(List<Acceptor<T>> acceptors, PollAnswer<T> polled) {
    Optional<Acceptor<T>> match = acceptors.stream().filter(a -> a.matches(polled)).findFirst();
    return match.map(Acceptor::state).orElse(polled.isGone() ? WaitState.FAILURE : WaitState.RETRY);
  }

  /**
   * The first matching acceptor's state for an exception; empty (it propagates) without a match.
   *
   * @param <T> the resource type
   * @param acceptors asked in order
   * @param thrown what a poll threw
   * @return the wait's state, empty without a match
   */
  public static <T> Optional<WaitState> evaluateError(List<Acceptor<T>> acceptors, Throwable thrown) {
    return acceptors.stream().filter(a -> a.matchesError(thrown)).findFirst().map(Acceptor::state);
  }

  @Override
  public String toString() {
    return "Acceptor[" + (error != null ? "error " : "") + description + " -> " + state + "]";
  }
}
