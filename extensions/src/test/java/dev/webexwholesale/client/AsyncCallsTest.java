package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.errors.NotFoundException;
import dev.webexwholesale.client.errors.ServiceUnavailableException;
import dev.webexwholesale.client.errors.TransportException;
import dev.webexwholesale.client.retry.RetryPolicy;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.testing.FakeTime;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Async twins: results and typed failures, retries and pacing scheduled on the client's
 * scheduler through its Time (never slept on an OkHttp thread), cancellation.
 */
class AsyncCallsTest extends WireMockTestBase {
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stopScheduler() {
    scheduler.shutdownNow();
  }

  /**
   * A Time that records scheduled waits apart from sleeps (and which thread slept): the async
   * path must schedule, never sleep. Scheduled tasks advance the fake clock and run at once.
   */
  static final class RecordingTime implements Time {
    final FakeTime fake = new FakeTime();
    final List<Duration> scheduled = new CopyOnWriteArrayList<>();
    final List<String> sleptOn = new CopyOnWriteArrayList<>();
    volatile Duration realDelay = Duration.ZERO;
    final CountDownLatch firstSchedule = new CountDownLatch(1);
    final List<ScheduledFuture<?>> futures = new CopyOnWriteArrayList<>();

    @Override
    public long nanoTime() {
      return fake.nanoTime();
    }

    @Override
    public Instant now() {
      return fake.now();
    }

    @Override
    public void sleep(Duration duration) {
      sleptOn.add(Thread.currentThread().getName());
      fake.sleep(duration);
    }

    @Override
    public ScheduledFuture<?> schedule(ScheduledExecutorService executor, Runnable task, Duration delay) {
      scheduled.add(delay);
      fake.advance(delay);
      ScheduledFuture<?> f = executor.schedule(task, realDelay.toNanos(), TimeUnit.NANOSECONDS);
      futures.add(f);
      firstSchedule.countDown();
      return f;
    }
  }

  private final RecordingTime recording = new RecordingTime();

  private WholesaleClient asyncClient(WholesaleClient.Builder b) {
    client.close();
    client = b.time(recording).waitScheduler(scheduler).build();
    return client;
  }

  private void customerAnswers(String body) {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(body)));
  }

  @Test
  void getAsyncReturnsTheCustomer() {
    customerAnswers(TestData.CUSTOMER_JSON);
    Customer c = client.customers().getAsync("c1").join();
    assertEquals("Y3VzdC0x", c.getId());
  }

  @Test
  void aFailureIsTheBlockingApisTypedException() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/gone")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withHeader("trackingid", "ROUTER_1")
        .withBody("{\"message\":\"not found\",\"trackingId\":\"ROUTER_1\"}")));
    CompletableFuture<Customer> f = client.customers().getAsync("gone");

    ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
    NotFoundException typed = assertInstanceOf(NotFoundException.class, e.getCause());
    assertEquals(404, typed.statusCode());
    assertEquals("ROUTER_1", typed.trackingId());
    CompletionException joined = assertThrows(CompletionException.class, f::join);
    assertInstanceOf(NotFoundException.class, joined.getCause(), "one wrapper, the CompletableFuture norm");
  }

  @Test
  void retryAfterIsScheduledOnTheClientsSchedulerNeverSlept() {
    asyncClient(clientBuilder());
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1")).inScenario("busy").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "7")).willSetStateTo("ok"));
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1")).inScenario("busy").whenScenarioStateIs("ok")
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(TestData.CUSTOMER_JSON)));

    Customer c = client.customers().getAsync("c1").join();

    assertEquals("Y3VzdC0x", c.getId());
    assertEquals(2, requests().size());
    assertEquals(List.of(Duration.ofSeconds(7)), recording.scheduled, "the server's Retry-After, scheduled");
    assertEquals(List.of(), recording.sleptOn, "no thread slept");
  }

  @Test
  void aPostIsNotReplayedAfterA503ButIsAfterA429() {
    asyncClient(clientBuilder());
    wm.stubFor(post(urlPathEqualTo("/v1/wholesale/customers")).willReturn(aResponse().withStatus(503)));
    CompletionException e = assertThrows(CompletionException.class,
        () -> client.customers().provisionAsync(TestData.customerProvision()).join());
    assertInstanceOf(ServiceUnavailableException.class, e.getCause());
    assertEquals(1, requests().size(), "a 503 may come after the work was done: never replayed");

    wm.resetAll();
    wm.stubFor(post(urlPathEqualTo("/v1/wholesale/customers")).inScenario("limit").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")).willSetStateTo("ok"));
    wm.stubFor(post(urlPathEqualTo("/v1/wholesale/customers")).inScenario("limit").whenScenarioStateIs("ok")
        .willReturn(aResponse().withStatus(202).withHeader("Location", baseUrl() + "/wholesale/customers/Y3VzdC0x")
            .withHeader("Content-Type", "application/json")
            .withBody("{\"url\":\"" + baseUrl() + "/wholesale/customers/Y3VzdC0x\"}")));
    ProvisioningAccepted accepted = client.customers().provisionAsync(TestData.customerProvision()).join();
    assertEquals("Y3VzdC0x", accepted.requireId());
    assertEquals(2, requests().size(), "a 429 was refused before any work: replayed");
    assertTrue(recording.scheduled.contains(Duration.ofSeconds(2)));
    assertEquals(List.of(), recording.sleptOn);
  }

  @Test
  void pacingSchedulesInsteadOfSleeping() {
    asyncClient(clientBuilder().rateLimit(2));
    customerAnswers(TestData.CUSTOMER_JSON);

    CompletableFuture<Customer> a = client.customers().getAsync("c1");
    CompletableFuture<Customer> b = client.customers().getAsync("c1");
    CompletableFuture.allOf(a, b).join();

    assertEquals(2, requests().size());
    assertEquals(List.of(Duration.ofMillis(500)), recording.scheduled, "the second call waits for its slot");
    assertEquals(List.of(), recording.sleptOn);
  }

  @Test
  void cancelClosesTheCallToAServerThatNeverAnswers() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      client.close();
      client = WholesaleClient.builder().baseUrl("http://127.0.0.1:" + silent.getLocalPort() + "/v1")
          .accessToken(TOKEN).time(time).build();
      CompletableFuture<Customer> f = client.customers().getAsync("c1");
      silent.setSoTimeout(10_000);
      try (Socket connection = silent.accept()) {
        connection.setSoTimeout(10_000);
        InputStream in = connection.getInputStream();
        byte[] buffer = new byte[8192];
        assertTrue(in.read(buffer) > 0, "the request arrived");

        assertTrue(f.cancel(true));

        assertTrue(f.isCancelled());
        assertThrows(CancellationException.class, f::join);
        int read;
        do {
          read = in.read(buffer); // returns -1 once the client closed the connection
        } while (read > 0);
        assertEquals(-1, read, "the server sees the connection closed");
      }
    }
  }

  @Test
  void aCallQueuedBehindTheDispatchersLimitStillEndsAtItsOwnDeadline() throws Exception {
    // OkHttp starts an async call's timeout only when a dispatcher thread takes the call.
    okhttp3.Dispatcher one = new okhttp3.Dispatcher();
    one.setMaxRequests(1);
    try (ServerSocket silent = new ServerSocket(0, 4, InetAddress.getByName("127.0.0.1"))) {
      client.close();
      client = WholesaleClient.builder().baseUrl("http://127.0.0.1:" + silent.getLocalPort() + "/v1")
          .accessToken(TOKEN).time(time).waitScheduler(scheduler)
          .httpClient(new okhttp3.OkHttpClient.Builder().dispatcher(one).build()).build();
      CompletableFuture<Customer> first = client.customers()
          .getAsync("c1", RequestOptions.builder().timeout(Duration.ofMinutes(5)).build());
      CompletableFuture<ProvisioningAccepted> queued = client.customers().provisionAsync(
          TestData.customerProvision(), RequestOptions.builder().timeout(Duration.ofMillis(300)).build());

      // Without the bound it would wait for the first call's five minutes: a TimeoutException here.
      ExecutionException e = assertThrows(ExecutionException.class, () -> queued.get(60, TimeUnit.SECONDS));

      assertFalse(first.isDone(), "ended while the call ahead of it still held the only dispatcher slot");
      TransportException timeout = assertInstanceOf(TransportException.class, e.getCause());
      assertEquals(TransportException.Kind.TIMEOUT, timeout.kind(), "a timeout: never reported as not sent");
      assertEquals(1, one.runningCallsCount(), "only the first call ever ran");
      first.cancel(true);
    }
  }

  @Test
  void cancelStopsAPendingRetry() throws Exception {
    recording.realDelay = Duration.ofHours(1); // the retry would wait for real
    asyncClient(clientBuilder());
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1")).willReturn(aResponse().withStatus(503)
        .withHeader("Retry-After", "5")));

    CompletableFuture<Customer> f = client.customers().getAsync("c1");
    assertTrue(recording.firstSchedule.await(10, TimeUnit.SECONDS), "the retry was scheduled");
    assertTrue(f.cancel(true));

    assertTrue(f.isCancelled());
    assertEquals(1, requests().size());
    assertEquals(1, recording.futures.size());
    ScheduledFuture<?> pending = recording.futures.get(0);
    // The scheduling thread may still be between schedule() and recording its future: it then
    // sees the future done and cancels the attempt itself. Bounded spin, no sleep.
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!pending.isCancelled() && System.nanoTime() - end < 0) {
      Thread.onSpinWait();
    }
    assertTrue(pending.isCancelled(), "the pending attempt was cancelled");
  }

  @Test
  void aTimeoutOfTheCallBoundsItsRetriesToo() {
    asyncClient(clientBuilder());
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1")).willReturn(aResponse().withStatus(503)
        .withHeader("Retry-After", "20")));

    CompletionException e = assertThrows(CompletionException.class, () -> client.customers()
        .getAsync("c1", RequestOptions.builder().timeout(Duration.ofSeconds(30)).build()).join());

    assertInstanceOf(ServiceUnavailableException.class, e.getCause());
    assertEquals(2, requests().size(), "a second wait of 20 s would pass the 30 s bound: not started");
    assertEquals(List.of(Duration.ofSeconds(20)), recording.scheduled);
  }

  @Test
  void subscriberProvisionAndWaitAsyncJudgesTheAnswer() {
    wm.stubFor(post(urlPathEqualTo("/v1/wholesale/subscribers")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(TestData.SUBSCRIBER_JSON)));

    WaitOutcome<Subscriber> outcome = client.subscribers()
        .provisionAndWaitAsync(TestData.subscriberProvision(), null, null).join();

    assertEquals("c3ViLTE=", outcome.orThrow().getId());
    assertEquals(1, requests().size(), "the answer itself was judged");
  }

  @Test
  void customerProvisionAndWaitAsyncPollsUntilProvisioned() {
    asyncClient(clientBuilder());
    wm.stubFor(post(urlPathEqualTo("/v1/wholesale/customers")).willReturn(aResponse().withStatus(202)
        .withHeader("Location", baseUrl() + "/wholesale/customers/Y3VzdC0x")
        .withHeader("Content-Type", "application/json")
        .withBody("{\"url\":\"" + baseUrl() + "/wholesale/customers/Y3VzdC0x\"}")));
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/Y3VzdC0x")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(TestData.CUSTOMER_JSON)));

    WaitOutcome<Customer> outcome = client.customers()
        .provisionAndWaitAsync(TestData.customerProvision(), null, null).join();

    assertEquals("Y3VzdC0x", outcome.orThrow().getId());
  }

  @Test
  void aProvisionFailureFailsTheProvisionAndWaitFutureTyped() {
    wm.stubFor(post(urlPathEqualTo("/v1/wholesale/customers")).willReturn(aResponse().withStatus(503)));
    CompletionException e = assertThrows(CompletionException.class, () -> client.customers()
        .provisionAndWaitAsync(TestData.customerProvision(), null, null).join());
    assertInstanceOf(ServiceUnavailableException.class, e.getCause(), "not a CompletionException in a CompletionException");
  }

  @Test
  void invalidInputThrowsAtOnceAndSendsNothing() {
    assertThrows(IllegalArgumentException.class, () -> client.customers().getAsync(" "));
    assertEquals(0, requests().size());
  }

  @Test
  void aClosedClientRefusesAsyncCalls() {
    client.close();
    assertThrows(IllegalStateException.class, () -> client.customers().getAsync("c1"));
  }

  @Test
  void anAsyncRetryIsRefusedAfterRetryPolicyNone() {
    asyncClient(clientBuilder().retryPolicy(RetryPolicy.none()));
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1")).willReturn(aResponse().withStatus(503)));
    assertThrows(CompletionException.class, () -> client.customers().getAsync("c1").join());
    assertEquals(1, requests().size());
    assertEquals(List.of(), recording.scheduled);
  }

  @Test
  void aRetryOnAShutDownSchedulerEndsTheCallInsteadOfHangingIt() {
    asyncClient(clientBuilder());
    scheduler.shutdownNow();
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1")).willReturn(aResponse().withStatus(503)
        .withHeader("Retry-After", "1")));

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> client.customers().getAsync("c1").get(10, TimeUnit.SECONDS));
    assertInstanceOf(java.util.concurrent.RejectedExecutionException.class, e.getCause());
  }

  @Test
  void customerUpdateAndWaitAsyncWaitsUntilTheUpdateIsDone() {
    asyncClient(clientBuilder());
    wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(urlPathEqualTo("/v1/wholesale/customers/c1"))
        .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
            .withBody("{\"url\":\"" + baseUrl() + "/wholesale/customers/c1\"}")));
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1")).inScenario("update").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withHeader("Content-Type", "application/json")
            .withBody("{\"id\":\"c1\",\"status\":\"updating\"}")).willSetStateTo("done"));
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1")).inScenario("update").whenScenarioStateIs("done")
        .willReturn(aResponse().withHeader("Content-Type", "application/json")
            .withBody("{\"id\":\"c1\",\"status\":\"provisioned\"}")));

    WaitOutcome<Customer> outcome = client.customers()
        .updateAndWaitAsync("c1", TestData.customerUpdate(), null, null).join();

    assertEquals("c1", outcome.orThrow().getId());
    assertEquals(3, requests().size(), "PUT, a read seeing updating, a read seeing it done");
    assertEquals(List.of(), recording.sleptOn, "the wait between polls was scheduled");
  }

  @Test
  void subscriberUpdateAndWaitAsyncJudgesTheSubscriber() {
    wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(urlPathEqualTo("/v1/wholesale/subscribers/s1"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(TestData.SUBSCRIBER_JSON)));
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/subscribers/s1")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(TestData.SUBSCRIBER_JSON)));

    WaitOutcome<Subscriber> outcome = client.subscribers()
        .updateAndWaitAsync("s1", TestData.subscriberUpdate(), null, null).join();

    assertEquals("c3ViLTE=", outcome.orThrow().getId());
  }
}
