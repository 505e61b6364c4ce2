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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.webexwholesale.client.paging.Page;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerPrecheckRequest;
import dev.webexwholesale.model.CustomerStatus;
import dev.webexwholesale.model.CustomerUpdateRequest;
import dev.webexwholesale.model.ProvisioningPreCheckResponse;
import dev.webexwholesale.model.WholesalePackagesCustomer;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomersResourceTest extends WireMockTestBase {

  @Test
  void getSendsAuthAndUserAgentAndDecodesTheCustomer() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/Y3VzdC0x"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(TestData.CUSTOMER_JSON)));

    Customer c = client.customers().get("Y3VzdC0x");

    assertEquals("Y3VzdC0x", c.getId());
    assertEquals(CustomerStatus.PROVISIONED, c.getStatus());
    assertEquals(List.of(WholesalePackagesCustomer.WEBEX_CALLING), c.getPackages());
    assertTrue(c.getAdditionalProperties().containsKey("futureField"), "unknown fields are kept");
    LoggedRequest r = requests().get(0);
    assertEquals("GET", r.getMethod().getName());
    assertEquals("/v1/wholesale/customers/Y3VzdC0x", r.getUrl(), "no query: onBehalfOf is not sent unscoped");
    assertEquals("Bearer " + TOKEN, r.getHeader("Authorization"));
    assertTrue(r.getHeader("User-Agent").startsWith("webex-wholesale-java/" + WholesaleClient.VERSION));
  }

  @Test
  void customUserAgentIsAppendedToOurs() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1")).willReturn(aResponse().withBody("{}")));
    try (WholesaleClient custom = clientBuilder().userAgent("my-portal/2.3").build()) {
      custom.customers().get("c1");
    }
    assertEquals("webex-wholesale-java/" + WholesaleClient.VERSION + " my-portal/2.3",
        requests().get(0).getHeader("User-Agent"));
  }

  @Test
  void provisionPostsTheRequestAndReturnsTheIdFromLocation() {
    wm.stubFor(post(urlEqualTo("/v1/wholesale/customers")).willReturn(aResponse().withStatus(202)
        .withHeader("Location", baseUrl() + "/wholesale/customers/bmV3LWN1c3Q%3D")
        .withHeader("trackingid", "ROUTER_abc")
        .withHeader("Content-Type", "application/json")
        .withBody("{\"url\":\"" + baseUrl() + "/wholesale/customers/bmV3LWN1c3Q%3D\"}")));

    ProvisioningAccepted accepted = client.customers().provision(TestData.customerProvision());

    assertEquals("bmV3LWN1c3Q=", accepted.id(), "last segment, percent-decoded");
    assertEquals(baseUrl() + "/wholesale/customers/bmV3LWN1c3Q%3D", accepted.url());
    assertEquals("ROUTER_abc", accepted.trackingId());
    wm.verify(postRequestedFor(urlEqualTo("/v1/wholesale/customers"))
        .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("application/json"))
        .withRequestBody(equalToJson("{\"provisioningId\":\"prov-1\",\"packages\":[\"webex_calling\"],"
            + "\"externalId\":\"ext-1\",\"address\":{\"addressLine1\":\"771 Alder Drive\",\"city\":\"Milpitas\","
            + "\"stateOrProvince\":\"CA\",\"zipOrPostalCode\":\"95035\",\"country\":\"US\"}}")));
  }

  @Test
  void provisionFallsBackToTheBodyUrlWithoutLocation() {
    wm.stubFor(post(urlEqualTo("/v1/wholesale/customers")).willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"url\":\"https://webexapis.com/v1/wholesale/customers/from-body\"}")));

    ProvisioningAccepted accepted = client.customers().provision(TestData.customerProvision());

    assertEquals("from-body", accepted.id());
    assertNull(accepted.trackingId());
  }

  @Test
  void updatePutsTheBodyAndReturnsWhatToPoll() {
    wm.stubFor(put(urlEqualTo("/v1/wholesale/customers/c1")).willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json").withBody("{\"url\":\"" + baseUrl() + "/wholesale/customers/c1\"}")));

    ProvisioningAccepted accepted = client.customers().update("c1",
        new CustomerUpdateRequest().packages(List.of(WholesalePackagesCustomer.WEBEX_SUITE)));

    assertEquals("c1", accepted.id());
    wm.verify(putRequestedFor(urlEqualTo("/v1/wholesale/customers/c1"))
        .withRequestBody(equalToJson("{\"packages\":[\"webex_suite\"]}")));
  }

  @Test
  void removeAccepts202WithoutBody() {
    wm.stubFor(delete(urlEqualTo("/v1/wholesale/customers/c1"))
        .willReturn(aResponse().withStatus(202).withHeader("trackingid", "T-1")));

    ProvisioningAccepted accepted = client.customers().remove("c1");

    assertEquals(new ProvisioningAccepted("c1", null, "T-1"), accepted);
    assertEquals("DELETE", requests().get(0).getMethod().getName());
  }

  @Test
  void precheckPostsToValidate() {
    wm.stubFor(post(urlEqualTo("/v1/wholesale/customers/validate")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"success\",\"info\":[{\"infoCode\":100,\"description\":\"ok\"}]}")));

    ProvisioningPreCheckResponse r = client.customers().precheck(TestData.customerPrecheck());

    assertEquals("success", r.getMessage());
    wm.verify(postRequestedFor(urlEqualTo("/v1/wholesale/customers/validate"))
        .withRequestBody(equalToJson("{\"externalId\":\"ext-9\",\"address\":{\"addressLine1\":\"771 Alder Drive\","
            + "\"city\":\"Milpitas\",\"country\":\"US\"}}")));
  }

  @Test
  void listSendsEveryFilterAsQuery() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody("{\"items\":[" + TestData.CUSTOMER_JSON + "]}")));

    Page<Customer> page = client.customers().listPage(CustomerListParams.builder()
        .externalId("ext-1").orgId("b3Jn").status(CustomerStatus.PENDING_RPL_REVIEW).offset(20).max(10).build());

    assertEquals(1, page.items().size());
    assertTrue(page.nextUrl().isEmpty());
    wm.verify(getRequestedFor(urlPathEqualTo("/v1/wholesale/customers"))
        .withQueryParam("externalId", equalTo("ext-1"))
        .withQueryParam("orgId", equalTo("b3Jn"))
        .withQueryParam("status", equalTo("pending_rpl_review"))
        .withQueryParam("offset", equalTo("20"))
        .withQueryParam("max", equalTo("10")));
  }

  @Test
  void listWithoutFiltersSendsNoQuery() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody("{\"items\":[]}")));

    assertEquals(0, client.customers().list().stream().count());
    assertEquals("/v1/wholesale/customers", requests().get(0).getUrl());
  }

  @Test
  void provisionAcceptsAnEmptyBodyWithLocation() {
    wm.stubFor(post(urlEqualTo("/v1/wholesale/customers")).willReturn(aResponse().withStatus(202)
        .withHeader("Location", "/v1/wholesale/customers/relative-id")));

    ProvisioningAccepted accepted = client.customers().provision(TestData.customerProvision());

    assertEquals("relative-id", accepted.id());
    assertEquals("/v1/wholesale/customers/relative-id", accepted.url());
  }

  @Test
  void undecodableSuccessBodyIsNotMistakenForANetworkFailure() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"id\": ")));

    dev.webexwholesale.client.errors.WholesaleException e = org.junit.jupiter.api.Assertions.assertThrows(
        dev.webexwholesale.client.errors.WholesaleException.class, () -> client.customers().get("c1"));

    assertEquals(dev.webexwholesale.client.errors.UndecodableResponseException.class, e.getClass());
    assertTrue(e.getMessage().startsWith("HTTP 200 to GET"), e.getMessage());
  }
}
