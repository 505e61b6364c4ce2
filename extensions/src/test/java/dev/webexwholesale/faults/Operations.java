package dev.webexwholesale.faults;

import dev.webexwholesale.client.SubscriberListParams;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.model.Address;
import dev.webexwholesale.model.Address;
import dev.webexwholesale.model.CustomerPrecheckRequest;
import dev.webexwholesale.model.SubscriberProvisioningParameters;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.CustomerUpdateRequest;
import dev.webexwholesale.model.SubscriberPrecheckRequest;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import dev.webexwholesale.model.WholesalePackagesCustomer;
import dev.webexwholesale.model.WholesalePackagesSubscriber;
import java.util.function.Consumer;

/** Client calls grouped by whether a replay could do the work twice. */
final class Operations {
  private Operations() {
  }

  /** The POSTs: a replay after an ambiguous failure could provision twice. */
  enum Post {
    PROVISION_CUSTOMER("/v1/wholesale/customers", c -> c.customers().provision(customerProvision())),
    PRECHECK_CUSTOMER("/v1/wholesale/customers/validate",
        c -> c.customers().precheck(new CustomerPrecheckRequest().externalId("ext-1").address(new Address().addressLine1("771 Alder Drive").city("Milpitas").country("US")))),
    PROVISION_SUBSCRIBER("/v1/wholesale/subscribers", c -> c.subscribers().provision(subscriberProvision())),
    PRECHECK_SUBSCRIBER("/v1/wholesale/subscribers/validate", c -> c.subscribers().precheck(
        new SubscriberPrecheckRequest().email("alice@acme.test").addPackagesItem(WholesalePackagesSubscriber.WEBEX_CALLING)));

    final String path;
    final Consumer<WholesaleClient> call;

    Post(String path, Consumer<WholesaleClient> call) {
      this.path = path;
      this.call = call;
    }
  }

  /** GET, PUT and DELETE: replaying them is harmless. */
  enum Idempotent {
    GET_CUSTOMER("GET", "/v1/wholesale/customers/" + FaultTestBase.CUSTOMER_ID,
        c -> c.customers().get(FaultTestBase.CUSTOMER_ID)),
    LIST_SUBSCRIBERS("GET", "/v1/wholesale/subscribers",
        c -> c.subscribers().listPage(SubscriberListParams.builder().max(10).build())),
    UPDATE_CUSTOMER("PUT", "/v1/wholesale/customers/" + FaultTestBase.CUSTOMER_ID,
        c -> c.customers().update(FaultTestBase.CUSTOMER_ID,
            new CustomerUpdateRequest().addPackagesItem(WholesalePackagesCustomer.WEBEX_MEETINGS))),
    REMOVE_SUBSCRIBER("DELETE", "/v1/wholesale/subscribers/" + FaultTestBase.SUBSCRIBER_ID,
        c -> c.subscribers().remove(FaultTestBase.SUBSCRIBER_ID));

    final String method;
    final String path;
    final Consumer<WholesaleClient> call;

    Idempotent(String method, String path, Consumer<WholesaleClient> call) {
      this.method = method;
      this.path = path;
      this.call = call;
    }
  }

  static CustomerProvisionRequest customerProvision() {
    return new CustomerProvisionRequest()
        .provisioningId("prov-1")
        .addPackagesItem(WholesalePackagesCustomer.WEBEX_CALLING)
        .externalId("ext-1")
        .address(new Address().addressLine1("771 Alder Drive").city("Milpitas").stateOrProvince("CA")
            .zipOrPostalCode("95035").country("US"));
  }

  static SubscriberProvisionRequest subscriberProvision() {
    return new SubscriberProvisionRequest()
        .customerId(FaultTestBase.CUSTOMER_ID)
        .email("alice@acme.test")
        .addPackagesItem(WholesalePackagesSubscriber.WEBEX_CALLING)
        .provisioningParameters(new SubscriberProvisioningParameters().extension("7209"));
  }
}
