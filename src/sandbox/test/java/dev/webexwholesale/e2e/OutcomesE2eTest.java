package dev.webexwholesale.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.errors.BadRequestException;
import dev.webexwholesale.client.errors.ConflictException;
import dev.webexwholesale.client.errors.ForbiddenException;
import dev.webexwholesale.client.errors.WebexApiException;
import dev.webexwholesale.client.waiter.PackageProblem;
import dev.webexwholesale.client.waiter.ProvisioningFailedException;
import dev.webexwholesale.client.waiter.ProvisioningOnHoldException;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.waiter.WaitTimeoutException;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerStatus;
import dev.webexwholesale.model.ErrorDetail;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberStatus;
import dev.webexwholesale.model.WholesalePackagesCustomer;
import dev.webexwholesale.model.SubscriberPrecheckRequest;
import dev.webexwholesale.sandbox.CustomerOutcome;
import dev.webexwholesale.sandbox.Operation;
import dev.webexwholesale.sandbox.SubscriberOutcome;
import dev.webexwholesale.sandbox.WholesaleSandboxExtension;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.webexwholesale.testing.FakeTime;

/**
 * Background failures, holds and refused requests, each ending in the typed outcome or
 * exception with the status, Webex error codes and tracking ID the sandbox sent.
 */
class OutcomesE2eTest extends SandboxClientTestBase {
  /** Codes the sandbox puts on failed packages, documented in docs/sandbox.md. */
  private static final long PACKAGE_ERROR = 2571;
  private static final long PACKAGE_WARNING = 2560;
  private static final FakeTime TIME = new FakeTime();

  @RegisterExtension
  static final WholesaleSandboxExtension SANDBOX = WholesaleSandboxExtension.create(
      b -> b.provisioningPolls(1).subPartner(E2e.SUB_PARTNER).clock(TIME));

  @Override
  WholesaleSandboxExtension sandboxExtension() {
    return SANDBOX;
  }

  @Override
  FakeTime time() {
    return TIME;
  }

  @Test
  void provisionedWithErrorsFailsTheWaitWithEachPackagesProblems() {
    sandbox.customerOutcome("pwe-1", CustomerOutcome.PROVISIONED_WITH_ERRORS);
    WaitOutcome<Customer> outcome = client.customers().provisionAndWait(
        E2e.customer("pwe-1").packages(List.of(WholesalePackagesCustomer.WEBEX_CALLING,
            WholesalePackagesCustomer.WEBEX_MEETINGS)), null, null);

    assertEquals(WaitOutcome.Kind.FAILED, outcome.kind());
    assertEquals("provisioned_with_errors", outcome.status().orElseThrow());
    assertEquals(CustomerStatus.PROVISIONED_WITH_ERRORS, outcome.resource().orElseThrow().getStatus());
    List<PackageProblem> problems = outcome.problems();
    assertEquals(2, problems.size(), problems.toString());
    PackageProblem calling = problems.get(0);
    assertEquals("webex_calling", calling.name());
    assertEquals("error", calling.status());
    assertEquals(List.of(PACKAGE_ERROR), codes(calling.errors()));
    assertEquals(List.of(PACKAGE_WARNING), codes(calling.warnings()));
    PackageProblem meetings = problems.get(1);
    assertEquals("webex_meetings", meetings.name());
    assertEquals("provisioned", meetings.status());
    assertEquals(List.of(), meetings.errors());
    assertEquals(List.of(PACKAGE_WARNING), codes(meetings.warnings()));

    ProvisioningFailedException failed = assertThrows(ProvisioningFailedException.class, outcome::orThrow);
    assertSame(outcome, failed.outcome());
    String message = failed.getMessage();
    assertTrue(message.contains(outcome.resourceId().orElseThrow()), message);
    assertTrue(message.contains("provisioned_with_errors"), message);
    assertTrue(message.contains("webex_calling (error) errors [2571] warnings [2560]"), message);
    assertTrue(message.contains("webex_meetings (provisioned) warnings [2560]"), message);
  }

  @Test
  void customerErrorFailsWithEveryPackage() {
    sandbox.nextCustomerOutcome(CustomerOutcome.ERROR);
    WaitOutcome<Customer> outcome = client.customers().provisionAndWait(E2e.customer("err-1"));
    assertEquals(WaitOutcome.Kind.FAILED, outcome.kind());
    assertEquals("error", outcome.status().orElseThrow());
    PackageProblem customerLevel = outcome.problems().get(0);
    assertEquals(PackageProblem.Source.CUSTOMER, customerLevel.source(), "customer-level errors[] come first");
    assertEquals(List.of(PACKAGE_ERROR), codes(customerLevel.errors()));
    assertEquals(PackageProblem.Source.PACKAGE, outcome.problems().get(1).source());
    assertEquals(List.of(PACKAGE_ERROR), codes(outcome.problems().get(1).errors()));
    String message = assertThrows(ProvisioningFailedException.class, outcome::orThrow).getMessage();
    assertTrue(message.contains("customer (error) errors [2571]"), message);
    assertTrue(message.contains("webex_calling (error) errors [2571]"), message);
  }

  @Test
  void rplReviewHoldsUntilCompletedThenSucceeds() {
    sandbox.nextCustomerOutcome(CustomerOutcome.PENDING_RPL_REVIEW);
    WaitOutcome<Customer> held = client.customers().provisionAndWait(E2e.customer("rpl-1"));
    assertEquals(WaitOutcome.Kind.ON_HOLD, held.kind());
    assertEquals("pending_rpl_review", held.status().orElseThrow());
    ProvisioningOnHoldException onHold = assertThrows(ProvisioningOnHoldException.class, held::orThrow);
    assertTrue(onHold.getMessage().contains("pending_rpl_review"), onHold.getMessage());
    String customerId = held.resourceId().orElseThrow();

    // A subscriber cannot be added while the customer waits for review.
    BadRequestException notReady = assertThrows(BadRequestException.class,
        () -> client.subscribers().provision(E2e.subscriber(customerId, "early@rpl.example.com")));
    assertEquals(List.of(4010L), notReady.errorCodes());

    sandbox.completeRplReview(customerId);
    WaitOutcome<Customer> done = client.customers().awaitProvisioned(customerId);
    assertEquals(WaitOutcome.Kind.SUCCEEDED, done.kind());
    assertEquals(1, done.attempts(), "the review's end is seen on the first poll");
    assertEquals(CustomerStatus.PROVISIONED, done.orThrow().getStatus());
    assertEquals(SubscriberStatus.PROVISIONED, client.subscribers()
        .provisionAndWait(E2e.subscriber(customerId, "after@rpl.example.com")).orThrow().getStatus());
  }

  @Test
  void freeAccountIsOnHoldAtOnceUntilTheConsentEmailAndConsent() {
    String customerId = sandbox.createProvisionedCustomer("hold-1");
    sandbox.freeAccount("Val@Hold.example.com");
    long getsBefore = sandbox.stats().requests(Operation.GET_SUBSCRIBER);
    WaitOutcome<Subscriber> held = client.subscribers().provisionAndWait(
        E2e.subscriber(customerId, "val@hold.example.com"));
    assertEquals(WaitOutcome.Kind.ON_HOLD, held.kind());
    assertEquals(getsBefore, sandbox.stats().requests(Operation.GET_SUBSCRIBER), "202 is judged without a GET");
    assertEquals("pending_user_migration", held.status().orElseThrow());
    assertEquals(SubscriberStatus.PENDING_USER_MIGRATION, held.resource().orElseThrow().getStatus());
    ProvisioningOnHoldException e = assertThrows(ProvisioningOnHoldException.class, held::orThrow);
    assertTrue(e.getMessage().contains("sendConsentEmail"), e.getMessage());

    String subscriberId = held.resourceId().orElseThrow();
    client.subscribers().sendConsentEmail(subscriberId);
    // consentPolls(1): one more read shows the hold, then the person has consented.
    assertEquals(WaitOutcome.Kind.ON_HOLD, client.subscribers().awaitProvisioned(subscriberId).kind());
    assertEquals(SubscriberStatus.PROVISIONED, client.subscribers().awaitProvisioned(subscriberId).orThrow().getStatus());
  }

  @Test
  void undocumentedStatusIsNeverSuccessAndIsReportedAsItIs() {
    String customerId = sandbox.createProvisionedCustomer("sub-odd");
    sandbox.nextSubscriberOutcome(SubscriberOutcome.UNDOCUMENTED_STATUS);
    WaitOutcome<Subscriber> outcome = client.subscribers().provisionAndWait(
        E2e.subscriber(customerId, "odd@sub-odd.example.com"));
    assertEquals(WaitOutcome.Kind.TIMED_OUT, outcome.kind());
    assertEquals("sandbox_undocumented_status", outcome.status().orElseThrow());
    assertTrue(assertThrows(WaitTimeoutException.class, outcome::orThrow).getMessage()
        .contains("sandbox_undocumented_status"));
  }

  @Test
  void duplicateEmailIsAConflictWithTheSandboxCodeAndNoSecondSubscriber() {
    String customerId = sandbox.createProvisionedCustomer("dup-1");
    Subscriber first = client.subscribers().provision(E2e.subscriber(customerId, "alice@dup.example.com"));
    ConflictException conflict = assertThrows(ConflictException.class,
        () -> client.subscribers().provision(E2e.subscriber(customerId, "ALICE@dup.example.com")));

    assertEquals(409, conflict.statusCode());
    assertEquals(List.of(4092L), conflict.errorCodes());
    assertTrue(conflict.trackingId().startsWith("SANDBOX_"), conflict.trackingId());
    assertEquals("POST", conflict.method());
    assertTrue(conflict.url().endsWith("/v1/wholesale/subscribers"), conflict.url());
    assertTrue(conflict.getMessage().contains("4092"), conflict.getMessage());
    assertTrue(conflict.getMessage().contains(conflict.trackingId()), conflict.getMessage());

    assertEquals(2, E2e.requests(sandbox, Operation.PROVISION_SUBSCRIBER), "a 409 is not retried");
    assertEquals(1, sandbox.stats().duplicateAttempts());
    assertEquals(1, sandbox.provisionsAccepted(customerId, "alice@dup.example.com"));
    assertEquals(first.getId(), client.subscribers().list().stream().map(Subscriber::getId).findFirst().orElseThrow());
    assertEquals(1, sandbox.subscriberCount());
  }

  @Test
  void subscriberPrecheckFailuresAreTyped() {
    String customerId = sandbox.createProvisionedCustomer("pre-1");
    client.subscribers().provision(E2e.subscriber(customerId, "taken@pre.example.com"));

    ConflictException taken = expect(ConflictException.class, 409, 4092L,
        c -> c.subscribers().precheck(E2e.subscriberPrecheck(customerId, "Taken@pre.example.com")));
    assertTrue(taken.webexMessage().toLowerCase().contains("taken@pre.example.com"), taken.webexMessage());
    // The sandbox does not look the customer up on a precheck (the seed's example names one it cannot know).
    assertEquals("success", client.subscribers().precheck(E2e.subscriberPrecheck("no-such-customer", "new@pre.example.com"))
        .getMessage());
    expect(ForbiddenException.class, 403, 4030L,
        c -> c.onBehalfOf("NOT-A-SUB-PARTNER").subscribers().precheck(
            E2e.subscriberPrecheck(customerId, "new@pre.example.com")));

    // Incomplete input never reaches the sandbox.
    long before = sandbox.stats().totalRequests();
    assertThrows(IllegalArgumentException.class, () -> client.subscribers().precheck(
        E2e.subscriberPrecheck(customerId, "both@pre.example.com")
            ._package(SubscriberPrecheckRequest.PackageEnum.WEBEX_CALLING)));
    assertThrows(IllegalArgumentException.class, () -> client.subscribers().precheck(
        E2e.subscriberPrecheck(customerId, null)));
    assertEquals(before, sandbox.stats().totalRequests());
  }

  @Test
  void customerPrecheckFailuresAreTyped() {
    sandbox.createProvisionedCustomer("pre-dup");
    expect(ConflictException.class, 409, 4091L, c -> c.customers().precheck(E2e.customerPrecheck("pre-dup")));
    expect(BadRequestException.class, 400, 4003L, c -> c.customers().precheck(E2e.customerPrecheck("pre-new")
        .packages(List.of(WholesalePackagesCustomer.fromValue("no_such_package")))));
    // The same externalId is free in a sub-partner's scope.
    assertEquals("success", client.onBehalfOf(E2e.SUB_PARTNER).customers()
        .precheck(E2e.customerPrecheck("pre-dup")).getMessage());
  }

  private <E extends WebexApiException> E expect(Class<E> type, int status, long code,
      Function<WholesaleClient, ?> call) {
    E e = assertThrows(type, () -> call.apply(client));
    assertEquals(status, e.statusCode());
    assertEquals(List.of(code), e.errorCodes());
    assertNotNull(e.trackingId());
    assertTrue(e.trackingId().startsWith("SANDBOX_"), e.trackingId());
    assertTrue(e.getMessage().contains(e.trackingId()), e.getMessage());
    return e;
  }

  private static List<Long> codes(List<ErrorDetail> details) {
    return details.stream().map(ErrorDetail::getErrorCode).toList();
  }

}
