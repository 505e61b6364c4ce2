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
import dev.webexwholesale.testing.FakeTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AsyncWaiterTest {

  private final FakeTime time = new FakeTime();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  private ResourceWaiters waiters(ScheduledExecutorService on) {
    return ResourceWaiters.create(b -> b.time(time).random(() -> 0.5).config(EXACT).scheduler(on));
  }

  @Test
  void completesWithTheOutcome() throws Exception {
    CompletableFuture<WaitOutcome<Customer>> future = waiters(scheduler).awaitCustomerProvisionedAsync(
        Script.<Customer>of().then(customer("provisioning")).then(customer("provisioned")));
    assertEquals(WaitOutcome.Kind.SUCCEEDED, future.get(10, TimeUnit.SECONDS).kind());
    assertEquals(List.of(Duration.ofSeconds(2)), time.sleeps());
  }

  @Test
  void terminalNonSuccessIsAnOutcomeNotAnException() throws Exception {
    WaitOutcome<Subscriber> outcome = waiters(scheduler).awaitSubscriberProvisionedAsync(
        Script.<Subscriber>of().then(subscriber("pending_user_migration"))).get(10, TimeUnit.SECONDS);
    assertEquals(WaitOutcome.Kind.ON_HOLD, outcome.kind());
  }

  @Test
  void propagatesPollerExceptions() {
    IllegalStateException boom = new IllegalStateException("403");
    CompletableFuture<WaitOutcome<Customer>> future =
        waiters(scheduler).awaitCustomerRemovedAsync(Script.<Customer>of().thenThrow(boom));
    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    assertSame(boom, e.getCause());
  }

  @Test
  void perCallConfigAndListenerApply() throws Exception {
    List<PollEvent> events = new ArrayList<>();
    WaiterConfig shortWait = EXACT.toBuilder().maxTime(Duration.ofSeconds(3)).build();
    WaitOutcome<Customer> outcome = waiters(scheduler).awaitCustomerRemovedAsync(
        Script.<Customer>of().then(customer("deleting")), shortWait, events::add).get(10, TimeUnit.SECONDS);
    assertEquals(WaitOutcome.Kind.TIMED_OUT, outcome.kind());
    assertEquals(Duration.ofSeconds(3), outcome.elapsed());
    assertEquals(outcome.attempts(), events.size());
  }

  @Test
  void twoHundredWaitsShareTheSmallDefaultPoolOfDaemonThreads() throws Exception {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    List<CompletableFuture<WaitOutcome<Customer>>> futures = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Script<Customer> script = Script.<Customer>of()
          .thenDo(() -> {
            threads.add(Thread.currentThread());
            return PollAnswer.of(customer("provisioning"));
          })
          .thenDo(() -> {
            threads.add(Thread.currentThread());
            return PollAnswer.of(customer("provisioned"));
          });
      futures.add(waiters(null).awaitCustomerProvisionedAsync(script));
    }
    for (CompletableFuture<WaitOutcome<Customer>> f : futures) {
      assertTrue(f.get(30, TimeUnit.SECONDS).isSuccess());
    }
    assertTrue(threads.size() <= Waiter.DEFAULT_SCHEDULER_THREADS, "threads used: " + threads.size());
    for (Thread t : threads) {
      assertTrue(t.isDaemon());
      assertTrue(t.getName().startsWith("webex-wholesale-waiter"), t.getName());
    }
  }

  @Test
  void cancelledBeforeItRunsNeverPolls() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    scheduler.execute(() -> awaitQuietly(release)); // the only thread is busy
    Script<Customer> script = Script.<Customer>of().then(customer("provisioned"));
    CompletableFuture<WaitOutcome<Customer>> future = waiters(scheduler).awaitCustomerProvisionedAsync(script);

    assertTrue(future.cancel(true));
    release.countDown();
    scheduler.submit(() -> { }).get(10, TimeUnit.SECONDS); // whatever was queued has run

    assertEquals(0, script.polls);
    assertThrows(CancellationException.class, future::join);
  }

  @Test
  void cancelTrueInterruptsThePollInFlightAndNoPollFollows() throws Exception {
    CountDownLatch polling = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    Script<Customer> script = Script.<Customer>of().thenDo(() -> {
      polling.countDown();
      try {
        new CountDownLatch(1).await(30, TimeUnit.SECONDS); // a poll hanging on the network
      } catch (InterruptedException e) {
        interrupted.countDown();
        throw e;
      }
      return PollAnswer.of(customer("provisioning"));
    });
    CompletableFuture<WaitOutcome<Customer>> future = waiters(scheduler).awaitCustomerProvisionedAsync(script);
    assertTrue(polling.await(10, TimeUnit.SECONDS));

    future.cancel(true);

    assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the poll in flight was interrupted");
    scheduler.submit(() -> { }).get(10, TimeUnit.SECONDS);
    assertEquals(1, script.polls);
    assertTrue(time.sleeps().isEmpty(), "nothing scheduled after the cancel");
  }

  @Test
  void completingTheFutureElsewhereAlsoStopsTheWait() throws Exception {
    List<CompletableFuture<WaitOutcome<Customer>>> handle = new ArrayList<>();
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean go = new AtomicBoolean();
    Script<Customer> script = Script.<Customer>of().thenDo(() -> {
      started.await(10, TimeUnit.SECONDS);
      handle.get(0).completeExceptionally(new TimeoutException("orTimeout"));
      go.set(true);
      return PollAnswer.of(customer("provisioning"));
    });
    handle.add(waiters(scheduler).awaitCustomerProvisionedAsync(script));
    started.countDown();
    scheduler.submit(() -> { }).get(10, TimeUnit.SECONDS);
    scheduler.submit(() -> { }).get(10, TimeUnit.SECONDS);
    assertTrue(go.get());
    assertEquals(1, script.polls);
    assertTrue(time.sleeps().isEmpty());
  }

  @Test
  void rejectedExecutionFailsTheFuture() {
    scheduler.shutdown();
    CompletableFuture<WaitOutcome<Customer>> future =
        waiters(scheduler).awaitCustomerProvisionedAsync(Script.<Customer>of().then(customer("provisioned")));
    ExecutionException e = assertThrows(ExecutionException.class, future::get);
    assertTrue(e.getCause() instanceof RejectedExecutionException, String.valueOf(e.getCause()));
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
