package dev.webexwholesale.client.waiter;

import dev.webexwholesale.client.retry.Backoff;
import dev.webexwholesale.testing.FakeTime;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerStatus;
import dev.webexwholesale.model.ErrorDetail;
import dev.webexwholesale.model.Package;
import dev.webexwholesale.model.ResourceDetails;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberStatus;
import dev.webexwholesale.model.WholesalePackagesCustomer;
import dev.webexwholesale.model.WholesalePackagesSubscriber;
import java.time.Duration;
import java.util.List;

final class Fixtures {

  static final String CUSTOMER_ID = "Y2lzY29zcGFyazovL3VzL0NVU1RPTUVSLzEyMw";
  static final String SUBSCRIBER_ID = "Y2lzY29zcGFyazovL3VzL1NVQlNDUklCRVIvNDU2";

  /** No jitter, fixed numbers: every delay is exactly computable. */
  static final WaiterConfig EXACT = WaiterConfig.builder()
      .backoff(new Backoff(Duration.ofSeconds(2), 2.0, Duration.ofSeconds(30), 0))
      .maxTime(Duration.ofMinutes(15))
      .build();

  private Fixtures() {}

  static Customer customer(String status) {
    return new Customer().id(CUSTOMER_ID).status(CustomerStatus.fromValue(status));
  }

  static Subscriber subscriber(String status) {
    return new Subscriber()
        .id(SUBSCRIBER_ID)
        .status(SubscriberStatus.fromValue(status))
        .packages(List.of(WholesalePackagesSubscriber.WEBEX_CALLING));
  }

  static ErrorDetail detail(long code, String description) {
    return new ErrorDetail().errorCode(code).description(description);
  }

  /** A failed calling package, a clean meetings package and an add-on with a warning. */
  static Customer customerWithProblems(String status) {
    ResourceDetails details = new ResourceDetails()
        .packages(List.of(
            new Package().name(WholesalePackagesCustomer.WEBEX_CALLING).status(Package.StatusEnum.ERROR)
                .errors(List.of(detail(4003, "Location creation failed"), detail(4101, "No PSTN"))),
            new Package().name(WholesalePackagesCustomer.WEBEX_MEETINGS).status(Package.StatusEnum.PROVISIONED)))
        .addOns(List.of(
            new Package().name(WholesalePackagesCustomer.ATTENDANT_CONSOLE).status(Package.StatusEnum.PROVISIONED)
                .warnings(List.of(detail(7001, "Console licence pending")))));
    return customer(status).resourceDetails(details);
  }

  static ResourceWaiters waiters(FakeTime time, WaiterConfig config) {
    return ResourceWaiters.create(b -> b.time(time).random(() -> 0.5).config(config));
  }
}
