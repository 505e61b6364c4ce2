package dev.webexwholesale.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.webexwholesale.client.SubscriberListParams;
import dev.webexwholesale.client.internal.json.WholesaleJson;
import dev.webexwholesale.client.paging.Page;
import dev.webexwholesale.model.ProvisioningPreCheckResponse;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberPrecheckRequest;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import dev.webexwholesale.model.SubscriberStatus;
import dev.webexwholesale.model.SubscriberUpdateRequest;
import dev.webexwholesale.model.WholesalePackagesSubscriber;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The six subscriber operations, each checked on the wire against the spec. */
class SubscribersContractTest extends ContractTestBase {
  static final String SUBSCRIBER_ID =
      "Y2lzY29zcGFyazovL3VzL1NVQlNDUklCRVIvNjk3MGU2YmItNzQzOS00ZmZiLWFkMzQtZDNmZjAxNjdkZGFk";
  static final String SUBSCRIBER_URL = "https://webexapis.com/v1/wholesale/subscribers/" + SUBSCRIBER_ID;

  @Test
  void getSubscriberDecodesTheSpecExample() {
    answer(200, OpenApiExamples.responseExample("getSubscriber", 200));

    Subscriber s = client.subscribers().get(SUBSCRIBER_ID);

    assertEquals(SUBSCRIBER_ID, s.getId());
    assertEquals(SubscriberStatus.PROVISIONED, s.getStatus());
    assertEquals(OffsetDateTime.of(2026, 3, 1, 10, 15, 30, 0, ZoneOffset.UTC), s.getCreated());
    assertEquals("/v1/wholesale/subscribers/" + SUBSCRIBER_ID, assertExchangeConformsToSpec().getRequest().getUrl());
  }

  @Test
  void provisionSubscriberSendsTheSpecExampleAndReads200WithLocation() {
    answer(200, OpenApiExamples.responseExample("provisionSubscriber", 200), "Location", SUBSCRIBER_URL);
    String example = OpenApiExamples.requestExample("provisionSubscriber");

    Subscriber s = client.subscribers().provision(WholesaleJson.gson().fromJson(example, SubscriberProvisionRequest.class));

    assertEquals(SUBSCRIBER_ID, s.getId());
    LoggedRequest r = assertExchangeConformsToSpec().getRequest();
    assertEquals(JsonParser.parseString(example), JsonParser.parseString(r.getBodyAsString()));
    assertTrue(r.getHeader("Content-Type").startsWith("application/json"), r.getHeader("Content-Type"));
  }

  @Test
  void provisionSubscriberOnBehalfOfASubPartnerCarriesTheQueryParameter() {
    answer(200, OpenApiExamples.responseExample("provisionSubscriber", 200), "Location", SUBSCRIBER_URL);

    client.onBehalfOf(SUB_PARTNER).subscribers().provision(WholesaleJson.gson()
        .fromJson(OpenApiExamples.requestExample("provisionSubscriber"), SubscriberProvisionRequest.class));

    LoggedRequest r = assertExchangeConformsToSpec().getRequest();
    assertEquals(SUB_PARTNER, r.queryParameter("onBehalfOfSubPartnerOrgId").firstValue());
  }

  @Test
  void updateSubscriberSendsTheSpecExampleAndDecodesTheSubscriber() {
    answer(200, OpenApiExamples.responseExample("updateSubscriber", 200));
    String example = OpenApiExamples.requestExample("updateSubscriber");

    Subscriber s = client.subscribers()
        .update(SUBSCRIBER_ID, WholesaleJson.gson().fromJson(example, SubscriberUpdateRequest.class));

    assertEquals(List.of(WholesalePackagesSubscriber.WEBEX_CALLING), s.getPackages());
    LoggedRequest r = assertExchangeConformsToSpec().getRequest();
    assertEquals("PUT", r.getMethod().getName());
    assertEquals(JsonParser.parseString(example), JsonParser.parseString(r.getBodyAsString()));
  }

  @Test
  void removeSubscriberReads204() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204).withHeader("trackingid", "ROUTER_contract")));

    client.subscribers().remove(SUBSCRIBER_ID);

    LoggedRequest r = assertExchangeConformsToSpec().getRequest();
    assertEquals("DELETE", r.getMethod().getName());
    assertEquals("/v1/wholesale/subscribers/" + SUBSCRIBER_ID, r.getUrl());
  }

  @Test
  void theSeedsPrecheckExampleWithoutAnyPackageIsSentUnchanged() {
    // The seed's own example has no package: one of the documented precheck variants, so the
    // client sends it as it is and lets Webex judge.
    answer(200, OpenApiExamples.responseExample("precheckSubscriber", 200));
    SubscriberPrecheckRequest asDocumented = WholesaleJson.gson()
        .fromJson(OpenApiExamples.requestExample("precheckSubscriber"), SubscriberPrecheckRequest.class);

    assertEquals("success", client.subscribers().precheck(asDocumented).getMessage());
    LoggedRequest r = assertExchangeConformsToSpec().getRequest();
    assertEquals(JsonParser.parseString(OpenApiExamples.requestExample("precheckSubscriber")),
        JsonParser.parseString(r.getBodyAsString()));
  }

  @Test
  void precheckSubscriberSendsTheExamplePlusAPackageAndDecodesTheDocumentedAnswer() {
    answer(200, OpenApiExamples.responseExample("precheckSubscriber", 200));
    JsonObject example = JsonParser.parseString(OpenApiExamples.requestExample("precheckSubscriber")).getAsJsonObject();
    example.add("packages", JsonParser.parseString("[\"webex_calling\"]"));

    ProvisioningPreCheckResponse answer = client.subscribers()
        .precheck(WholesaleJson.gson().fromJson(example, SubscriberPrecheckRequest.class));

    assertEquals("success", answer.getMessage());
    LoggedRequest r = assertExchangeConformsToSpec().getRequest();
    assertEquals("/v1/wholesale/subscribers/validate", r.getUrl());
    assertEquals(example, JsonParser.parseString(r.getBodyAsString()));
  }

  @Test
  void listSubscribersSendsEveryFilterByItsSpecNameAndFollowsTheLinkHeader() {
    String next = "http://127.0.0.1:" + wm.port() + "/v1/wholesale/subscribers?offset=100&max=100";
    answer(200, OpenApiExamples.responseExample("listSubscribers", 200), "Link", "<" + next + ">; rel=\"next\"");

    Page<Subscriber> page = client.subscribers().listPage(SubscriberListParams.builder()
        .max(100)
        .offset(0)
        .customerId(CustomersContractTest.CUSTOMER_ID)
        .personId("Y2lzY29zcGFyazovL3VzL1BFT1BMRS85NmFiYzJhYS0zZGNjLTExZTUtYTE1Mi1mZTM0ODE5Y2RjOWE")
        .externalCustomerId("c1677a16-557a-4fb4-b48f-24adde57ec99")
        .email("alice.anderson@acme.com")
        .status(SubscriberStatus.PENDING_USER_MIGRATION)
        .after(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))
        .lastStatusChange(OffsetDateTime.of(2026, 2, 1, 12, 0, 0, 0, ZoneOffset.ofHours(1)))
        .sortBy("created")
        .sortOrder("DESC")
        .build());

    assertEquals(SUBSCRIBER_ID, page.items().get(0).getId());
    assertEquals(next, page.nextUrl().orElseThrow());
    LoggedRequest r = assertExchangeConformsToSpec().getRequest();
    assertEquals(11, r.getQueryParams().size(), r.getUrl());
    assertEquals("2026-01-01T00:00:00Z", r.queryParameter("after").firstValue());
    assertEquals("2026-02-01T12:00:00+01:00", r.queryParameter("lastStatusChange").firstValue());
    assertEquals("pending_user_migration", r.queryParameter("status").firstValue());
  }

  @Test
  void listSubscribersOnBehalfOfASubPartnerCarriesTheQueryParameter() {
    answer(200, OpenApiExamples.responseExample("listSubscribers", 200));

    Page<Subscriber> page = client.onBehalfOf(SUB_PARTNER).subscribers().listPage(SubscriberListParams.none());

    assertFalse(page.hasNext(), "no Link header: last page");
    LoggedRequest r = assertExchangeConformsToSpec().getRequest();
    assertEquals(SUB_PARTNER, r.queryParameter("onBehalfOfSubPartnerOrgId").firstValue());
  }
}
