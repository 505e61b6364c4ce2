package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.webexwholesale.client.errors.ForeignNextLinkException;
import dev.webexwholesale.client.paging.Page;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.SubPartner;
import dev.webexwholesale.model.Subscriber;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A stateless UI or a restarted job resumes paging from a next URL or an offset. */
class PagingResumeTest extends WireMockTestBase {

  private static String items(String... ids) {
    return "{\"items\":[" + Arrays.stream(ids).map(id -> "{\"id\":\"" + id + "\"}")
        .collect(Collectors.joining(",")) + "]}";
  }

  private void page(String url, String body, String nextLink) {
    var response = aResponse().withHeader("Content-Type", "application/json").withBody(body);
    if (nextLink != null) {
      response = response.withHeader("Link", "<" + nextLink + ">; rel=\"next\"");
    }
    wm.stubFor(get(urlEqualTo(url)).willReturn(response));
  }

  private void threeCustomerPages() {
    page("/v1/wholesale/customers?max=2", items("a", "b"), baseUrl() + "/wholesale/customers?max=2&offset=2");
    page("/v1/wholesale/customers?max=2&offset=2", items("c", "d"), "/v1/wholesale/customers?max=2&offset=4");
    page("/v1/wholesale/customers?max=2&offset=4", items("e"), null);
  }

  private static List<String> ids(Page<Customer> page) {
    return page.items().stream().map(Customer::getId).toList();
  }

  @Test
  void aNewClientFetchesPageTwoFromPageOnesNextUrl() {
    threeCustomerPages();
    String next = client.customers().listPage(CustomerListParams.builder().max(2).build()).nextUrl().orElseThrow();

    // What a stateless UI keeps between two requests: the URL string only.
    try (WholesaleClient restarted = clientBuilder().build()) {
      Page<Customer> second = restarted.customers().page(next);
      assertEquals(List.of("c", "d"), ids(second));
      assertEquals(baseUrl() + "/wholesale/customers?max=2&offset=4", second.nextUrl().orElseThrow(),
          "a relative link comes back absolute");
      Page<Customer> third = restarted.customers().page(second.nextUrl().orElseThrow());
      assertEquals(List.of("e"), ids(third));
      assertFalse(third.hasNext());
    }
  }

  @Test
  void listFromIteratesFromTheGivenPageOn() {
    threeCustomerPages();
    List<String> seen = new ArrayList<>();
    client.customers().listFrom(baseUrl() + "/wholesale/customers?max=2&offset=2", null)
        .forEach(c -> seen.add(c.getId()));

    assertEquals(List.of("c", "d", "e"), seen);
    assertEquals(2, requests().size(), "the first page is never fetched");
  }

  @Test
  void aJobResumesFromAnOffset() {
    page("/v1/wholesale/subscribers?max=2&offset=4", "{\"items\":[{\"id\":\"s5\"}]}", null);

    Page<Subscriber> page = client.subscribers().listPage(SubscriberListParams.builder().max(2).offset(4).build());

    assertEquals("s5", page.items().get(0).getId());
    LoggedRequest sent = requests().get(0);
    assertEquals("4", sent.queryParameter("offset").firstValue());
    assertEquals("2", sent.queryParameter("max").firstValue());
  }

  @Test
  void aForeignNextUrlIsRefusedAndNothingIsSent() {
    for (String foreign : List.of("http://evil.example/v1/wholesale/customers?offset=2",
        "https://127.0.0.1:" + port + "/v1/wholesale/customers", "http://127.0.0.1:1/v1/wholesale/customers",
        "not a url")) {
      assertThrows(ForeignNextLinkException.class, () -> client.customers().page(foreign), foreign);
      assertThrows(ForeignNextLinkException.class, () -> client.subscribers().pageAsync(foreign, null), foreign);
      assertThrows(ForeignNextLinkException.class, () -> client.subPartners().page(foreign), foreign);
    }
    assertEquals(0, requests().size());
  }

  @Test
  void pageAsyncCarriesTheCallsOptions() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/subscribers")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody("{\"items\":[{\"id\":\"s3\"}]}")));

    Page<Subscriber> page = client.subscribers().pageAsync(baseUrl() + "/wholesale/subscribers?offset=2",
        RequestOptions.builder().subPartnerOrgId("sub-1").trackingId("resume-1").build()).join();

    assertEquals("s3", page.items().get(0).getId());
    LoggedRequest sent = requests().get(0);
    assertEquals("2", sent.queryParameter("offset").firstValue(), "the URL is followed as given");
    assertEquals("sub-1", sent.queryParameter("onBehalfOfSubPartnerOrgId").firstValue());
    assertEquals("resume-1", sent.getHeader("TrackingID"));
  }

  @Test
  void subPartnerPagesResumeWithoutTheSubPartnerParameter() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/subPartners")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody("{\"items\":[{\"orgId\":\"o3\"}]}")));

    Page<SubPartner> page = client.onBehalfOf("sub-1").subPartners().page(baseUrl() + "/wholesale/subPartners?offset=2");

    assertEquals(1, page.items().size());
    assertFalse(requests().get(0).queryParameter("onBehalfOfSubPartnerOrgId").isPresent(),
        "List Sub-partners takes no sub-partner, even on a resumed page");
  }
}
