package example;

import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.model.Address;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.WholesalePackagesCustomer;
import java.util.List;

/** What a partner writes: onboard one customer and wait until Webex has provisioned it. */
public final class Onboarding {
  private final WholesaleClient client;

  public Onboarding(WholesaleClient client) {
    this.client = client;
  }

  public Customer onboard(String provisioningId, String externalId) {
    WaitOutcome<Customer> outcome = client.customers().provisionAndWait(new CustomerProvisionRequest()
        .provisioningId(provisioningId)
        .packages(List.of(WholesalePackagesCustomer.WEBEX_CALLING))
        .externalId(externalId)
        .address(new Address().addressLine1("771 Alder Drive").city("Milpitas")
            .stateOrProvince("CA").zipOrPostalCode("95035").country("US")));
    return outcome.orThrow();
  }
}
