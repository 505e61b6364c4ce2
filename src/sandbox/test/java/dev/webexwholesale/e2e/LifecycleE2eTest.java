package dev.webexwholesale.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.CustomerListParams;
import dev.webexwholesale.client.ProvisioningAccepted;
import dev.webexwholesale.client.SubscriberListParams;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.errors.NotFoundException;
import dev.webexwholesale.client.internal.http.SubPartnerInterceptor;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerStatus;
import dev.webexwholesale.model.CustomerUpdateRequest;
import dev.webexwholesale.model.ProvisioningPreCheckResponse;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberStatus;
import dev.webexwholesale.model.SubscriberUpdateRequest;
import dev.webexwholesale.model.WholesalePackagesCustomer;
import dev.webexwholesale.model.WholesalePackagesSubscriber;
import dev.webexwholesale.sandbox.Operation;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import dev.webexwholesale.sandbox.WholesaleSandboxExtension;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.webexwholesale.testing.FakeTime;

/** The whole life cycle through the client against the sandbox, as the partner and as a sub-partner. */
class LifecycleE2eTest {
  private static final int POLLS = 2;
  private static final FakeTime TIME = new FakeTime();

  @RegisterExtension
  static final WholesaleSandboxExtension SANDBOX = WholesaleSandboxExtension.create(
      b -> b.provisioningPolls(POLLS).subPartner(E2e.SUB_PARTNER).clock(TIME));

  private final SentRequests sent = new SentRequests();
  private OkHttpClient http;
  private WholesaleClient client;

  @BeforeEach
  void client() {
    http = sent.httpClient();
    client = E2e.clientFor(SANDBOX.get(), TIME).httpClient(http).build();
  }

  @AfterEach
  void close() {
    client.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Test
  void partnerRunsTheWholeLifeCycle() {
    WholesaleSandbox sandbox = SANDBOX.get();
    runLifeCycle(client, sandbox, "acme-e2e", "ann@acme-e2e.example.com");
    assertEquals(1, E2e.requests(sandbox, Operation.PROVISION_CUSTOMER));
    assertEquals(1, E2e.requests(sandbox, Operation.PROVISION_SUBSCRIBER));
    assertEquals(1, E2e.requests(sandbox, Operation.REMOVE_CUSTOMER));
    assertTrue(sent.urls().stream().noneMatch(u -> u.queryParameter(SubPartnerInterceptor.PARAM) != null),
        "the partner's own calls are not scoped");
  }

  @Test
  void subPartnerViewRunsTheLifeCycleInItsOwnScope() {
    WholesaleSandbox sandbox = SANDBOX.get();
    WholesaleClient scoped = client.onBehalfOf(E2e.SUB_PARTNER);
    // The partner holds a customer with the same externalId and subscribers of its own: any
    // scoped request that lost the parameter would hit them and fail (409, 404) or list them.
    String partnerCustomer = client.customers().provisionAndWait(E2e.customer("shared-ext")).orThrow().getId();
    Set<String> partnerSubscribers = new HashSet<>(sandbox.seedSubscribers(partnerCustomer, 130));
    sent.clear();

    String scopedCustomer = runLifeCycleUpToRemoval(scoped, sandbox, "shared-ext", "sub@shared-ext.example.com");

    List<HttpUrl> scopedUrls = sent.urls();
    assertTrue(scopedUrls.size() > 10, "the life cycle made many calls: " + scopedUrls.size());
    for (HttpUrl url : scopedUrls) {
      assertEquals(List.of(E2e.SUB_PARTNER), url.queryParameterValues(SubPartnerInterceptor.PARAM), url.toString());
    }

    // Isolation, both ways.
    assertEquals(List.of(partnerCustomer), ids(client.customers().list().stream().map(Customer::getId)));
    assertEquals(List.of(scopedCustomer), ids(scoped.customers().list().stream().map(Customer::getId)));
    NotFoundException hidden = assertThrows(NotFoundException.class, () -> client.customers().get(scopedCustomer));
    assertEquals(List.of(4008L), hidden.errorCodes());
    NotFoundException hiddenToo = assertThrows(NotFoundException.class,
        () -> scoped.customers().get(partnerCustomer));
    assertEquals(List.of(4008L), hiddenToo.errorCodes());
    Set<String> partnerSeen = new HashSet<>(
        ids(client.subscribers().list(SubscriberListParams.builder().max(100).build()).stream().map(Subscriber::getId)));
    E2e.assertSameIds(partnerSubscribers, partnerSeen);
    assertTrue(scoped.subscribers().list(SubscriberListParams.builder().max(100).build()).stream()
        .allMatch(s -> s.getCustomerId().equals(scopedCustomer)));

    sent.clear();
    assertTrue(scoped.customers().removeAndWait(scopedCustomer, null, null).isGone());
    assertTrue(sent.urls().stream().allMatch(u -> E2e.SUB_PARTNER.equals(u.queryParameter(SubPartnerInterceptor.PARAM))));
    assertEquals(CustomerStatus.PROVISIONED, client.customers().get(partnerCustomer).getStatus(),
        "removing the sub-partner's customer leaves the partner's alone");
    assertEquals(partnerSubscribers.size(), sandbox.subscriberCount());
  }

  /** The full cycle, removal included, for one client view. */
  private static void runLifeCycle(WholesaleClient c, WholesaleSandbox sandbox, String externalId, String email) {
    String customerId = runLifeCycleUpToRemoval(c, sandbox, externalId, email);
    Set<String> subscriberIds = new HashSet<>(ids(c.subscribers()
        .list(SubscriberListParams.builder().customerId(customerId).build()).stream().map(Subscriber::getId)));

    ProvisioningAccepted removal = c.customers().remove(customerId);
    assertEquals(customerId, removal.id());
    WaitOutcome<Customer> removed = c.customers().awaitRemoved(customerId);
    assertTrue(removed.isSuccess(), removed.describe());
    assertTrue(removed.isGone());
    assertTrue(removed.resource().isEmpty());
    assertEquals(POLLS + 1, removed.attempts(), "deleting for " + POLLS + " polls, then 404");

    NotFoundException gone = assertThrows(NotFoundException.class, () -> c.customers().get(customerId));
    assertEquals(404, gone.statusCode());
    assertEquals(List.of(4008L), gone.errorCodes());
    assertNotNull(gone.trackingId());
    String anySubscriber = subscriberIds.iterator().next();
    NotFoundException subscriberGone = assertThrows(NotFoundException.class, () -> c.subscribers().get(anySubscriber));
    assertEquals(List.of(4009L), subscriberGone.errorCodes(), "the customer's subscribers went with it");
    assertEquals(List.of(), c.customers().list(CustomerListParams.builder().externalId(externalId).build())
        .stream().toList());
  }

  /** Precheck, provision, await, subscriber precheck/provision/await, list, update; returns the customer id. */
  private static String runLifeCycleUpToRemoval(WholesaleClient c, WholesaleSandbox sandbox, String externalId,
      String email) {
    ProvisioningPreCheckResponse precheck = c.customers().precheck(E2e.customerPrecheck(externalId));
    assertEquals("success", precheck.getMessage());
    assertEquals(100L, precheck.getInfo().get(0).getInfoCode());

    ProvisioningAccepted accepted = c.customers().provision(E2e.customer(externalId));
    assertNotNull(accepted.id());
    assertTrue(accepted.url().endsWith("/wholesale/customers/" + accepted.id()), accepted.url());
    assertNotNull(accepted.trackingId());
    String customerId = accepted.id();

    int sleepsBefore = TIME.sleepCount();
    WaitOutcome<Customer> provisioned = c.customers().awaitProvisioned(customerId);
    Customer customer = provisioned.orThrow();
    assertEquals(POLLS + 1, provisioned.attempts(), "provisioning for " + POLLS + " polls, then the outcome");
    assertEquals(POLLS, TIME.sleepCount() - sleepsBefore, "one fake sleep between polls");
    assertEquals(CustomerStatus.PROVISIONED, customer.getStatus());
    assertEquals(externalId, customer.getExternalId());
    assertNotNull(customer.getOrgId(), "orgId is shown once provisioned");
    assertEquals(List.of(), provisioned.problems());

    ProvisioningPreCheckResponse subscriberPrecheck = c.subscribers().precheck(E2e.subscriberPrecheck(customerId, email));
    assertEquals("success", subscriberPrecheck.getMessage());

    Subscriber created = c.subscribers().provision(E2e.subscriber(customerId, email));
    assertEquals(SubscriberStatus.PROVISIONED, created.getStatus());
    assertEquals(customerId, created.getCustomerId());
    assertEquals(externalId, created.getExternalCustomerId());
    WaitOutcome<Subscriber> subscriberDone = c.subscribers().awaitProvisioned(created.getId());
    assertEquals(SubscriberStatus.PROVISIONED, subscriberDone.orThrow().getStatus());
    assertEquals(1, subscriberDone.attempts(), "a provisioned subscriber is done at the first read");

    // Several pages: 150 subscribers at 100 a page.
    List<String> seeded = sandbox.seedSubscribers(customerId, 149);
    long listCalls = E2e.requests(sandbox, Operation.LIST_SUBSCRIBERS);
    List<String> listed = ids(c.subscribers()
        .list(SubscriberListParams.builder().customerId(customerId).max(100).build()).stream().map(Subscriber::getId));
    assertEquals(2, E2e.requests(sandbox, Operation.LIST_SUBSCRIBERS) - listCalls);
    assertEquals(150, listed.size());
    assertEquals(150, new HashSet<>(listed).size(), "no duplicates across pages");
    assertTrue(listed.contains(created.getId()));
    assertTrue(listed.containsAll(seeded));

    WaitOutcome<Customer> updated = c.customers().updateAndWait(customerId,
        new CustomerUpdateRequest().packages(List.of(WholesalePackagesCustomer.WEBEX_SUITE)), null, null);
    assertEquals(POLLS + 1, updated.attempts(), "updating for " + POLLS + " polls, then back");
    assertEquals(CustomerStatus.PROVISIONED, updated.orThrow().getStatus());
    assertEquals(List.of(WholesalePackagesCustomer.WEBEX_SUITE), updated.orThrow().getPackages());

    WaitOutcome<Subscriber> subscriberUpdated = c.subscribers().updateAndWait(created.getId(),
        new SubscriberUpdateRequest().packages(List.of(WholesalePackagesSubscriber.WEBEX_SUITE)), null, null);
    Subscriber after = subscriberUpdated.orThrow();
    assertEquals(SubscriberStatus.PROVISIONED, after.getStatus());
    assertEquals(List.of(WholesalePackagesSubscriber.WEBEX_SUITE), after.getPackages());
    assertNull(after.getPackage());
    assertEquals(1, subscriberUpdated.attempts(), "a subscriber update is synchronous: done at the first read");
    return customerId;
  }

  private static List<String> ids(java.util.stream.Stream<String> ids) {
    return ids.collect(Collectors.toList());
  }
}
