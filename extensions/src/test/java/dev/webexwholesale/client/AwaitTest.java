package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.webexwholesale.client.errors.ForbiddenException;
import dev.webexwholesale.client.waiter.WaitOptions;
import dev.webexwholesale.client.errors.WholesaleException;
import dev.webexwholesale.client.retry.RetryPolicy;
import dev.webexwholesale.client.waiter.PollEvent;
import dev.webexwholesale.client.waiter.ProvisioningFailedException;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.waiter.WaitTimeoutException;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.client.retry.Backoff;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.Subscriber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import dev.webexwholesale.testing.FakeTime;

/** The waiter wired into the resources: real HTTP polls, fake time. */
class AwaitTest extends WireMockTestBase {
  private static final WaiterConfig STEADY = WaiterConfig.builder().backoff(Backoff.fixed(Duration.ofSeconds(2)))
      .maxTime(Duration.ofMinutes(1)).build();


  private WholesaleClient timedClient() {
    return clientBuilder().retryPolicy(RetryPolicy.builder().backoff(RetryPolicy.DEFAULT_BACKOFF.withJitter(0)).maxAttempts(1).build()).waiterConfig(STEADY).build();
  }

  private static String customer(String status) {
    return "{\"id\":\"Y3VzdC0x\",\"status\":\"" + status + "\",\"resourceDetails\":{\"packages\":[{\"name\":\"webex_calling\","
        + "\"status\":\"error\",\"errors\":[{\"errorCode\":4003,\"description\":\"No numbers\"}]}]}}";
  }

  /** GET answers walk through the given bodies, the last one repeating. */
  private void statuses(String path, String... bodies) {
    String state = Scenario.STARTED;
    for (int i = 0; i < bodies.length; i++) {
      String next = i == bodies.length - 1 ? state : "s" + (i + 1);
      wm.stubFor(get(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs(state)
          .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(bodies[i]))
          .willSetStateTo(next));
      state = next;
    }
  }

  @Test
  void provisionAndWaitPostsOnceThenPollsUntilProvisioned() {
    wm.stubFor(post(urlEqualTo("/v1/wholesale/customers")).willReturn(aResponse().withStatus(202)
        .withHeader("Location", baseUrl() + "/wholesale/customers/Y3VzdC0x").withBody("{}")));
    statuses("/v1/wholesale/customers/Y3VzdC0x", customer("provisioning"), customer("provisioning"), "{\"id\":\"Y3VzdC0x\",\"status\":\"provisioned\"}");
    List<PollEvent> events = new ArrayList<>();

    try (WholesaleClient c = timedClient()) {
      WaitOutcome<Customer> outcome = c.customers().provisionAndWait(TestData.customerProvision(), null, events::add);

      assertTrue(outcome.isSuccess(), outcome.describe());
      assertEquals(3, outcome.attempts());
      assertEquals("Y3VzdC0x", outcome.orThrow().getId());
    }
    wm.verify(1, postRequestedFor(urlEqualTo("/v1/wholesale/customers")));
    wm.verify(3, getRequestedFor(urlPathEqualTo("/v1/wholesale/customers/Y3VzdC0x")));
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), time.sleeps());
    assertEquals(List.of("provisioning", "provisioning", "provisioned"), events.stream().map(e -> e.status().orElse("?")).toList());
  }

  @Test
  void failureCarriesPackageErrorsAndIsAWholesaleException() {
    statuses("/v1/wholesale/customers/Y3VzdC0x", customer("provisioned_with_errors"));
    try (WholesaleClient c = timedClient()) {
      WaitOutcome<Customer> outcome = c.customers().awaitProvisioned("Y3VzdC0x");

      assertEquals(WaitOutcome.Kind.FAILED, outcome.kind());
      ProvisioningFailedException e = assertThrows(ProvisioningFailedException.class, outcome::orThrow);
      assertInstanceOf(WholesaleException.class, e);
      assertTrue(e.getMessage().contains("4003"), e.getMessage());
      assertEquals(List.of(4003L), outcome.problems().get(0).errors().stream().map(x -> x.getErrorCode()).toList());
    }
  }

  @Test
  void serverRetryAfterOnAPollStretchesTheNextDelay() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/Y3VzdC0x")).inScenario("ra").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withHeader("Retry-After", "7").withBody("{\"status\":\"provisioning\"}")).willSetStateTo("done"));
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/Y3VzdC0x")).inScenario("ra").whenScenarioStateIs("done")
        .willReturn(aResponse().withBody("{\"status\":\"provisioned\"}")));
    try (WholesaleClient c = timedClient()) {
      assertTrue(c.customers().awaitProvisioned("Y3VzdC0x").isSuccess());
    }
    assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
  }

  @Test
  void aTransientFailureWhilePollingDoesNotEndTheWait() {
    statuses("/v1/wholesale/customers/Y3VzdC0x", customer("provisioning"));
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/Y3VzdC0x")).inScenario("/v1/wholesale/customers/Y3VzdC0x")
        .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "5"))
        .willSetStateTo("up"));
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/Y3VzdC0x")).inScenario("/v1/wholesale/customers/Y3VzdC0x")
        .whenScenarioStateIs("up").willReturn(aResponse().withBody("{\"status\":\"provisioned\"}")));
    try (WholesaleClient c = timedClient()) {
      WaitOutcome<Customer> outcome = c.customers().awaitProvisioned("Y3VzdC0x");
      assertTrue(outcome.isSuccess(), outcome.describe());
      assertEquals(2, outcome.attempts());
    }
    assertEquals(List.of(Duration.ofSeconds(5)), time.sleeps());
  }

  @Test
  void aNonTransientFailureEndsTheWaitWithTheTypedException() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/hidden")).willReturn(aResponse().withStatus(403)
        .withBody("{\"message\":\"Not allowed\",\"errors\":[{\"errorCode\":4030}],\"trackingId\":\"T1\"}")));
    try (WholesaleClient c = timedClient()) {
      ForbiddenException e = assertThrows(ForbiddenException.class, () -> c.customers().awaitProvisioned("hidden"));
      assertEquals("T1", e.trackingId());
    }
  }

  /** One provisioned waiter: a 404 is "not visible yet" within the declared grace, then the wait fails as gone. */
  @Test
  void awaitProvisionedToleratesA404OnlyWithinTheGrace() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/gone")).willReturn(aResponse().withStatus(404)
        .withBody("{\"message\":\"Customer not found\",\"trackingId\":\"T1\"}")));
    try (WholesaleClient c = timedClient()) {
      WaitOutcome<Customer> outcome = c.customers().awaitProvisioned("gone");
      assertEquals(WaitOutcome.Kind.FAILED, outcome.kind(), outcome.describe());
      assertTrue(outcome.isGone(), outcome.describe());
      assertTrue(outcome.elapsed().compareTo(Duration.ofSeconds(30)) >= 0, outcome.describe());
      assertTrue(outcome.attempts() > 1, outcome.describe());

      WaitOutcome<Customer> noGrace = c.customers().awaitProvisioned("gone",
          WaitOptions.builder().grace(Duration.ZERO).build());
      assertEquals(WaitOutcome.Kind.FAILED, noGrace.kind(), noGrace.describe());
      assertEquals(1, noGrace.attempts(), noGrace.describe());
    }
  }

  @Test
  void removeAndWaitSucceedsOnceTheCustomerAnswers404() {
    wm.stubFor(delete(urlPathEqualTo("/v1/wholesale/customers/Y3VzdC0x")).willReturn(aResponse().withStatus(202)));
    statuses("/v1/wholesale/customers/Y3VzdC0x", customer("deleting"), "{\"message\":\"gone\"}");
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/Y3VzdC0x")).inScenario("/v1/wholesale/customers/Y3VzdC0x")
        .whenScenarioStateIs("s1").willReturn(aResponse().withStatus(404).withBody("{\"message\":\"Customer not found\"}")));
    try (WholesaleClient c = timedClient()) {
      WaitOutcome<Customer> outcome = c.customers().removeAndWait("Y3VzdC0x", null, null);
      assertTrue(outcome.isSuccess(), outcome.describe());
      assertTrue(outcome.isGone());
    }
  }

  @Test
  void timeoutReportsTheLastStatusSeen() {
    statuses("/v1/wholesale/customers/Y3VzdC0x", customer("provisioning"));
    try (WholesaleClient c = timedClient()) {
      WaitOutcome<Customer> outcome = c.customers().awaitProvisioned("Y3VzdC0x",
          STEADY.toBuilder().maxTime(Duration.ofSeconds(9)).build(), null);
      assertEquals(WaitOutcome.Kind.TIMED_OUT, outcome.kind());
      assertEquals("provisioning", outcome.status().orElseThrow());
      assertThrows(WaitTimeoutException.class, outcome::orThrow);
    }
    assertEquals(Duration.ofSeconds(9), time.sleeps().stream().reduce(Duration.ZERO, Duration::plus));
  }

  @Test
  void subscriberHoldStopsAtOnce() {
    statuses("/v1/wholesale/subscribers/c3ViLTE=", "{\"id\":\"c3ViLTE=\",\"status\":\"pending_user_migration\"}");
    try (WholesaleClient c = timedClient()) {
      WaitOutcome<Subscriber> outcome = c.subscribers().awaitProvisioned("c3ViLTE=");
      assertEquals(WaitOutcome.Kind.ON_HOLD, outcome.kind());
      assertEquals(1, outcome.attempts());
      assertTrue(outcome.remedy().orElseThrow().contains("sendConsentEmail"));
    }
    assertFalse(time.sleeps().iterator().hasNext());
  }

  @Test
  void asyncAwaitCompletesWithTheOutcome() throws Exception {
    statuses("/v1/wholesale/subscribers/s1", "{\"id\":\"s1\",\"status\":\"provisioned\"}");
    try (WholesaleClient c = timedClient()) {
      assertTrue(c.subscribers().awaitProvisionedAsync("s1").get().isSuccess());
    }
  }

  @Test
  void blankIdsFailBeforeAnyRequest() {
    assertThrows(IllegalArgumentException.class, () -> client.customers().awaitProvisioned(" "));
    assertThrows(IllegalArgumentException.class, () -> client.subscribers().awaitProvisioned(null));
    assertEquals(0, requests().size());
  }
}
