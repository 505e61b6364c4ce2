package dev.webexwholesale.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.webexwholesale.client.CustomerListParams;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests the client makes on its own (next pages) and the headers every request carries. */
class PagingAndHeadersContractTest extends ContractTestBase {

  @Test
  void aScopedListFollowsTheNextLinkAndEveryPageRequestConforms() {
    String page1 = OpenApiExamples.responseExample("listCustomers", 200);
    String page2 = page1.replace(CustomersContractTest.CUSTOMER_ID, "c2Vjb25k");
    // Webex's next link repeats the filters and the sub-partner scope.
    String next = "http://127.0.0.1:" + wm.port() + "/v1/wholesale/customers?status=provisioned&offset=1&max=1"
        + "&onBehalfOfSubPartnerOrgId=" + SUB_PARTNER.replace("=", "%3D");
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers")).withQueryParam("offset", equalTo("0"))
        .willReturn(json(page1).withHeader("Link", "<" + next + ">; rel=\"next\"")));
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers")).withQueryParam("offset", equalTo("1"))
        .willReturn(json(page2)));

    List<String> ids = new ArrayList<>();
    client.onBehalfOf(SUB_PARTNER).customers()
        .list(CustomerListParams.builder().status(CustomerStatus.PROVISIONED).offset(0).max(1).build())
        .forEach(c -> ids.add(c.getId()));

    assertEquals(List.of(CustomersContractTest.CUSTOMER_ID, "c2Vjb25k"), ids);
    List<ServeEvent> events = new ArrayList<>(wm.getAllServeEvents());
    events.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
    assertEquals(2, events.size());
    for (ServeEvent e : events) {
      ValidationReport report = ContractValidator.SPEC.validate(e);
      assertFalse(report.hasErrors(), () -> e.getRequest().getUrl() + "\n" + ContractValidator.describe(report));
      LoggedRequest r = e.getRequest();
      assertEquals(List.of(SUB_PARTNER), r.queryParameter("onBehalfOfSubPartnerOrgId").values(), "set once, not added twice");
      assertEquals("Bearer " + TOKEN, r.getHeader("Authorization"), "next pages are authorised too");
    }
  }

  @Test
  void everyRequestCarriesTheTrackingIdAndUserAgentButNeverMoreThanTheSpecNames() {
    answer(200, OpenApiExamples.responseExample("getCustomer", 200));
    WholesaleClient traced = client.withTrackingId("PORTAL_7f3a");

    Customer c = traced.customers().get(CustomersContractTest.CUSTOMER_ID);

    assertEquals(CustomerStatus.PROVISIONED, c.getStatus());
    LoggedRequest r = assertExchangeConformsToSpec().getRequest();
    assertEquals("PORTAL_7f3a", r.getHeader("TrackingID"));
    assertTrue(r.getHeader("User-Agent").startsWith("webex-wholesale-java/" + WholesaleClient.VERSION),
        r.getHeader("User-Agent"));
    assertEquals("/v1/wholesale/customers/" + CustomersContractTest.CUSTOMER_ID, r.getUrl(), "no stray query");
  }

  @Test
  void anIdNeedingEncodingIsSentAsOnePathSegment() {
    answer(200, OpenApiExamples.responseExample("getCustomer", 200));

    client.customers().get("a/b+c=");

    LoggedRequest r = assertExchangeConformsToSpec().getRequest();
    assertEquals("/v1/wholesale/customers/a%2Fb+c=", r.getUrl());
  }

  private static ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
  }
}
