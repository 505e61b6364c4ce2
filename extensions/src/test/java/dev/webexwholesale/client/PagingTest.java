package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.errors.ForeignNextLinkException;
import dev.webexwholesale.client.errors.ServiceUnavailableException;
import dev.webexwholesale.client.paging.Page;
import dev.webexwholesale.client.paging.PagedIterable;
import dev.webexwholesale.client.retry.RetryPolicy;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.SubPartner;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PagingTest extends WireMockTestBase {

  private static String customers(String... ids) {
    return "{\"items\":[" + java.util.Arrays.stream(ids).map(id -> "{\"id\":\"" + id + "\"}")
        .collect(Collectors.joining(",")) + "]}";
  }

  private void page(String url, String body, String nextLink) {
    var response = aResponse().withHeader("Content-Type", "application/json").withBody(body);
    if (nextLink != null) {
      response = response.withHeader("Link", "<" + nextLink + ">; rel=\"next\"");
    }
    wm.stubFor(get(urlEqualTo(url)).willReturn(response));
  }

  private void threePages() {
    page("/v1/wholesale/customers?max=2", customers("a", "b"), baseUrl() + "/wholesale/customers?max=2&offset=2");
    page("/v1/wholesale/customers?max=2&offset=2", customers("c", "d"), baseUrl() + "/wholesale/customers?max=2&offset=4");
    page("/v1/wholesale/customers?max=2&offset=4", customers("e"), null);
  }

  private static final CustomerListParams TWO = CustomerListParams.builder().max(2).build();

  private static List<String> ids(Iterable<Customer> customers) {
    List<String> ids = new ArrayList<>();
    customers.forEach(c -> ids.add(c.getId()));
    return ids;
  }

  @Test
  void followsNextLinksThroughThreePages() {
    threePages();

    assertEquals(List.of("a", "b", "c", "d", "e"), ids(client.customers().list(TWO)));
    assertEquals(3, requests().size());
    assertTrue(requests().stream().allMatch(r -> ("Bearer " + TOKEN).equals(r.getHeader("Authorization"))),
        "next pages are authorised like the first");
  }

  @Test
  void fetchesAPageOnlyWhenIterationReachesIt() {
    threePages();
    PagedIterable<Customer> all = client.customers().list(TWO);
    assertEquals(0, requests().size(), "nothing fetched before iterating");

    Iterator<Customer> it = all.iterator();
    assertTrue(it.hasNext());
    it.next();
    it.next();
    assertEquals(1, requests().size(), "page 2 not requested while page 1 lasts");

    assertTrue(it.hasNext());
    assertEquals("c", it.next().getId());
    assertEquals(2, requests().size());
  }

  @Test
  void streamStopsFetchingWhenShortCircuited() {
    threePages();

    List<String> firstThree = client.customers().list(TWO).stream().limit(3).map(Customer::getId).toList();

    assertEquals(List.of("a", "b", "c"), firstThree);
    assertEquals(2, requests().size());
  }

  @Test
  void canBeIteratedAgainFromTheStart() {
    threePages();
    PagedIterable<Customer> all = client.customers().list(TWO);

    assertEquals(ids(all), ids(all));
    assertEquals(6, requests().size());
  }

  @Test
  void exposesPagesAndASinglePage() {
    threePages();

    List<Integer> sizes = new ArrayList<>();
    client.customers().list(TWO).pages().forEach(p -> sizes.add(p.items().size()));
    Page<Customer> first = client.customers().listPage(TWO);

    assertEquals(List.of(2, 2, 1), sizes);
    assertEquals(baseUrl() + "/wholesale/customers?max=2&offset=2", first.nextUrl().orElseThrow());
  }

  @Test
  void resolvesARelativeNextLink() {
    page("/v1/wholesale/customers?max=2", customers("a"), "/v1/wholesale/customers?max=2&offset=2");
    page("/v1/wholesale/customers?max=2&offset=2", customers("b"), null);

    assertEquals(List.of("a", "b"), ids(client.customers().list(TWO)));
  }

  @Test
  void refusesANextLinkToAnotherHost() {
    page("/v1/wholesale/customers?max=2", customers("a"), "http://evil.example.com:" + port + "/steal?offset=2");

    Iterator<Customer> it = client.customers().list(TWO).iterator();
    assertEquals("a", it.next().getId());
    ForeignNextLinkException e = assertThrows(ForeignNextLinkException.class, it::hasNext);

    assertEquals("http://evil.example.com:" + port + "/steal?offset=2", e.nextUrl());
    assertFalse(e.getMessage().contains(TOKEN));
    assertEquals(1, requests().size());
  }

  @Test
  void refusesANextLinkToAnotherPortOrScheme() {
    page("/v1/wholesale/customers?max=2", customers("a"), "http://127.0.0.1:" + (port + 1) + "/v1/wholesale/customers");
    assertThrows(ForeignNextLinkException.class, () -> ids(client.customers().list(TWO)));

    wm.resetAll();
    page("/v1/wholesale/customers?max=2", customers("a"), "https://127.0.0.1:" + port + "/v1/wholesale/customers");
    assertThrows(ForeignNextLinkException.class, () -> ids(client.customers().list(TWO)));
  }

  @Test
  void aFailingNextPageThrowsItsTypedException() {
    page("/v1/wholesale/customers?max=2", customers("a"), baseUrl() + "/wholesale/customers?max=2&offset=1");
    wm.stubFor(get(urlEqualTo("/v1/wholesale/customers?max=2&offset=1")).willReturn(aResponse().withStatus(503)));
    client.close();
    client = clientBuilder().retryPolicy(RetryPolicy.none()).build();

    assertThrows(ServiceUnavailableException.class, () -> ids(client.customers().list(TWO)));
  }

  @Test
  void aPageLinkingToItselfDoesNotLoopForever() {
    page("/v1/wholesale/customers?max=2", customers("a"), baseUrl() + "/wholesale/customers?max=2&offset=1");
    page("/v1/wholesale/customers?max=2&offset=1", customers("b"), baseUrl() + "/wholesale/customers?max=2&offset=1");

    assertThrows(dev.webexwholesale.client.errors.WholesaleException.class, () -> ids(client.customers().list(TWO)));
  }

  @Test
  void subPartnersPageThroughTheirOwnField() {
    wm.stubFor(get(urlEqualTo("/v1/wholesale/subPartners")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json")
        .withHeader("Link", "<" + baseUrl() + "/wholesale/subPartners?offset=1>; rel=\"next\"")
        .withBody("{\"subPartners\":[{\"orgId\":\"o1\"}]}")));
    wm.stubFor(get(urlEqualTo("/v1/wholesale/subPartners?offset=1")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody("{\"subPartners\":[{\"orgId\":\"o2\"}]}")));

    assertEquals(List.of("o1", "o2"), client.subPartners().list().stream().map(SubPartner::getOrgId).toList());
  }
}
