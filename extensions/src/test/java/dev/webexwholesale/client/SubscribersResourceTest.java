package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.waiter.ProvisioningOnHoldException;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.model.ProvisioningPreCheckResponse;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberStatus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SubscribersResourceTest extends WireMockTestBase {

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  @Test
  void getDecodesDateTimes() {
    wm.stubFor(get(urlEqualTo("/v1/wholesale/subscribers/c3ViLTE=")).willReturn(json(200, TestData.SUBSCRIBER_JSON)));

    Subscriber s = client.subscribers().get("c3ViLTE=");

    assertEquals(SubscriberStatus.PROVISIONED, s.getStatus());
    assertEquals(OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 0, ZoneOffset.UTC), s.getCreated());
  }

  @Test
  void provisionPostsAndReturnsTheSubscriber() {
    wm.stubFor(post(urlEqualTo("/v1/wholesale/subscribers")).willReturn(json(200, TestData.SUBSCRIBER_JSON)));

    Subscriber s = client.subscribers().provision(TestData.subscriberProvision());

    assertEquals("c3ViLTE=", s.getId());
    wm.verify(postRequestedFor(urlEqualTo("/v1/wholesale/subscribers")).withRequestBody(equalToJson(
        "{\"customerId\":\"Y3VzdC0x\",\"email\":\"ann@example.com\",\"packages\":[\"webex_calling\"],"
        + "\"provisioningParameters\":{\"extension\":\"7209\"}}")));
  }

  @Test
  void updatePutsThePackages() {
    wm.stubFor(put(urlEqualTo("/v1/wholesale/subscribers/s1")).willReturn(json(200, TestData.SUBSCRIBER_JSON)));

    client.subscribers().update("s1", TestData.subscriberUpdate());

    wm.verify(putRequestedFor(urlEqualTo("/v1/wholesale/subscribers/s1"))
        .withRequestBody(equalToJson("{\"packages\":[\"webex_suite\"]}")));
  }

  @Test
  void removeAccepts204() {
    wm.stubFor(delete(urlEqualTo("/v1/wholesale/subscribers/s1")).willReturn(aResponse().withStatus(204)));

    client.subscribers().remove("s1");

    assertEquals("DELETE", requests().get(0).getMethod().getName());
  }

  @Test
  void precheckPostsToValidate() {
    wm.stubFor(post(urlEqualTo("/v1/wholesale/subscribers/validate")).willReturn(json(200,
        "{\"message\":\"success\",\"info\":[{\"infoCode\":100,\"description\":\"Provisioning is likely\"}]}")));

    ProvisioningPreCheckResponse r = client.subscribers().precheck(TestData.subscriberPrecheck());

    assertEquals("success", r.getMessage());
    wm.verify(postRequestedFor(urlEqualTo("/v1/wholesale/subscribers/validate"))
        .withRequestBody(equalToJson("{\"email\":\"ann@example.com\",\"packages\":[\"webex_calling\"]}")));
  }

  @Test
  void listSendsEveryFilterWithRfc3339DateTimes() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/subscribers"))
        .willReturn(json(200, "{\"items\":[" + TestData.SUBSCRIBER_JSON + "]}")));

    List<Subscriber> all = client.subscribers().list(SubscriberListParams.builder()
        .max(100).offset(5).customerId("Y3VzdC0x").personId("p1").externalCustomerId("ext-1")
        .email("ann+1@example.com").status(SubscriberStatus.PENDING_USER_MIGRATION)
        .after(OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC))
        .lastStatusChange(OffsetDateTime.of(2024, 2, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2)))
        .sortBy("created").sortOrder("DESC").build()).stream().collect(Collectors.toList());

    assertEquals(1, all.size());
    wm.verify(getRequestedFor(urlPathEqualTo("/v1/wholesale/subscribers"))
        .withQueryParam("max", equalTo("100"))
        .withQueryParam("offset", equalTo("5"))
        .withQueryParam("customerId", equalTo("Y3VzdC0x"))
        .withQueryParam("personId", equalTo("p1"))
        .withQueryParam("externalCustomerId", equalTo("ext-1"))
        .withQueryParam("email", equalTo("ann+1@example.com"))
        .withQueryParam("status", equalTo("pending_user_migration"))
        .withQueryParam("after", equalTo("2024-01-01T10:00:00Z"))
        .withQueryParam("lastStatusChange", equalTo("2024-02-01T00:00:00+02:00"))
        .withQueryParam("sortBy", equalTo("created"))
        .withQueryParam("sortOrder", equalTo("DESC")));
  }

  @Test
  void sendConsentEmailPostsToTheConsentMovePathWithoutBody() {
    wm.stubFor(post(urlEqualTo("/v1/subscribers/c3ViMQ/emails/consentMove")).willReturn(aResponse().withStatus(204)));

    client.subscribers().sendConsentEmail("c3ViMQ");

    wm.verify(postRequestedFor(urlEqualTo("/v1/subscribers/c3ViMQ/emails/consentMove")));
    assertEquals(0, wm.getAllServeEvents().get(0).getRequest().getBody().length);
  }

  @Test
  void provisionAndWaitIsDoneAtOnceOn200() {
    wm.stubFor(post(urlEqualTo("/v1/wholesale/subscribers")).willReturn(json(200, TestData.SUBSCRIBER_JSON)));

    WaitOutcome<Subscriber> outcome = client.subscribers().provisionAndWait(TestData.subscriberProvision());

    assertEquals(WaitOutcome.Kind.SUCCEEDED, outcome.kind());
    assertEquals(1, outcome.attempts());
    assertEquals(1, wm.getAllServeEvents().size(), "no GET after a 200 provisioned");
  }

  @Test
  void provisionAndWaitIsOnHoldAtOnceOn202NamingTheRemedy() {
    wm.stubFor(post(urlEqualTo("/v1/wholesale/subscribers")).willReturn(json(202,
        TestData.SUBSCRIBER_JSON.replace("\"provisioned\"", "\"pending_user_migration\""))));

    WaitOutcome<Subscriber> outcome = client.subscribers().provisionAndWait(TestData.subscriberProvision());

    assertEquals(WaitOutcome.Kind.ON_HOLD, outcome.kind());
    assertEquals("pending_user_migration", outcome.status().orElseThrow());
    assertEquals(1, wm.getAllServeEvents().size(), "no GET after a 202");
    ProvisioningOnHoldException e = assertThrows(ProvisioningOnHoldException.class, outcome::orThrow);
    assertTrue(e.getMessage().contains("subscribers().sendConsentEmail(id)"), e.getMessage());
  }

  @Test
  void provisionAndWaitReadsAgainOnlyForAnUndocumentedStatusAndNeverCallsItSuccess() {
    wm.stubFor(post(urlEqualTo("/v1/wholesale/subscribers")).willReturn(json(200,
        TestData.SUBSCRIBER_JSON.replace("\"provisioned\"", "\"activating\""))));
    wm.stubFor(get(urlPathMatching("/v1/wholesale/subscribers/c3ViLTE.*")).willReturn(json(200, TestData.SUBSCRIBER_JSON)));

    WaitOutcome<Subscriber> outcome = client.subscribers().provisionAndWait(TestData.subscriberProvision(),
        dev.webexwholesale.client.waiter.WaiterConfig.builder().backoff(dev.webexwholesale.client.waiter.WaiterConfig
            .DEFAULT_BACKOFF.withInitial(java.time.Duration.ofMillis(1)).withJitter(0)).build(), null);

    assertEquals(WaitOutcome.Kind.SUCCEEDED, outcome.kind());
    assertEquals(2, outcome.attempts(), "the unknown status was not taken for success");
    wm.verify(1, getRequestedFor(urlPathMatching("/v1/wholesale/subscribers/c3ViLTE.*")));
  }

  @Test
  void listParamsTheServerInterpretsAreSentAsGiven() {
    // Webex documents max up to 100 and ASC/DESC; it decides what to do with anything else.
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/subscribers")).willReturn(json(200, "{\"items\":[]}")));

    client.subscribers().listPage(SubscriberListParams.builder().max(500).offset(0).sortOrder("desc")
        .after("1714550400000").lastStatusChange(java.time.Instant.ofEpochMilli(1714550400123L)).build());

    wm.verify(getRequestedFor(urlPathEqualTo("/v1/wholesale/subscribers"))
        .withQueryParam("max", equalTo("500"))
        .withQueryParam("sortOrder", equalTo("desc"))
        .withQueryParam("after", equalTo("1714550400000"))
        .withQueryParam("lastStatusChange", equalTo("1714550400123")));
  }
}
