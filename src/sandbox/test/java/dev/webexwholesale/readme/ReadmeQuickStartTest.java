package dev.webexwholesale.readme;

import dev.webexwholesale.testing.FakeTime;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.SubscriberListParams;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.errors.ConflictException;
import dev.webexwholesale.client.errors.WebexApiException;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.retry.Backoff;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.model.Address;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.CustomerStatus;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import dev.webexwholesale.model.SubscriberProvisioningParameters;
import dev.webexwholesale.model.WholesalePackagesCustomer;
import dev.webexwholesale.model.WholesalePackagesSubscriber;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's Java quick start, step for step, against the sandbox: the README cannot rot. */
class ReadmeQuickStartTest {
  private static final String SUB_PARTNER = "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi9zdWI";

  @Test
  void quickStartRunsAsWritten() {
    FakeTime time = new FakeTime();
    try (WholesaleSandbox sandbox = WholesaleSandbox.builder().subPartner(SUB_PARTNER).build().start();
         WholesaleClient client = WholesaleClient.builder()
             .baseUrl(sandbox.baseUrl())                 // README: omitted, https://webexapis.com/v1
             .accessToken(() -> "any-token")             // README: tokens::current
             .time(time)                                 // README: omitted; tests never really sleep
             .waiterConfig(WaiterConfig.builder().backoff(Backoff.fixed(Duration.ofSeconds(1))).build())
             .build()) {

      // Provision a customer and wait until Webex has really provisioned it.
      WaitOutcome<Customer> outcome = client.customers().provisionAndWait(new CustomerProvisionRequest()
          .provisioningId("ZjViMzYxODctYzhkZC00NzI3")
          .packages(List.of(WholesalePackagesCustomer.WEBEX_CALLING))
          .externalId("acme-0042")
          .address(new Address().addressLine1("771 Alder Drive").city("Milpitas")
              .stateOrProvince("CA").zipOrPostalCode("95035").country("US")));
      Customer customer = outcome.orThrow();
      assertEquals(CustomerStatus.PROVISIONED, customer.getStatus());

      // Get it again later.
      Customer again = client.customers().get(customer.getId());
      assertEquals("acme-0042", again.getExternalId());

      // Add a subscriber and wait for it.
      Subscriber alice = client.subscribers().provisionAndWait(new SubscriberProvisionRequest()
          .customerId(customer.getId())
          .email("alice.anderson@acme.com")
          .packages(List.of(WholesalePackagesSubscriber.WEBEX_CALLING))
          .provisioningParameters(new SubscriberProvisioningParameters().extension("7209"))).orThrow();
      assertNotNull(alice.getId());

      // A typed error: provisioning the same email twice.
      try {
        client.subscribers().provision(new SubscriberProvisionRequest()
            .customerId(customer.getId()).email("alice.anderson@acme.com")
            .packages(List.of(WholesalePackagesSubscriber.WEBEX_CALLING))
            .provisioningParameters(new SubscriberProvisioningParameters().extension("7209")));
        throw new AssertionError("a duplicate must fail");
      } catch (ConflictException e) {
        assertEquals(409, e.statusCode());
        assertTrue(e.getMessage().startsWith("HTTP 409 Conflict: "), e.getMessage());
        assertTrue(e.trackingId() != null && !e.errorCodes().isEmpty(), e.getMessage());
      }

      // Iterate every subscriber of the customer, page by page.
      List<String> emails = new ArrayList<>();
      for (Subscriber s : client.subscribers().list(SubscriberListParams.builder().customerId(customer.getId()).build())) {
        emails.add(s.getEmail());
      }
      assertEquals(List.of("alice.anderson@acme.com"), emails);

      // Act for a sub-partner: every call of the view carries onBehalfOfSubPartnerOrgId.
      WholesaleClient subPartner = client.onBehalfOf(SUB_PARTNER);
      Customer theirs = subPartner.customers().provisionAndWait(new CustomerProvisionRequest()
          .provisioningId("ZjViMzYxODctYzhkZC00NzI3")
          .packages(List.of(WholesalePackagesCustomer.WEBEX_MEETINGS))
          .externalId("beta-7")
          .address(new Address().addressLine1("1 Main St").city("Oslo").zipOrPostalCode("0150").country("NO"))).orThrow();
      assertEquals(List.of("beta-7"), subPartner.customers().list().stream().map(Customer::getExternalId).toList());
      try {
        client.customers().get(theirs.getId());
        throw new AssertionError("the partner scope must not see the sub-partner's customer");
      } catch (WebexApiException e) {
        assertEquals(404, e.statusCode());
      }
      assertTrue(time.sleepCount() >= 2, "waiting used the injected time: " + time.sleeps());
    }
  }
}
