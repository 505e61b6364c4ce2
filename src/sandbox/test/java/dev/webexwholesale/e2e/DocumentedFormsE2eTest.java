package dev.webexwholesale.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.webexwholesale.client.CustomerListParams;
import dev.webexwholesale.client.SubscriberListParams;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerStatus;
import dev.webexwholesale.model.Package;
import dev.webexwholesale.model.SubPartner;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.sandbox.CustomerOutcome;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import dev.webexwholesale.sandbox.WholesaleSandboxExtension;
import dev.webexwholesale.testing.FakeTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The forms Webex's documents give, end to end through the client (docs/fidelity.md). */
class DocumentedFormsE2eTest extends SandboxClientTestBase {
  private static final FakeTime TIME = new FakeTime();

  @RegisterExtension
  static final WholesaleSandboxExtension SANDBOX = WholesaleSandboxExtension.create(
      b -> b.provisioningPolls(0).clock(TIME).subPartner("SP-ITEMS"));

  @Override
  WholesaleSandboxExtension sandboxExtension() {
    return SANDBOX;
  }

  @Override
  FakeTime time() {
    return TIME;
  }

  @Test
  void licenseIdsOnlyWhenAsked() {
    String id = sandbox.createProvisionedCustomer("lic-1");
    Package plain = client.customers().get(id).getResourceDetails().getPackages().get(0);
    Package withLicenses = client.customers().get(id, true).getResourceDetails().getPackages().get(0);
    assertNull(plain.getLicenseIds());
    assertEquals(1, withLicenses.getLicenseIds().size());
  }

  @Test
  void customersFilterOnSeveralStatuses() {
    sandbox.createProvisionedCustomer("st-ok");
    sandbox.nextCustomerOutcome(CustomerOutcome.ERROR);
    client.customers().provision(E2e.customer("st-err"));
    sandbox.nextCustomerOutcome(CustomerOutcome.PENDING_RPL_REVIEW);
    client.customers().provision(E2e.customer("st-rpl"));

    Set<String> both = client.customers().list(CustomerListParams.builder()
            .status(CustomerStatus.ERROR, CustomerStatus.PENDING_RPL_REVIEW).build()).stream()
        .map(Customer::getExternalId).filter(e -> e.startsWith("st-")).collect(Collectors.toSet());
    assertEquals(Set.of("st-err", "st-rpl"), both);
  }

  @Test
  void subscribersFilterOnEpochMilliseconds() {
    String customerId = sandbox.createProvisionedCustomer("epoch");
    long before = TIME.instant().toEpochMilli() - 1;
    Subscriber s = client.subscribers().provision(E2e.subscriber(customerId, "epoch@e.example.com"));

    List<String> found = client.subscribers().list(SubscriberListParams.builder().customerId(customerId)
        .after(java.time.Instant.ofEpochMilli(before)).build()).stream().map(Subscriber::getId).toList();
    assertEquals(List.of(s.getId()), found);
  }

  @Test
  void subPartnerListsDecodeUnderEitherDocumentedKey() {
    for (String key : List.of("items", "subPartners")) {
      try (WholesaleSandbox other = WholesaleSandbox.builder().subPartner("SP-" + key).subPartnerListKey(key).build()
          .start();
          WholesaleClient c = WholesaleClient.builder().baseUrl(other.baseUrl()).accessToken("t").build()) {
        List<String> orgIds = c.subPartners().list().stream().map(SubPartner::getOrgId).toList();
        assertEquals(List.of("SP-" + key), orgIds, key);
      }
    }
  }
}
