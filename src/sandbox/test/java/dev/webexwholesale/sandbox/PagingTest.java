package dev.webexwholesale.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerList;
import dev.webexwholesale.model.SubPartnerList;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PagingTest {
  private static final Pattern NEXT = Pattern.compile("^<([^>]+)>; rel=\"next\"$");

  @RegisterExtension
  static WholesaleSandboxExtension sandbox = WholesaleSandboxExtension.create(b -> b.subPartner("SP-ORG-1")
      .subPartner("SP-ORG-2").subPartner("SP-ORG-3"));

  static String next(SandboxHttp.Exchange page) {
    String link = page.header("Link");
    if (link == null) {
      return null;
    }
    Matcher matcher = NEXT.matcher(link);
    assertTrue(matcher.matches(), link);
    return matcher.group(1);
  }

  @Test
  void subscriberPagesFollowLinkNextUntilTheLastPage() {
    String customerId = sandbox.get().createProvisionedCustomer("big");
    List<String> seeded = sandbox.get().seedSubscribers(customerId, 250);
    sandbox.get().seedSubscribers(sandbox.get().createProvisionedCustomer("other"), 5);
    SandboxHttp http = new SandboxHttp(sandbox.get().baseUrl());

    Map<String, String> query = new LinkedHashMap<>();
    query.put("customerId", customerId);
    query.put("max", "100");
    SandboxHttp.Exchange page = http.get("/wholesale/subscribers", query);
    List<String> ids = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    while (true) {
      assertEquals(200, page.status(), page.body());
      List<Subscriber> items = page.as(SubscriberList.class).getItems();
      sizes.add(items.size());
      items.forEach(s -> ids.add(s.getId()));
      String next = next(page);
      if (next == null) {
        break;
      }
      HttpUrl url = HttpUrl.get(next);
      assertTrue(next.startsWith(sandbox.get().baseUrl() + "/wholesale/subscribers?"), next);
      assertEquals(customerId, url.queryParameter("customerId"), "filters are kept");
      assertEquals("100", url.queryParameter("max"));
      page = http.getUrl(next);
    }
    assertEquals(List.of(100, 100, 50), sizes);
    assertEquals(seeded, ids, "every subscriber once, in creation order");
  }

  @Test
  void exactMultipleEndsWithoutNextAndOffsetPastTheEndIsEmpty() {
    String customerId = sandbox.get().createProvisionedCustomer("even");
    sandbox.get().seedSubscribers(customerId, 20);
    SandboxHttp http = new SandboxHttp(sandbox.get().baseUrl());
    SandboxHttp.Exchange last = http.get("/wholesale/subscribers", Map.of("max", "10", "offset", "10"));
    assertEquals(10, last.as(SubscriberList.class).getItems().size());
    assertNull(last.header("Link"));
    SandboxHttp.Exchange beyond = http.get("/wholesale/subscribers", Map.of("offset", "500"));
    assertEquals(0, beyond.as(SubscriberList.class).getItems().size());
    assertNull(beyond.header("Link"));
  }

  @Test
  void nextLinkKeepsTheSubPartnerAndEveryFilter() {
    String customerId = sandbox.get().createProvisionedCustomer("sp-big", "SP-ORG-1");
    sandbox.get().seedSubscribers(customerId, 3);
    SandboxHttp http = new SandboxHttp(sandbox.get().baseUrl()).onBehalfOf("SP-ORG-1");
    Map<String, String> query = new LinkedHashMap<>();
    query.put("max", "2");
    query.put("status", "provisioned");
    query.put("externalCustomerId", "sp-big");
    SandboxHttp.Exchange first = http.get("/wholesale/subscribers", query);
    HttpUrl next = HttpUrl.get(next(first));
    assertEquals("SP-ORG-1", next.queryParameter("onBehalfOfSubPartnerOrgId"));
    assertEquals("provisioned", next.queryParameter("status"));
    assertEquals("sp-big", next.queryParameter("externalCustomerId"));
    assertEquals("2", next.queryParameter("offset"));
    SandboxHttp.Exchange second = http.getUrl(next.toString());
    assertEquals(1, second.as(SubscriberList.class).getItems().size());
    assertNull(second.header("Link"));
  }

  @Test
  void customerPagesAndFilters() {
    for (int i = 0; i < 5; i++) {
      sandbox.get().createProvisionedCustomer("cust-" + i);
    }
    SandboxHttp http = new SandboxHttp(sandbox.get().baseUrl());
    Set<String> seen = new HashSet<>();
    SandboxHttp.Exchange page = http.get("/wholesale/customers", Map.of("max", "2"));
    int pages = 1;
    page.as(CustomerList.class).getItems().forEach(c -> seen.add(c.getExternalId()));
    for (String next = next(page); next != null; next = next(page)) {
      page = http.getUrl(next);
      pages++;
      page.as(CustomerList.class).getItems().forEach(c -> seen.add(c.getExternalId()));
    }
    assertEquals(3, pages);
    assertEquals(Set.of("cust-0", "cust-1", "cust-2", "cust-3", "cust-4"), seen);

    List<Customer> one = http.get("/wholesale/customers", Map.of("externalId", "cust-3")).as(CustomerList.class)
        .getItems();
    assertEquals(1, one.size());
    assertEquals(1, http.get("/wholesale/customers", Map.of("orgId", one.get(0).getOrgId()))
        .as(CustomerList.class).getItems().size());
    assertEquals(0, http.get("/wholesale/customers", Map.of("status", "error")).as(CustomerList.class)
        .getItems().size());
  }

  @Test
  void subPartnersArePaged() {
    SandboxHttp http = new SandboxHttp(sandbox.get().baseUrl());
    SandboxHttp.Exchange first = http.get("/wholesale/subPartners", Map.of("max", "2"));
    assertEquals(List.of("SP-ORG-1", "SP-ORG-2"),
        first.as(SubPartnerList.class).getItems().stream().map(s -> s.getOrgId()).toList());
    SandboxHttp.Exchange second = http.getUrl(next(first));
    assertEquals("SP-ORG-3", second.as(SubPartnerList.class).getItems().get(0).getOrgId());
    assertNull(second.header("Link"));
    assertEquals(0, http.get("/wholesale/subPartners", Map.of("provisioningState", "suspended"))
        .as(SubPartnerList.class).getItems().size());
  }

  @Test
  void badPagingParametersAre400() {
    SandboxHttp http = new SandboxHttp(sandbox.get().baseUrl());
    assertEquals(400, http.get("/wholesale/subscribers", Map.of("max", "101")).status());
    assertEquals(400, http.get("/wholesale/subscribers", Map.of("max", "0")).status());
    assertEquals(400, http.get("/wholesale/customers", Map.of("offset", "-1")).status());
    SandboxHttp.Exchange notNumber = http.get("/wholesale/customers", Map.of("max", "ten"));
    assertEquals(400, notNumber.status());
    assertNotNull(notNumber.error().getTrackingId());
  }

  @Test
  void subscriberFiltersAndSorting() {
    String customerId = sandbox.get().createProvisionedCustomer("filters");
    List<String> ids = sandbox.get().seedSubscribers(customerId, 3);
    SandboxHttp http = new SandboxHttp(sandbox.get().baseUrl());
    Subscriber middle = http.get("/wholesale/subscribers/" + ids.get(1)).as(Subscriber.class);
    List<Subscriber> byEmail = http.get("/wholesale/subscribers", Map.of("email", middle.getEmail().toUpperCase()))
        .as(SubscriberList.class).getItems();
    assertEquals(List.of(ids.get(1)), byEmail.stream().map(Subscriber::getId).toList());
    List<Subscriber> byPerson = http.get("/wholesale/subscribers", Map.of("personId", middle.getPersonId()))
        .as(SubscriberList.class).getItems();
    assertEquals(1, byPerson.size());
    List<String> desc = http.get("/wholesale/subscribers", Map.of("customerId", customerId, "sortBy", "email",
        "sortOrder", "DESC")).as(SubscriberList.class).getItems().stream().map(Subscriber::getEmail).toList();
    List<String> sorted = new ArrayList<>(desc);
    sorted.sort((a, b) -> b.compareTo(a));
    assertEquals(sorted, desc);
    assertEquals(400, http.get("/wholesale/subscribers", Map.of("sortBy", "shoeSize")).status());
    assertEquals(400, http.get("/wholesale/subscribers", Map.of("after", "yesterday")).status());
  }
}
