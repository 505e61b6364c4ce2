package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.webexwholesale.client.AttemptEvent.Decision;
import dev.webexwholesale.client.errors.BadRequestException;
import dev.webexwholesale.client.errors.InternalServerErrorException;
import dev.webexwholesale.client.errors.TransportException;
import dev.webexwholesale.client.retry.Backoff;
import dev.webexwholesale.client.retry.RetryPolicy;
import dev.webexwholesale.client.waiter.PollEvent;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.waiter.WaitState;
import dev.webexwholesale.client.waiter.WaiterConfig;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 9: the metrics hook sees every attempt and every wait, measured with the injected time. */
class MetricsListenerTest extends WireMockTestBase {
  private static final String CUSTOMER = "/v1/wholesale/customers/c1";
  private static final WaiterConfig STEADY = WaiterConfig.builder().backoff(Backoff.fixed(Duration.ofSeconds(2))).build();

  /** Records everything it is told. */
  static final class Recorder implements MetricsListener {
    final List<AttemptEvent> attempts = new CopyOnWriteArrayList<>();
    final List<PollEvent> polls = new CopyOnWriteArrayList<>();
    final List<WaitEvent> waits = new CopyOnWriteArrayList<>();

    @Override
    public void onAttempt(AttemptEvent event) {
      attempts.add(event);
    }

    @Override
    public void onPoll(PollEvent event) {
      polls.add(event);
    }

    @Override
    public void onWaitEnd(WaitEvent event) {
      waits.add(event);
    }
  }

  private final Recorder recorder = new Recorder();

  private WholesaleClient recorded(WholesaleClient.Builder b) {
    client.close();
    client = b.metricsListener(recorder).build();
    return client;
  }

  @Test
  void aSuccessIsOneAttemptWithTheOperationName() {
    wm.stubFor(get(urlPathEqualTo(CUSTOMER)).willReturn(okJson(TestData.CUSTOMER_JSON)));
    recorded(clientBuilder());

    client.onBehalfOf("sub-1").customers().get("c1");

    assertEquals(List.of(new AttemptEvent("getCustomer", "GET", CUSTOMER, 1, OptionalInt.of(200), Optional.empty(),
        Duration.ZERO, Decision.SUCCESS, Optional.empty())), recorder.attempts);
  }

  @Test
  void aRetried429CarriesTheRetryDecisionAndTheServersDelay() {
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")).willSetStateTo("ok"));
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs("ok").willReturn(okJson(TestData.CUSTOMER_JSON)));
    recorded(clientBuilder());

    client.customers().get("c1");

    assertEquals(List.of(
        new AttemptEvent("getCustomer", "GET", CUSTOMER, 1, OptionalInt.of(429), Optional.empty(), Duration.ZERO,
            Decision.RETRY, Optional.of(Duration.ofSeconds(3))),
        new AttemptEvent("getCustomer", "GET", CUSTOMER, 2, OptionalInt.of(200), Optional.empty(), Duration.ZERO,
            Decision.SUCCESS, Optional.empty())), recorder.attempts);
  }

  @Test
  void aPostAnswered500IsNotRetriedAndSaysStop() {
    wm.stubFor(post(urlPathEqualTo("/v1/wholesale/customers")).willReturn(aResponse().withStatus(500)));
    recorded(clientBuilder());

    assertThrows(InternalServerErrorException.class, () -> client.customers().provision(TestData.customerProvision()));

    assertEquals(List.of(new AttemptEvent("provisionCustomer", "POST", "/v1/wholesale/customers", 1,
        OptionalInt.of(500), Optional.empty(), Duration.ZERO, Decision.STOP, Optional.empty())), recorder.attempts);
  }

  @Test
  void aTransportFailureHasNoStatusButItsType() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    recorded(clientBuilder().retryPolicy(RetryPolicy.builder().maxAttempts(2)
        .backoff(RetryPolicy.DEFAULT_BACKOFF.withJitter(0)).build()));

    assertThrows(TransportException.class, () -> client.customers().get("c1"));

    assertEquals(2, recorder.attempts.size(), recorder.attempts.toString());
    AttemptEvent first = recorder.attempts.get(0);
    assertEquals(OptionalInt.empty(), first.status());
    assertTrue(first.failure().orElseThrow().endsWith("Exception"), first.toString());
    assertEquals(Decision.RETRY, first.decision());
    assertEquals(Optional.of(Duration.ofSeconds(1)), first.delay());
    AttemptEvent last = recorder.attempts.get(1);
    assertEquals(2, last.attempt());
    assertEquals(Decision.STOP, last.decision());
    assertTrue(last.failure().isPresent() && last.status().isEmpty(), last.toString());
  }

  @Test
  void durationIsMeasuredWithTheInjectedTime() {
    wm.stubFor(any(anyUrl()).willReturn(okJson(TestData.CUSTOMER_JSON)));
    recorded(clientBuilder().rateLimit(4));

    client.customers().get("c1");
    client.customers().get("c1");

    // The second attempt waits its turn of the pacer inside the attempt: 250 ms of fake time.
    assertEquals(List.of(Duration.ZERO, Duration.ofMillis(250)),
        recorder.attempts.stream().map(AttemptEvent::duration).collect(Collectors.toList()));
  }

  @Test
  void aWaitReportsEachPollAndItsOutcome() {
    String path = "/v1/wholesale/customers/Y3VzdC0x";
    wm.stubFor(get(urlPathEqualTo(path)).inScenario("w").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"id\":\"Y3VzdC0x\",\"status\":\"provisioning\"}")).willSetStateTo("2"));
    wm.stubFor(get(urlPathEqualTo(path)).inScenario("w").whenScenarioStateIs("2")
        .willReturn(okJson("{\"id\":\"Y3VzdC0x\",\"status\":\"provisioning\"}")).willSetStateTo("3"));
    wm.stubFor(get(urlPathEqualTo(path)).inScenario("w").whenScenarioStateIs("3")
        .willReturn(okJson("{\"id\":\"Y3VzdC0x\",\"status\":\"provisioned\"}")));
    recorded(clientBuilder());
    List<PollEvent> own = new CopyOnWriteArrayList<>();

    client.customers().awaitProvisioned("Y3VzdC0x", STEADY, own::add);

    assertEquals(own, recorder.polls, "a per-call listener does not take the metrics' place");
    assertEquals(List.of(WaitState.RETRY, WaitState.RETRY, WaitState.SUCCESS),
        recorder.polls.stream().map(PollEvent::state).collect(Collectors.toList()));
    assertEquals(List.of(1, 2, 3), recorder.polls.stream().map(PollEvent::attempt).collect(Collectors.toList()));
    assertEquals(List.of(Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(4)),
        recorder.polls.stream().map(PollEvent::elapsed).collect(Collectors.toList()));
    assertEquals(List.of(new WaitEvent("customer", Optional.of("Y3VzdC0x"), Optional.of(WaitOutcome.Kind.SUCCEEDED),
        Optional.empty(), 3, Optional.of("provisioned"), Duration.ofSeconds(4))), recorder.waits);
    assertEquals(3, recorder.attempts.size(), "each poll is one attempt");
    assertTrue(recorder.attempts.stream().allMatch(a -> a.operation().equals("getCustomer")
        && a.decision() == Decision.SUCCESS));
  }

  @Test
  void aWaitEndingWithAnExceptionReportsItsType() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/Y3VzdC0x")).willReturn(aResponse().withStatus(400)));
    recorded(clientBuilder());

    assertThrows(BadRequestException.class, () -> client.customers().awaitProvisioned("Y3VzdC0x", STEADY, null));

    assertEquals(List.of(new WaitEvent("customer", Optional.empty(), Optional.empty(),
        Optional.of("BadRequestException"), 1, Optional.empty(), Duration.ZERO)), recorder.waits);
    assertEquals(Decision.STOP, recorder.attempts.get(0).decision());
  }

  @Test
  void anAsynchronousWaitReportsLikeABlockingOne() throws Exception {
    String path = "/v1/wholesale/customers/Y3VzdC0x";
    wm.stubFor(get(urlPathEqualTo(path)).inScenario("w").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"id\":\"Y3VzdC0x\",\"status\":\"provisioning\"}")).willSetStateTo("done"));
    wm.stubFor(get(urlPathEqualTo(path)).inScenario("w").whenScenarioStateIs("done")
        .willReturn(okJson("{\"id\":\"Y3VzdC0x\",\"status\":\"provisioned\"}")));
    recorded(clientBuilder());

    client.customers().awaitProvisionedAsync("Y3VzdC0x", STEADY, null).get(30, java.util.concurrent.TimeUnit.SECONDS);

    assertEquals(2, recorder.polls.size());
    assertEquals(List.of(new WaitEvent("customer", Optional.of("Y3VzdC0x"), Optional.of(WaitOutcome.Kind.SUCCEEDED),
        Optional.empty(), 2, Optional.of("provisioned"), Duration.ofSeconds(2))), recorder.waits);
  }

  @Test
  void anInterruptedWaitEndsWithItsOutcome() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/Y3VzdC0x"))
        .willReturn(okJson("{\"id\":\"Y3VzdC0x\",\"status\":\"provisioning\"}")));
    recorded(clientBuilder().time(new dev.webexwholesale.testing.InterruptingTime()));

    assertThrows(dev.webexwholesale.client.waiter.WaitInterruptedException.class,
        () -> client.customers().awaitProvisioned("Y3VzdC0x", STEADY, null));
    Thread.interrupted(); // the wait restored the flag; clear it for the next test

    assertEquals(List.of(new WaitEvent("customer", Optional.of("Y3VzdC0x"), Optional.of(WaitOutcome.Kind.INTERRUPTED),
        Optional.empty(), 1, Optional.of("provisioning"), Duration.ZERO)), recorder.waits);
  }

  @Test
  void aListenerThatThrowsNeverChangesTheResult() throws Exception {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/Y3VzdC0x"))
        .willReturn(okJson("{\"id\":\"Y3VzdC0x\",\"status\":\"provisioned\"}")));
    wm.stubFor(post(urlPathEqualTo("/v1/wholesale/customers")).willReturn(aResponse().withStatus(202)
        .withHeader("Location", baseUrl() + "/wholesale/customers/Y3VzdC0x")));
    MetricsListener broken = new MetricsListener() {
      @Override
      public void onAttempt(AttemptEvent event) {
        throw new IllegalStateException("metrics backend down");
      }

      @Override
      public void onPoll(PollEvent event) {
        throw new IllegalStateException("metrics backend down");
      }

      @Override
      public void onWaitEnd(WaitEvent event) {
        throw new IllegalStateException("metrics backend down");
      }
    };
    client.close();
    client = clientBuilder().metricsListener(broken).build();
    List<Throwable> handled = new CopyOnWriteArrayList<>();
    Thread t = Thread.currentThread();
    Thread.UncaughtExceptionHandler previous = t.getUncaughtExceptionHandler();
    t.setUncaughtExceptionHandler((thread, e) -> handled.add(e));
    try {
      assertEquals("Y3VzdC0x", client.customers().get("Y3VzdC0x").getId());
      assertEquals("Y3VzdC0x", client.customers().provision(TestData.customerProvision()).id());
      assertTrue(client.customers().awaitProvisioned("Y3VzdC0x", STEADY, null).isSuccess());
    } finally {
      t.setUncaughtExceptionHandler(previous);
    }
    assertEquals(1, requests().stream().filter(r -> r.getMethod().getName().equals("POST")).count(),
        "the provision was not replayed");
    // get, provision, one poll's attempt, the poll, the wait's end
    assertEquals(5, handled.size(), handled.toString());
    assertTrue(handled.stream().allMatch(e -> "metrics backend down".equals(e.getMessage())));
  }
}
