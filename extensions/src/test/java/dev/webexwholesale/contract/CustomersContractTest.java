package dev.webexwholesale.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonParser;
import dev.webexwholesale.client.CustomerListParams;
import dev.webexwholesale.client.ProvisioningAccepted;
import dev.webexwholesale.client.internal.json.WholesaleJson;
import dev.webexwholesale.client.paging.Page;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerPrecheckRequest;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.CustomerStatus;
import dev.webexwholesale.model.CustomerUpdateRequest;
import dev.webexwholesale.model.ProvisioningPreCheckResponse;
import dev.webexwholesale.model.WholesalePackagesCustomer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The six customer operations, each checked on the wire against the spec. */
class CustomersContractTest extends ContractTestBase {
  // The ID of the spec's example customer: base64 ending in '=' would need encoding; this one does not.
  static final String CUSTOMER_ID = "Y2lzY29zcGFyazovL3VzL0VOVEVSUFJJU0UvNTJjZjU3NmQtNjBhOC00MDdhLWIyMmMtNDY3YzUxNTkxOTA4";
  static final String CUSTOMER_URL = "https://webexapis.com/v1/wholesale/customers/" + CUSTOMER_ID;

  @Test
  void getCustomerSendsWhatTheSpecDescribesAndDecodesItsExample() {
    answer(200, OpenApiExamples.responseExample("getCustomer", 200));

    Customer c = client.customers().get(CUSTOMER_ID);

    assertEquals(CUSTOMER_ID, c.getId());
    assertEquals(CustomerStatus.PROVISIONED, c.getStatus());
    assertEquals(List.of(WholesalePackagesCustomer.WEBEX_CALLING), c.getPackages());
    assertEquals(2560L, c.getResourceDetails().getPackages().get(0).getWarnings().get(0).getErrorCode());
    LoggedRequest r = assertExchangeConformsToSpec().getRequest();
    assertEquals("/v1/wholesale/customers/" + CUSTOMER_ID, r.getUrl());
    assertEquals("Bearer " + TOKEN, r.getHeader("Authorization"));
  }

  @Test
  void getCustomerOnBehalfOfASubPartnerCarriesTheDocumentedQueryParameter() {
    answer(200, OpenApiExamples.responseExample("getCustomer", 200));

    client.onBehalfOf(SUB_PARTNER).customers().get(CUSTOMER_ID);

    LoggedRequest r = assertExchangeConformsToSpec().getRequest();
    assertEquals(SUB_PARTNER, r.queryParameter("onBehalfOfSubPartnerOrgId").firstValue());
  }

  @Test
  void provisionCustomerSendsTheSpecExampleAndReads202WithLocation() {
    answer(202, OpenApiExamples.responseExample("provisionCustomer", 202), "Location", CUSTOMER_URL);
    String example = OpenApiExamples.requestExample("provisionCustomer");

    ProvisioningAccepted accepted = client.customers()
        .provision(WholesaleJson.gson().fromJson(example, CustomerProvisionRequest.class));

    assertEquals(CUSTOMER_ID, accepted.id());
    assertEquals(CUSTOMER_URL, accepted.url());
    assertEquals("ROUTER_contract", accepted.trackingId());
    LoggedRequest r = assertExchangeConformsToSpec().getRequest();
    assertEquals(JsonParser.parseString(example), JsonParser.parseString(r.getBodyAsString()),
        "the body is the example, field for field");
    assertTrue(r.getHeader("Content-Type").startsWith("application/json"), r.getHeader("Content-Type"));
  }

  @Test
  void updateCustomerSendsTheSpecExampleAndReads202WithLocation() {
    answer(202, OpenApiExamples.responseExample("updateCustomer", 202), "Location", CUSTOMER_URL);
    String example = OpenApiExamples.requestExample("updateCustomer");

    ProvisioningAccepted accepted = client.customers()
        .update(CUSTOMER_ID, WholesaleJson.gson().fromJson(example, CustomerUpdateRequest.class));

    assertEquals(CUSTOMER_ID, accepted.id());
    LoggedRequest r = assertExchangeConformsToSpec().getRequest();
    assertEquals("PUT", r.getMethod().getName());
    assertEquals(JsonParser.parseString(example), JsonParser.parseString(r.getBodyAsString()));
  }

  @Test
  void removeCustomerReads202WithoutBody() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(202).withHeader("trackingid", "ROUTER_contract")));

    ProvisioningAccepted accepted = client.customers().remove(CUSTOMER_ID);

    assertEquals(CUSTOMER_ID, accepted.id(), "known from the request when the answer names none");
    assertNull(accepted.url());
    LoggedRequest r = assertExchangeConformsToSpec().getRequest();
    assertEquals("DELETE", r.getMethod().getName());
    assertEquals("", r.getBodyAsString());
  }

  @Test
  void precheckCustomerSendsTheSpecExampleAndDecodesTheDocumentedAnswer() {
    answer(200, OpenApiExamples.responseExample("precheckCustomer", 200));
    String example = OpenApiExamples.requestExample("precheckCustomer");

    ProvisioningPreCheckResponse answer = client.customers()
        .precheck(WholesaleJson.gson().fromJson(example, CustomerPrecheckRequest.class));

    assertEquals("success", answer.getMessage());
    assertEquals(100L, answer.getInfo().get(0).getInfoCode());
    LoggedRequest r = assertExchangeConformsToSpec().getRequest();
    assertEquals("/v1/wholesale/customers/validate", r.getUrl());
    assertEquals(JsonParser.parseString(example), JsonParser.parseString(r.getBodyAsString()));
  }

  @Test
  void listCustomersSendsEveryFilterByItsSpecNameAndFollowsTheLinkHeader() {
    String next = "http://127.0.0.1:" + wm.port() + "/v1/wholesale/customers?status=provisioned&offset=10&max=10";
    answer(200, OpenApiExamples.responseExample("listCustomers", 200), "Link", "<" + next + ">; rel=\"next\"");

    Page<Customer> page = client.customers().listPage(CustomerListParams.builder()
        .externalId("c1677a16-557a-4fb4-b48f-24adde57ec99")
        .orgId("Y2lzY29zcGFyazovL3VzL09yZ2FuaXphdGlvbi81MmNmNTc2ZC02MGE4LTQwN2EtYjIyYy00NjdjNTE1OTE5MDk")
        .status(CustomerStatus.PROVISIONED)
        .offset(0)
        .max(10)
        .build());

    assertEquals(CUSTOMER_ID, page.items().get(0).getId());
    assertEquals(next, page.nextUrl().orElseThrow());
    LoggedRequest r = assertExchangeConformsToSpec().getRequest();
    assertEquals("provisioned", r.queryParameter("status").firstValue());
    assertEquals("c1677a16-557a-4fb4-b48f-24adde57ec99", r.queryParameter("externalId").firstValue());
    assertEquals("0", r.queryParameter("offset").firstValue());
    assertEquals("10", r.queryParameter("max").firstValue());
  }
}
