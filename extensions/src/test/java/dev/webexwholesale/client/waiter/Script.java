package dev.webexwholesale.client.waiter;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** A poller that plays answers in order and repeats the last one forever. */
final class Script<T> implements Poller<T> {

  private final List<Callable<PollAnswer<T>>> steps = new ArrayList<>();
  int polls;

  static <T> Script<T> of() {
    return new Script<>();
  }

  Script<T> then(T resource) {
    steps.add(() -> PollAnswer.of(resource));
    return this;
  }

  Script<T> then(PollAnswer<T> polled) {
    steps.add(() -> polled);
    return this;
  }

  Script<T> thenThrow(Exception e) {
    steps.add(() -> {
      throw e;
    });
    return this;
  }

  Script<T> thenDo(Callable<PollAnswer<T>> step) {
    steps.add(step);
    return this;
  }

  @Override
  public PollAnswer<T> poll() throws Exception {
    Callable<PollAnswer<T>> step = steps.get(Math.min(polls, steps.size() - 1));
    polls++;
    return step.call();
  }
}
