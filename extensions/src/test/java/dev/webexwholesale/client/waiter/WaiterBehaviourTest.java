package dev.webexwholesale.client.waiter;

import dev.webexwholesale.testing.FakeTime;
import static dev.webexwholesale.client.waiter.Fixtures.EXACT;
import static dev.webexwholesale.client.waiter.Fixtures.customer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerStatus;
import java.io.IOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Errors during polling, interruption and progress reporting. */
class WaiterBehaviourTest {

  /** Stands in for the client layer's 429/5xx exception carrying Retry-After. */
  static final class Throttled extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final Duration retryAfter;

    Throttled(Duration retryAfter) {
      super("429");
      this.retryAfter = retryAfter;
    }
  }

  private final FakeTime time = new FakeTime();
  private final List<PollEvent> events = new ArrayList<>();
  private final Waiter<Customer> waiter = Waiter.builder(CustomerAcceptors.view(), CustomerAcceptors.provisioned())
      .config(EXACT).time(time).random(() -> 0.5).transientErrors(t -> t instanceof Throttled, t -> Optional.ofNullable(((Throttled) t).retryAfter))
      .listener(events::add).build();

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void transientExceptionKeepsWaitingAndHonoursItsRetryAfter() {
    Script<Customer> script = Script.<Customer>of()
        .thenThrow(new Throttled(Duration.ofSeconds(9)))
        .thenThrow(new Throttled(null))
        .then(customer("provisioned"));

    WaitOutcome<Customer> outcome = waiter.await(script);

    assertEquals(WaitOutcome.Kind.SUCCEEDED, outcome.kind());
    assertEquals(3, outcome.attempts());
    assertEquals(List.of(Duration.ofSeconds(9), Duration.ofSeconds(4)), time.sleeps());
    assertTrue(events.get(0).error().orElseThrow() instanceof Throttled);
    assertTrue(events.get(0).status().isEmpty());
  }

  @Test
  void onlyTransientErrorsUntilTheDeadlineTimeOutWithoutResource() {
    WaitOutcome<Customer> outcome = waiter.await(Script.<Customer>of().thenThrow(new Throttled(null)),
        EXACT.toBuilder().maxTime(Duration.ofSeconds(20)).build(), null);
    assertEquals(WaitOutcome.Kind.TIMED_OUT, outcome.kind());
    assertTrue(outcome.resource().isEmpty());
    assertTrue(outcome.describe().startsWith("customer (id unknown) timed out, last status none seen"), outcome.describe());
  }

  @Test
  void nonTransientExceptionPropagatesUnchangedAtOnce() {
    IllegalStateException boom = new IllegalStateException("404 while provisioning");
    Script<Customer> script = Script.<Customer>of().then(customer("provisioning")).thenThrow(boom);

    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> waiter.await(script));

    assertSame(boom, thrown);
    assertEquals(2, script.polls);
    assertEquals(1, time.sleeps().size());
  }

  @Test
  void checkedExceptionIsWrappedNotSwallowed() {
    IOException io = new IOException("connection reset");
    UndeclaredThrowableException thrown = assertThrows(UndeclaredThrowableException.class,
        () -> waiter.await(Script.<Customer>of().thenThrow(io)));
    assertSame(io, thrown.getCause());
  }

  @Test
  void interruptionDuringSleepStopsAndRestoresTheFlag() {
    Waiter<Customer> interrupting = waiter.toBuilder().time(new dev.webexwholesale.client.Time() {
      @Override
      public long nanoTime() {
        return time.nanoTime();
      }

      @Override
      public java.time.Instant now() {
        return time.now();
      }

      @Override
      public void sleep(Duration d) throws InterruptedException {
        throw new InterruptedException("stop");
      }
    }).build();
    Script<Customer> script = Script.<Customer>of().then(customer("provisioning"));

    WaitInterruptedException e = assertThrows(WaitInterruptedException.class, () -> interrupting.await(script));

    assertTrue(Thread.currentThread().isInterrupted());
    assertEquals(1, script.polls);
    assertEquals(WaitOutcome.Kind.INTERRUPTED, e.outcome().kind());
    assertEquals("provisioning", e.outcome().status().orElseThrow());
    assertTrue(e.getCause() instanceof InterruptedException);
  }

  @Test
  void interruptionDuringPollStopsAndRestoresTheFlag() {
    Script<Customer> script = Script.<Customer>of().thenThrow(new InterruptedException());
    assertThrows(WaitInterruptedException.class, () -> waiter.await(script));
    assertTrue(Thread.currentThread().isInterrupted());
    assertTrue(time.sleeps().isEmpty());
  }

  @Test
  void interruptFlagSetByThePollerStopsBeforeTheNextPoll() {
    Script<Customer> script = Script.<Customer>of().thenDo(() -> {
      Thread.currentThread().interrupt(); // e.g. an HTTP client that swallows the exception
      return PollAnswer.of(customer("provisioning"));
    });
    assertThrows(WaitInterruptedException.class, () -> waiter.await(script));
    assertEquals(1, script.polls);
    assertTrue(Thread.currentThread().isInterrupted());
  }

  @Test
  void alreadyInterruptedThreadDoesNotPoll() {
    Thread.currentThread().interrupt();
    Script<Customer> script = Script.<Customer>of().then(customer("provisioned"));
    assertThrows(WaitInterruptedException.class, () -> waiter.await(script));
    assertEquals(0, script.polls);
    assertTrue(Thread.currentThread().isInterrupted());
  }

  @Test
  void listenerSeesEachPollInOrder() {
    waiter.await(Script.<Customer>of().then(customer("provisioning")).thenThrow(new Throttled(null))
        .then(PollAnswer.of(customer("updating"), Duration.ofSeconds(20))).then(customer("provisioned")));

    assertEquals(4, events.size());
    assertEquals(List.of(1, 2, 3, 4), events.stream().map(PollEvent::attempt).toList());
    assertEquals(List.of(Optional.of("provisioning"), Optional.<String>empty(), Optional.of("updating"),
        Optional.of("provisioned")), events.stream().map(PollEvent::status).toList());
    assertEquals(List.of(WaitState.RETRY, WaitState.RETRY, WaitState.RETRY, WaitState.SUCCESS),
        events.stream().map(PollEvent::state).toList());
    assertEquals(List.of(Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(6), Duration.ofSeconds(26)),
        events.stream().map(PollEvent::elapsed).toList());
    assertEquals(time.sleeps(), events.subList(0, 3).stream().map(e -> e.nextDelay().orElseThrow()).toList());
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(20)), time.sleeps());
    assertTrue(events.get(3).nextDelay().isEmpty());
    assertTrue(events.stream().allMatch(e -> e.resourceType().equals("customer")));
  }

  @Test
  void perCallListenerReplacesTheDefault() {
    List<PollEvent> mine = new ArrayList<>();
    waiter.await(Script.<Customer>of().then(customer("provisioned")), null, mine::add);
    assertEquals(1, mine.size());
    assertTrue(events.isEmpty());
  }

  @Test
  void listenerExceptionEndsTheWait() {
    Script<Customer> script = Script.<Customer>of().then(customer("provisioning"));
    IllegalStateException bug = new IllegalStateException("listener bug");
    assertSame(bug, assertThrows(IllegalStateException.class, () -> waiter.await(script, null, e -> {
      throw bug;
    })));
    assertEquals(1, script.polls);
  }

  @Test
  void nullPolledIsAClearError() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> waiter.await(() -> null));
    assertTrue(e.getMessage().contains("poller returned null"));
  }

  @Test
  void everyKnownCustomerStatusIsClassified() {
    for (CustomerStatus s : CustomerStatus.knownValues()) {
      WaitState state = Acceptor.evaluate(CustomerAcceptors.provisioned(), PollAnswer.of(new Customer().status(s)));
      String v = s.getValue();
      boolean transientStatus = v.equals("provisioning") || v.equals("updating") || v.equals("deleting");
      assertEquals(transientStatus, state == WaitState.RETRY, v + " -> " + state);
      assertFalse(state == WaitState.SUCCESS && !v.equals("provisioned"), v);
    }
  }
}
