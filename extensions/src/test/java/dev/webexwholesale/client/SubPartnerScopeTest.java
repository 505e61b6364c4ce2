package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.webexwholesale.model.CustomerPrecheckRequest;
import dev.webexwholesale.model.CustomerUpdateRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubPartnerScopeTest extends WireMockTestBase {
  private static final String SUB = "c3ViLXBhcnRuZXI=";

  @BeforeEach
  void answerEverything() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withHeader("Location", "http://127.0.0.1/v1/wholesale/customers/x")
        .withBody("{}")));
  }

  /** The 12 operations that accept onBehalfOfSubPartnerOrgId. */
  private static final List<Consumer<WholesaleClient>> SCOPED_OPERATIONS = List.of(
      c -> c.customers().get("c1"),
      c -> c.customers().provision(TestData.customerProvision()),
      c -> c.customers().update("c1", TestData.customerUpdate()),
      c -> c.customers().remove("c1"),
      c -> c.customers().precheck(TestData.customerPrecheck()),
      c -> c.customers().listPage(CustomerListParams.none()),
      c -> c.subscribers().get("s1"),
      c -> c.subscribers().provision(TestData.subscriberProvision()),
      c -> c.subscribers().update("s1", TestData.subscriberUpdate()),
      c -> c.subscribers().remove("s1"),
      c -> c.subscribers().precheck(TestData.subscriberPrecheck()),
      c -> c.subscribers().listPage(SubscriberListParams.none()));

  @Test
  void everyOperationThatAcceptsItCarriesTheSubPartner() {
    WholesaleClient scoped = client.onBehalfOf(SUB);

    SCOPED_OPERATIONS.forEach(op -> op.accept(scoped));

    List<LoggedRequest> sent = requests();
    assertEquals(12, sent.size());
    for (LoggedRequest r : sent) {
      assertEquals(SUB, r.queryParameter("onBehalfOfSubPartnerOrgId").firstValue(),
          r.getMethod() + " " + r.getUrl());
    }
  }

  @Test
  void listSubPartnersIsNeverScoped() {
    client.onBehalfOf(SUB).subPartners().listPage(SubPartnerListParams.none());

    assertEquals("/v1/wholesale/subPartners", requests().get(0).getUrl());
  }

  @Test
  void theParentIsUnaffected() {
    WholesaleClient scoped = client.onBehalfOf(SUB);
    scoped.customers().get("c1");

    SCOPED_OPERATIONS.forEach(op -> op.accept(client));

    List<LoggedRequest> sent = requests();
    assertEquals(13, sent.size());
    assertEquals(1, sent.stream().filter(r -> r.getUrl().contains("onBehalfOfSubPartnerOrgId")).count());
    assertEquals(Optional.empty(), client.subPartnerOrgId());
    assertEquals(Optional.of(SUB), scoped.subPartnerOrgId());
  }

  @Test
  void theSubPartnerIdIsEncodedAndReplacesAnyOtherScope() {
    String odd = "a+b/c=d&e";
    client.onBehalfOf("other").onBehalfOf(odd).customers().get("c1");

    LoggedRequest r = requests().get(0);
    assertEquals(odd, r.queryParameter("onBehalfOfSubPartnerOrgId").firstValue());
    assertEquals(1, r.queryParameter("onBehalfOfSubPartnerOrgId").values().size());
  }

  @Test
  void nextPagesStayInScope() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers")).atPriority(1).willReturn(aResponse()
        .withHeader("Content-Type", "application/json")
        .withHeader("Link", "<" + baseUrl() + "/wholesale/customers?offset=1>; rel=\"next\"")
        .withBody("{\"items\":[{\"id\":\"a\"}]}")));
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers")).atPriority(0)
        .withQueryParam("offset", com.github.tomakehurst.wiremock.client.WireMock.equalTo("1"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"items\":[{\"id\":\"b\"}]}")));

    assertEquals(2, client.onBehalfOf(SUB).customers().list().stream().count());

    assertEquals(2, requests().size());
    requests().forEach(r -> assertEquals(SUB, r.queryParameter("onBehalfOfSubPartnerOrgId").firstValue()));
  }

  @Test
  void viewsShareOneConnectionPool() {
    WholesaleClient scoped = client.onBehalfOf(SUB);
    WholesaleClient tracked = scoped.withTrackingId("job-1");

    assertSame(client.httpClient().connectionPool(), scoped.httpClient().connectionPool());
    assertSame(client.httpClient().connectionPool(), tracked.httpClient().connectionPool());
    assertSame(client.httpClient().dispatcher(), tracked.httpClient().dispatcher());
  }

  @Test
  void blankSubPartnerIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> client.onBehalfOf(" "));
    assertThrows(IllegalArgumentException.class, () -> client.onBehalfOf(null));
    assertThrows(IllegalArgumentException.class, () -> client.withTrackingId(""));
  }

  @Test
  void trackingIdViewSendsTheHeaderAndKeepsTheScope() {
    WholesaleClient both = client.onBehalfOf(SUB).withTrackingId("PARTNER_job-42");
    both.customers().get("c1");
    client.customers().get("c2");

    List<LoggedRequest> sent = requests();
    LoggedRequest scoped = sent.stream().filter(r -> r.getUrl().contains("c1")).findFirst().orElseThrow();
    LoggedRequest plain = sent.stream().filter(r -> r.getUrl().contains("c2")).findFirst().orElseThrow();
    assertEquals("PARTNER_job-42", scoped.getHeader("TrackingID"));
    assertEquals(SUB, scoped.queryParameter("onBehalfOfSubPartnerOrgId").firstValue());
    assertNull(plain.getHeader("TrackingID"));
    assertTrue(both.subPartnerOrgId().isPresent());
  }

  @Test
  void closingAViewLeavesTheParentUsable() {
    client.onBehalfOf(SUB).close();

    client.customers().get("c1");

    assertEquals(1, requests().size());
  }
}
