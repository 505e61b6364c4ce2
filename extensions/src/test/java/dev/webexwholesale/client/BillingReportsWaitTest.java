package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.webexwholesale.client.errors.AcceptedWithoutIdException;
import dev.webexwholesale.client.retry.Backoff;
import dev.webexwholesale.client.retry.RetryPolicy;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.model.CreateBillingReportRequest;
import dev.webexwholesale.model.Report;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The declared billing waiter (openapi/overlays/51-billing.yaml) as generated: real HTTP polls, fake time. */
class BillingReportsWaitTest extends WireMockTestBase {
  private static final String PATH = "/v1/wholesale/billing/reports/r1";

  private WholesaleClient client() {
    return clientBuilder().retryPolicy(RetryPolicy.builder().maxAttempts(1).build())
        .waiterConfig(WaiterConfig.builder().backoff(Backoff.fixed(Duration.ofSeconds(2)))
            .maxTime(Duration.ofMinutes(1)).build()).build();
  }

  private static String report(String status) {
    return "{\"id\":\"r1\",\"status\":\"" + status + "\",\"errors\":[{\"code\":2100,\"description\":\"No usage\"}]}";
  }

  /** GET answers walk through the given bodies, the last one repeating. */
  private void statuses(String... bodies) {
    String state = Scenario.STARTED;
    for (int i = 0; i < bodies.length; i++) {
      String next = i == bodies.length - 1 ? state : "s" + (i + 1);
      wm.stubFor(get(urlPathEqualTo(PATH)).inScenario("r").whenScenarioStateIs(state)
          .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(bodies[i]))
          .willSetStateTo(next));
      state = next;
    }
  }

  private static CreateBillingReportRequest december() {
    return new CreateBillingReportRequest().billingStartDate("2025-12-01").billingEndDate("2025-12-31");
  }

  @Test
  void anUnknownStatusOrAnotherSpellingKeepsWaitingAndOnlyCompletedSucceeds() {
    statuses(report("IN_PROGRESS"), report("QUEUED"), report("completed"), report("COMPLETED"));
    try (WholesaleClient c = client()) {
      WaitOutcome<Report> outcome = c.billingReports().awaitCompleted("r1");
      assertTrue(outcome.isSuccess(), outcome.describe());
      assertEquals(4, outcome.attempts());
      assertEquals("COMPLETED", outcome.status().orElseThrow());
      assertEquals("r1", outcome.resourceId().orElseThrow());
    }
  }

  @Test
  void failedKeepsTheReportAndItsErrorsAndIsNeverASuccess() {
    statuses(report("IN_PROGRESS"), report("FAILED"));
    try (WholesaleClient c = client()) {
      WaitOutcome<Report> outcome = c.billingReports().awaitCompleted("r1");
      assertEquals(WaitOutcome.Kind.FAILED, outcome.kind(), outcome.describe());
      assertFalse(outcome.isGone());
      assertEquals("No usage", outcome.resource().orElseThrow().getErrors().get(0).getDescription());
    }
  }

  @Test
  void aDeletedReportEndsTheWaitAsGone() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Billing Report not found.\"}")));
    try (WholesaleClient c = client()) {
      WaitOutcome<Report> outcome = c.billingReports().awaitCompleted("r1");
      assertEquals(WaitOutcome.Kind.FAILED, outcome.kind(), outcome.describe());
      assertTrue(outcome.isGone());
    }
  }

  @Test
  void createAndWaitPostsOnceThenFollowsTheAnsweredId() {
    wm.stubFor(post(urlEqualTo("/v1/wholesale/billing/reports")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody("{\"id\":\"r1\"}")));
    statuses(report("IN_PROGRESS"), report("COMPLETED"));
    try (WholesaleClient c = client()) {
      assertEquals("r1", c.billingReports().createAndWait(december()).orThrow().getId());
    }
    wm.verify(1, postRequestedFor(urlEqualTo("/v1/wholesale/billing/reports")));
    wm.verify(2, getRequestedFor(urlPathEqualTo(PATH)));
  }

  @Test
  void anAnswerWithoutIdIsTypedAndNothingIsPolledOrResent() {
    wm.stubFor(post(urlEqualTo("/v1/wholesale/billing/reports")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody("{}")));
    try (WholesaleClient c = client()) {
      assertThrows(AcceptedWithoutIdException.class, () -> c.billingReports().createAndWait(december()));
    }
    wm.verify(1, postRequestedFor(urlEqualTo("/v1/wholesale/billing/reports")));
    wm.verify(0, getRequestedFor(urlPathEqualTo(PATH)));
  }
}
