package dev.webexwholesale.client;

import dev.webexwholesale.model.CustomerUpdateRequest;
import dev.webexwholesale.model.CustomerPrecheckRequest;
import dev.webexwholesale.model.Address;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.SubscriberPrecheckRequest;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import dev.webexwholesale.model.SubscriberProvisioningParameters;
import dev.webexwholesale.model.SubscriberUpdateRequest;
import dev.webexwholesale.model.WholesalePackagesCustomer;
import dev.webexwholesale.model.WholesalePackagesSubscriber;
import java.util.List;

/** Valid requests that tests then break one field at a time. */
final class TestData {
  static final String CUSTOMER_JSON = "{\"id\":\"Y3VzdC0x\",\"orgId\":\"b3JnLTE=\",\"externalId\":\"ext-1\","
      + "\"status\":\"provisioned\",\"packages\":[\"webex_calling\"],\"futureField\":{\"x\":1}}";
  static final String SUBSCRIBER_JSON = "{\"id\":\"c3ViLTE=\",\"email\":\"ann@example.com\","
      + "\"customerId\":\"Y3VzdC0x\",\"packages\":[\"webex_calling\"],\"status\":\"provisioned\","
      + "\"created\":\"2024-05-01T10:15:30Z\"}";

  private TestData() {
  }

  static CustomerProvisionRequest customerProvision() {
    return new CustomerProvisionRequest()
        .provisioningId("prov-1")
        .packages(List.of(WholesalePackagesCustomer.WEBEX_CALLING))
        .externalId("ext-1")
        .address(new Address().addressLine1("771 Alder Drive").city("Milpitas").stateOrProvince("CA")
            .zipOrPostalCode("95035").country("US"));
  }

  static SubscriberProvisionRequest subscriberProvision() {
    return new SubscriberProvisionRequest()
        .customerId("Y3VzdC0x")
        .email("ann@example.com")
        .packages(List.of(WholesalePackagesSubscriber.WEBEX_CALLING))
        .provisioningParameters(new SubscriberProvisioningParameters().extension("7209"));
  }

  /** The smallest customer precheck Webex accepts: the billing address. */
  static CustomerPrecheckRequest customerPrecheck() {
    return new CustomerPrecheckRequest().externalId("ext-9")
        .address(new Address().addressLine1("771 Alder Drive").city("Milpitas").country("US"));
  }

  /** The smallest customer update Webex accepts: the complete package list. */
  static CustomerUpdateRequest customerUpdate() {
    return new CustomerUpdateRequest().packages(List.of(WholesalePackagesCustomer.WEBEX_CALLING));
  }

  static SubscriberUpdateRequest subscriberUpdate() {
    return new SubscriberUpdateRequest().packages(List.of(WholesalePackagesSubscriber.WEBEX_SUITE));
  }

  static SubscriberPrecheckRequest subscriberPrecheck() {
    return new SubscriberPrecheckRequest()
        .email("ann@example.com")
        .packages(List.of(WholesalePackagesSubscriber.WEBEX_CALLING));
  }
}
