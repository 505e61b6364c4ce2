package dev.webexwholesale.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.CustomerListParams;
import dev.webexwholesale.client.SubscriberListParams;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.paging.Page;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.SubPartner;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.sandbox.Operation;
import dev.webexwholesale.sandbox.SandboxFault;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import dev.webexwholesale.sandbox.WholesaleSandboxExtension;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import dev.webexwholesale.testing.FakeTime;

/** Lists that span pages, iterated through the client; the sandbox counts the page requests. */
@ExtendWith(WholesaleSandboxExtension.class)
class PagingE2eTest {
  private final FakeTime time = new FakeTime();
  private WholesaleSandbox sandbox;
  private WholesaleClient client;

  @BeforeEach
  void client(WholesaleSandbox sandbox) {
    this.sandbox = sandbox;
    this.client = E2e.clientFor(sandbox, time).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void iteratesAll250SubscribersInThreePages() {
    String customerId = sandbox.createProvisionedCustomer("big");
    Set<String> seeded = new HashSet<>(sandbox.seedSubscribers(customerId, 250));
    long listCalls = sandbox.stats().requests(Operation.LIST_SUBSCRIBERS);
    long total = sandbox.stats().totalRequests();

    List<String> ids = new ArrayList<>();
    for (Subscriber s : client.subscribers().list(SubscriberListParams.builder().max(100).build())) {
      ids.add(s.getId());
    }

    assertEquals(250, ids.size());
    assertEquals(250, new HashSet<>(ids).size(), "no duplicates across pages");
    E2e.assertSameIds(seeded, ids);
    assertEquals(3, sandbox.stats().requests(Operation.LIST_SUBSCRIBERS) - listCalls);
    assertEquals(3, sandbox.stats().totalRequests() - total, "nothing but the three pages was requested");

    List<Integer> sizes = new ArrayList<>();
    for (Page<Subscriber> page : client.subscribers().list(SubscriberListParams.builder().max(100).build()).pages()) {
      sizes.add(page.items().size());
    }
    assertEquals(List.of(100, 100, 50), sizes);
  }

  @Test
  void filtersAreKeptOnEveryPage() {
    String other = sandbox.createProvisionedCustomer("other");
    sandbox.seedSubscribers(other, 130);
    String wanted = sandbox.createProvisionedCustomer("wanted");
    Set<String> seeded = new HashSet<>(sandbox.seedSubscribers(wanted, 120));
    sandbox.seedSubscribers(other, 40);
    long listCalls = sandbox.stats().requests(Operation.LIST_SUBSCRIBERS);

    List<Subscriber> listed = client.subscribers()
        .list(SubscriberListParams.builder().customerId(wanted).max(50).build()).stream().toList();

    assertEquals(120, listed.size());
    assertTrue(listed.stream().allMatch(s -> s.getCustomerId().equals(wanted)));
    E2e.assertSameIds(seeded, listed.stream().map(Subscriber::getId).toList());
    assertEquals(3, sandbox.stats().requests(Operation.LIST_SUBSCRIBERS) - listCalls);
  }

  @Test
  void aSubPartnerViewPagesThroughItsOwnSubscribersOnly() {
    sandbox.addSubPartner(new SubPartner().orgId(E2e.SUB_PARTNER));
    String partners = sandbox.createProvisionedCustomer("partner-co");
    sandbox.seedSubscribers(partners, 250);
    String subs = sandbox.createProvisionedCustomer("sub-co", E2e.SUB_PARTNER);
    Set<String> seeded = new HashSet<>(sandbox.seedSubscribers(subs, 250));
    long listCalls = sandbox.stats().requests(Operation.LIST_SUBSCRIBERS);

    List<String> ids = client.onBehalfOf(E2e.SUB_PARTNER).subscribers()
        .list(SubscriberListParams.builder().max(100).build()).stream().map(Subscriber::getId).toList();

    // A page sent without the parameter would have listed the partner's subscribers.
    assertEquals(250, ids.size());
    E2e.assertSameIds(seeded, ids);
    assertEquals(3, sandbox.stats().requests(Operation.LIST_SUBSCRIBERS) - listCalls);
  }

  @Test
  void a503OnTheSecondPageIsRetriedAndTheListCompletes() {
    String customerId = sandbox.createProvisionedCustomer("flaky");
    sandbox.seedSubscribers(customerId, 250);
    long listCalls = sandbox.stats().requests(Operation.LIST_SUBSCRIBERS);
    PagesFaulted faulted = new PagesFaulted();

    List<String> ids = new ArrayList<>();
    for (Page<Subscriber> page : client.subscribers().list(SubscriberListParams.builder().max(100).build()).pages()) {
      page.items().forEach(s -> ids.add(s.getId()));
      if (faulted.once()) {
        // The next request is the second page.
        sandbox.injectFault("GET", "/wholesale/subscribers", 1, SandboxFault.status(503));
      }
    }

    assertEquals(250, new HashSet<>(ids).size());
    assertEquals(250, ids.size());
    assertEquals(4, sandbox.stats().requests(Operation.LIST_SUBSCRIBERS) - listCalls, "three pages, one retried");
    assertEquals(1, sandbox.stats().faultsInjected());
    assertEquals(1, time.sleepCount());
  }

  @Test
  void customersPageTooWithAnyPageSize() {
    Set<String> created = new HashSet<>();
    for (int i = 0; i < 7; i++) {
      created.add(sandbox.createProvisionedCustomer("cust-" + i));
    }
    long listCalls = sandbox.stats().requests(Operation.LIST_CUSTOMERS);

    List<String> ids = client.customers().list(CustomerListParams.builder().max(3).build()).stream()
        .map(Customer::getId).toList();

    assertEquals(7, ids.size());
    E2e.assertSameIds(created, ids);
    assertEquals(3, sandbox.stats().requests(Operation.LIST_CUSTOMERS) - listCalls);
  }

  /** True the first time only. */
  private static final class PagesFaulted {
    private boolean done;

    boolean once() {
      boolean first = !done;
      done = true;
      return first;
    }
  }
}
