package dev.webexwholesale.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.webexwholesale.client.ProvisioningAccepted;
import dev.webexwholesale.client.errors.LockedException;
import dev.webexwholesale.client.errors.RateLimitedException;
import dev.webexwholesale.client.errors.ServiceUnavailableException;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerPrecheckRequest;
import dev.webexwholesale.model.CustomerUpdateRequest;
import dev.webexwholesale.model.Subscriber;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 429 storms and 503 bursts: what is replayed, how long the client waits, what it finally throws. */
class RateLimitsAndOutagesTest extends FaultTestBase {
  private static final String RATE_LIMITED = "{\"message\":\"Too Many Requests\",\"trackingId\":\"ROUTER_429\"}";
  private static final String UNAVAILABLE = "{\"message\":\"Service Unavailable\",\"errors\":[{\"errorCode\":503001,"
      + "\"description\":\"Try again later\"}],\"trackingId\":\"ROUTER_503\"}";

  @Test
  void a429StormLongerThanMaxAttemptsEndsInRateLimitedWithRetryAfter() {
    wm.stubFor(any(anyUrl()).willReturn(rateLimited("7")));

    RateLimitedException e = assertThrows(RateLimitedException.class, () -> client.customers().get(CUSTOMER_ID));

    assertEquals(MAX_ATTEMPTS, requestCount());
    assertEquals(seconds(7, 7), time.sleeps(), "Retry-After honoured, not the exponential backoff");
    assertEquals(429, e.statusCode());
    assertEquals(Duration.ofSeconds(7), e.retryAfter().orElseThrow());
    assertEquals("ROUTER_429", e.trackingId());
    assertEquals(RATE_LIMITED, e.rawBody());
    assertEquals("HTTP 429 Too Many Requests: Too Many Requests after 3 attempts; the server asked to retry after 7 s"
        + " (trackingId ROUTER_429)", e.getMessage());
    assertTrue(e.isRetryable());
    assertNoToken(e);
  }

  @Test
  void a429StormOnAProvisionIsAlsoReplayedBecauseNothingWasProcessed() {
    wm.stubFor(any(anyUrl()).willReturn(rateLimited("3")));

    RateLimitedException e = assertThrows(RateLimitedException.class,
        () -> client.customers().provision(Operations.customerProvision()));

    assertEquals(MAX_ATTEMPTS, requestCount());
    assertEquals(seconds(3, 3), time.sleeps());
    assertEquals("POST", e.method());
  }

  @Test
  void aRetryAfterLongerThanTheCapEndsTheCallAtOnceAndIsReportedAsSent() {
    wm.stubFor(any(anyUrl()).willReturn(rateLimited("3600")));

    RateLimitedException e = assertThrows(RateLimitedException.class, () -> client.subscribers().get(SUBSCRIBER_ID));

    assertEquals(1, requestCount(), "coming back before the requested hour would not honour it");
    assertEquals(List.of(), time.sleeps());
    assertEquals(Duration.ofHours(1), e.retryAfter().orElseThrow(), "the caller sees what the server asked for");
  }

  @Test
  void a429WithoutRetryAfterFallsBackToTheExponentialBackoff() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429).withBody(RATE_LIMITED)));

    RateLimitedException e = assertThrows(RateLimitedException.class, () -> client.customers().get(CUSTOMER_ID));

    assertEquals(seconds(1, 2), time.sleeps());
    assertTrue(e.retryAfter().isEmpty());
  }

  @Test
  void a429ThenAcceptedProvisionSucceedsWithTwoRequests() {
    burst(1, rateLimited("2"), aResponse().withStatus(202).withHeader("Content-Type", "application/json")
        .withHeader("Location", "https://webexapis.com/v1/wholesale/customers/bmV3")
        .withBody("{\"url\":\"https://webexapis.com/v1/wholesale/customers/bmV3\"}"));

    ProvisioningAccepted accepted = client.customers().provision(Operations.customerProvision());

    assertEquals("bmV3", accepted.id());
    assertEquals(2, requestCount(), "the server refused the first POST before processing it");
    assertEquals(seconds(2), time.sleeps());
  }

  @Test
  void a423LockThenSuccessOnASubscriberProvisionIsReplayedOnce() {
    burst(1, aResponse().withStatus(423).withHeader("Retry-After", "4").withBody("{\"message\":\"Locked\"}"),
        aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"id\":\"c3ViLTE\"}"));

    Subscriber s = client.subscribers().provision(Operations.subscriberProvision());

    assertEquals("c3ViLTE", s.getId());
    assertEquals(2, requestCount());
    assertEquals(seconds(4), time.sleeps());
  }

  @Test
  void a423StormOnAProvisionEndsInLocked() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(423).withHeader("Retry-After", "1")));

    LockedException e = assertThrows(LockedException.class,
        () -> client.subscribers().provision(Operations.subscriberProvision()));

    assertEquals(MAX_ATTEMPTS, requestCount());
    assertEquals("HTTP 423 Locked: (empty body) after 3 attempts; the server asked to retry after 1 s", e.getMessage());
  }

  @Test
  void a503BurstOfTwoThen200OnGetSucceedsWithThreeRequests() {
    burst(2, unavailable(), aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"id\":\"" + CUSTOMER_ID + "\",\"status\":\"provisioned\"}"));

    Customer c = client.customers().get(CUSTOMER_ID);

    assertEquals(CUSTOMER_ID, c.getId());
    assertEquals(3, requestCount());
    assertEquals(seconds(1, 2), time.sleeps());
  }

  @Test
  void a503BurstOfTwoThenAcceptedOnAProvisionFailsAfterOneRequest() {
    burst(2, unavailable(), aResponse().withStatus(202).withBody("{\"url\":\"https://x/customers/bmV3\"}"));

    ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
        () -> client.customers().provision(Operations.customerProvision()));

    assertEquals(1, requestCount(), "a 503 may come after the work was done");
    assertEquals(List.of(), time.sleeps());
    assertEquals(503, e.statusCode());
    assertEquals(List.of(503001L), e.errorCodes());
    assertEquals("ROUTER_503", e.trackingId());
    assertEquals(UNAVAILABLE, e.rawBody());
    assertFalse(e.isRetryable());
  }

  @Test
  void a503WithRetryAfterZeroOnAPrecheckIsNotReplayedByOkHttpEither() {
    wm.stubFor(any(anyUrl()).willReturn(unavailable().withHeader("Retry-After", "0")));

    assertThrows(ServiceUnavailableException.class,
        () -> client.customers().precheck(new CustomerPrecheckRequest().address(new dev.webexwholesale.model.Address().addressLine1("1 Main St").city("Milpitas").country("US"))));

    assertEquals(1, requestCount());
  }

  @Test
  void a503BurstLongerThanMaxAttemptsOnAnUpdateEndsInServiceUnavailable() {
    wm.stubFor(any(anyUrl()).willReturn(unavailable().withHeader("Retry-After", "5")));

    ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class, () -> client.customers()
        .update(CUSTOMER_ID, new CustomerUpdateRequest().externalId("ext-2").addPackagesItem(dev.webexwholesale.model.WholesalePackagesCustomer.WEBEX_CALLING)));

    assertEquals(MAX_ATTEMPTS, requestCount(), "PUT is idempotent");
    assertEquals(seconds(5, 5), time.sleeps());
    assertEquals("PUT", e.method());
  }

  private static ResponseDefinitionBuilder rateLimited(String retryAfter) {
    return aResponse().withStatus(429).withHeader("Content-Type", "application/json")
        .withHeader("Retry-After", retryAfter).withBody(RATE_LIMITED);
  }

  private static ResponseDefinitionBuilder unavailable() {
    return aResponse().withStatus(503).withHeader("Content-Type", "application/json").withBody(UNAVAILABLE);
  }

  /** {@code failures} times the failure, then the final answer for good. */
  private void burst(int failures, ResponseDefinitionBuilder failure, ResponseDefinitionBuilder then) {
    String state = Scenario.STARTED;
    for (int i = 1; i <= failures; i++) {
      String next = "failed " + i;
      wm.stubFor(any(anyUrl()).inScenario("burst").whenScenarioStateIs(state).willReturn(failure)
          .willSetStateTo(next));
      state = next;
    }
    wm.stubFor(any(anyUrl()).inScenario("burst").whenScenarioStateIs(state).willReturn(then));
  }
}
