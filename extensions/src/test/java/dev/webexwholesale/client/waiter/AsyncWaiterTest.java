package dev.webexwholesale.client.waiter;

import static dev.webexwholesale.client.waiter.Fixtures.EXACT;
import static dev.webexwholesale.client.waiter.Fixtures.customer;
import static dev.webexwholesale.client.waiter.Fixtures.subscriber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.Subscriber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class AsyncWaiterTest {

  private final FakeTime time = new FakeTime();
  private static final Executor DIRECT = Runnable::run;

  private ResourceWaiters waiters(Executor executor) {
    return ResourceWaiters.create(b -> b.clock(time).sleeper(time).random(() -> 0.5).config(EXACT).executor(executor));
  }

  @Test
  void completesWithTheOutcome() throws Exception {
    CompletableFuture<WaitOutcome<Customer>> future = waiters(DIRECT).awaitCustomerProvisionedAsync(
        Script.<Customer>of().then(customer("provisioning")).then(customer("provisioned")));
    assertTrue(future.isDone());
    assertEquals(WaitOutcome.Kind.SUCCEEDED, future.get().kind());
    assertEquals(List.of(Duration.ofSeconds(2)), time.sleeps);
  }

  @Test
  void terminalNonSuccessIsAnOutcomeNotAnException() throws Exception {
    WaitOutcome<Subscriber> outcome = waiters(DIRECT).awaitSubscriberProvisionedAsync(
        Script.<Subscriber>of().then(subscriber("pending_user_migration"))).get();
    assertEquals(WaitOutcome.Kind.ON_HOLD, outcome.kind());
  }

  @Test
  void propagatesPollerExceptions() {
    IllegalStateException boom = new IllegalStateException("403");
    CompletableFuture<WaitOutcome<Customer>> future =
        waiters(DIRECT).awaitCustomerRemovedAsync(Script.<Customer>of().thenThrow(boom));
    ExecutionException e = assertThrows(ExecutionException.class, future::get);
    assertSame(boom, e.getCause());
  }

  @Test
  void perCallConfigAndListenerApply() throws Exception {
    List<PollEvent> events = new ArrayList<>();
    WaiterConfig shortWait = EXACT.toBuilder().maxTime(Duration.ofSeconds(3)).build();
    WaitOutcome<Customer> outcome = waiters(DIRECT).awaitCustomerRemovedAsync(
        Script.<Customer>of().then(customer("deleting")), shortWait, events::add).get();
    assertEquals(WaitOutcome.Kind.TIMED_OUT, outcome.kind());
    assertEquals(Duration.ofSeconds(3), outcome.elapsed());
    assertEquals(outcome.attempts(), events.size());
  }

  @Test
  void defaultExecutorIsADaemonThread() throws Exception {
    List<Thread> threads = new ArrayList<>();
    Script<Customer> script = Script.<Customer>of().thenDo(() -> {
      threads.add(Thread.currentThread());
      return Polled.of(customer("provisioned"));
    });
    WaitOutcome<Customer> outcome = waiters(null).awaitCustomerProvisionedAsync(script).get(10, TimeUnit.SECONDS);
    assertTrue(outcome.isSuccess());
    assertTrue(threads.get(0).isDaemon());
    assertEquals("webex-wholesale-waiter", threads.get(0).getName());
  }

  @Test
  void cancelledBeforeItRunsNeverPolls() {
    List<Runnable> queued = new ArrayList<>();
    Script<Customer> script = Script.<Customer>of().then(customer("provisioned"));
    CompletableFuture<WaitOutcome<Customer>> future = waiters(queued::add).awaitCustomerProvisionedAsync(script);

    assertTrue(future.cancel(true));
    queued.get(0).run();

    assertEquals(0, script.polls);
    assertThrows(CancellationException.class, future::join);
  }

  @Test
  void cancellingStopsBeforeTheNextPoll() {
    List<Runnable> queued = new ArrayList<>();
    List<CompletableFuture<?>> handle = new ArrayList<>();
    Script<Customer> script = Script.<Customer>of().thenDo(() -> {
      handle.get(0).cancel(true);
      return Polled.of(customer("provisioning"));
    });
    handle.add(waiters(queued::add).awaitCustomerProvisionedAsync(script));
    queued.get(0).run();
    assertEquals(1, script.polls);
    assertTrue(time.sleeps.isEmpty(), "no sleep after the cancel");
    assertTrue(handle.get(0).isCancelled());
  }

  @Test
  void completingTheFutureElsewhereAlsoStopsTheWait() {
    List<Runnable> queued = new ArrayList<>();
    List<CompletableFuture<WaitOutcome<Customer>>> handle = new ArrayList<>();
    Script<Customer> script = Script.<Customer>of().thenDo(() -> {
      handle.get(0).completeExceptionally(new TimeoutException("orTimeout"));
      return Polled.of(customer("provisioning"));
    });
    handle.add(waiters(queued::add).awaitCustomerProvisionedAsync(script));
    queued.get(0).run();
    assertEquals(1, script.polls);
    assertTrue(time.sleeps.isEmpty());
  }

  @Test
  void rejectedExecutionFailsTheFuture() {
    RejectedExecutionException rejected = new RejectedExecutionException("pool shut down");
    CompletableFuture<WaitOutcome<Customer>> future = waiters(task -> {
      throw rejected;
    }).awaitCustomerProvisionedAsync(Script.<Customer>of().then(customer("provisioned")));
    ExecutionException e = assertThrows(ExecutionException.class, future::get);
    assertSame(rejected, e.getCause());
  }
}
