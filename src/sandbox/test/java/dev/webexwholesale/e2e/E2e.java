package dev.webexwholesale.e2e;

import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.model.Address;
import dev.webexwholesale.model.CustomerPrecheckRequest;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.SubscriberPrecheckRequest;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import dev.webexwholesale.model.SubscriberProvisioningParameters;
import dev.webexwholesale.model.WholesalePackagesCustomer;
import dev.webexwholesale.model.WholesalePackagesSubscriber;
import dev.webexwholesale.sandbox.Operation;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import java.time.Duration;
import java.util.List;
import dev.webexwholesale.testing.FakeTime;

/** Clients pointed at a sandbox, and valid requests, as a provisioning engineer would write them. */
final class E2e {
  static final String TOKEN = "e2e-partner-token";
  static final String SUB_PARTNER = "SUB-PARTNER-ORG-7";

  /** Polls every second of fake time; a transition of K polls ends well inside maxTime. */
  static final WaiterConfig FAST_WAITS = WaiterConfig.builder()
      .backoff(WaiterConfig.DEFAULT_BACKOFF.withInitial(Duration.ofSeconds(1)).withMax(Duration.ofSeconds(2)))
      .maxTime(Duration.ofMinutes(2))
      .build();

  private E2e() {
  }

  static WholesaleClient.Builder clientFor(WholesaleSandbox sandbox, FakeTime time) {
    return WholesaleClient.builder()
        .baseUrl(sandbox.baseUrl())
        .accessToken(TOKEN)
        .time(time)
        .waiterConfig(FAST_WAITS);
  }

  static Address address() {
    return new Address().addressLine1("771 Alder Drive").city("Milpitas").stateOrProvince("CA")
        .zipOrPostalCode("95035").country("US");
  }

  static CustomerProvisionRequest customer(String externalId) {
    return new CustomerProvisionRequest()
        .provisioningId("prov-" + externalId)
        .packages(List.of(WholesalePackagesCustomer.WEBEX_CALLING))
        .externalId(externalId)
        .address(address());
  }

  static CustomerPrecheckRequest customerPrecheck(String externalId) {
    return new CustomerPrecheckRequest()
        .provisioningId("prov-" + externalId)
        .packages(List.of(WholesalePackagesCustomer.WEBEX_CALLING))
        .externalId(externalId)
        .address(address());
  }

  static SubscriberProvisionRequest subscriber(String customerId, String email) {
    return new SubscriberProvisionRequest()
        .customerId(customerId)
        .email(email)
        .packages(List.of(WholesalePackagesSubscriber.WEBEX_CALLING))
        .provisioningParameters(new SubscriberProvisioningParameters().firstName("Ann").extension("7209"));
  }

  static SubscriberPrecheckRequest subscriberPrecheck(String customerId, String email) {
    return new SubscriberPrecheckRequest()
        .customerId(customerId)
        .email(email)
        .packages(List.of(WholesalePackagesSubscriber.WEBEX_CALLING));
  }

  /** Same ids, reported as counts of missing and extra ones rather than thousands of ids. */
  static void assertSameIds(java.util.Collection<String> expected, java.util.Collection<String> actual) {
    java.util.Set<String> missing = new java.util.HashSet<>(expected);
    missing.removeAll(actual);
    java.util.Set<String> extra = new java.util.HashSet<>(actual);
    extra.removeAll(expected);
    org.junit.jupiter.api.Assertions.assertTrue(missing.isEmpty() && extra.isEmpty(),
        missing.size() + " expected ids missing, " + extra.size() + " unexpected ids listed");
  }

  static long requests(WholesaleSandbox sandbox, Operation operation) {
    return sandbox.stats().requests(operation);
  }
}
