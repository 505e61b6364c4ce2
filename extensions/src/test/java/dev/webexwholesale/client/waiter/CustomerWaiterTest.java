package dev.webexwholesale.client.waiter;

import dev.webexwholesale.testing.FakeTime;
import static dev.webexwholesale.client.waiter.Fixtures.CUSTOMER_ID;
import static dev.webexwholesale.client.waiter.Fixtures.EXACT;
import static dev.webexwholesale.client.waiter.Fixtures.customer;
import static dev.webexwholesale.client.waiter.Fixtures.customerWithProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerStatus;
import dev.webexwholesale.model.Package;
import dev.webexwholesale.model.ResourceDetails;
import dev.webexwholesale.model.SubscriberStatus;
import dev.webexwholesale.model.WholesalePackagesCustomer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerWaiterTest {

  private final FakeTime time = new FakeTime();
  private final ResourceWaiters waiters = Fixtures.waiters(time, EXACT);

  @Test
  void succeedsAfterTransientStatuses() {
    Customer done = customer("provisioned");
    Script<Customer> script = Script.<Customer>of()
        .then(customer("provisioning")).then(customer("provisioning")).then(customer("updating")).then(done);

    WaitOutcome<Customer> outcome = waiters.awaitCustomerProvisioned(script);

    assertEquals(WaitOutcome.Kind.SUCCEEDED, outcome.kind());
    assertTrue(outcome.isSuccess());
    assertSame(done, outcome.resource().orElseThrow());
    assertSame(done, outcome.orThrow());
    assertEquals("provisioned", outcome.status().orElseThrow());
    assertEquals(CUSTOMER_ID, outcome.resourceId().orElseThrow());
    assertEquals(4, outcome.attempts());
    assertEquals(4, script.polls);
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8)), time.sleeps());
    assertEquals(Duration.ofSeconds(14), outcome.elapsed());
    assertTrue(outcome.problems().isEmpty());
  }

  @Test
  void deletingIsTransientWhileAwaitingProvisioned() {
    WaitOutcome<Customer> outcome = waiters.awaitCustomerProvisioned(
        Script.<Customer>of().then(customer("deleting")).then(customer("provisioned")));
    assertEquals(WaitOutcome.Kind.SUCCEEDED, outcome.kind());
    assertEquals(2, outcome.attempts());
  }

  @ParameterizedTest
  @ValueSource(strings = {"error", "provisioned_with_errors"})
  void failureStopsAtOnceWithPackageProblems(String status) {
    Script<Customer> script = Script.<Customer>of()
        .then(customer("provisioning")).then(customerWithProblems(status)).then(customer("provisioned"));

    WaitOutcome<Customer> outcome = waiters.awaitCustomerProvisioned(script);

    assertEquals(WaitOutcome.Kind.FAILED, outcome.kind());
    assertFalse(outcome.isSuccess());
    assertEquals(2, script.polls, "no poll after a terminal failure");
    assertEquals(status, outcome.status().orElseThrow());
    List<PackageProblem> problems = outcome.problems();
    assertEquals(2, problems.size(), "the clean meetings package is not a problem: " + problems);
    PackageProblem calling = problems.get(0);
    assertEquals(PackageProblem.Source.PACKAGE, calling.source());
    assertEquals("webex_calling", calling.name());
    assertEquals("error", calling.status());
    assertEquals(List.of(4003L, 4101L), calling.errors().stream().map(e -> e.getErrorCode()).toList());
    assertEquals("Location creation failed", calling.errors().get(0).getDescription());
    PackageProblem console = problems.get(1);
    assertEquals(PackageProblem.Source.ADD_ON, console.source());
    assertEquals("attendant_console", console.name());
    assertEquals(7001L, console.warnings().get(0).getErrorCode());
    assertTrue(console.errors().isEmpty());

    ProvisioningFailedException e = assertThrows(ProvisioningFailedException.class, outcome::orThrow);
    assertSame(outcome, e.outcome());
    String message = e.getMessage();
    assertEquals(-1, message.indexOf('\n'), "one line: " + message);
    assertTrue(message.startsWith("customer " + CUSTOMER_ID + " failed with status " + status + " after 2 attempts in PT2S"), message);
    assertTrue(message.contains("webex_calling (error) errors [4003, 4101]"), message);
    assertTrue(message.contains("addOn attendant_console (provisioned) warnings [7001]"), message);
  }

  @Test
  void complianceHoldStopsAtOnce() {
    Script<Customer> script = Script.<Customer>of().then(customer("pending_rpl_review")).then(customer("provisioned"));

    WaitOutcome<Customer> outcome = waiters.awaitCustomerProvisioned(script);

    assertEquals(WaitOutcome.Kind.ON_HOLD, outcome.kind());
    assertEquals(1, script.polls);
    assertTrue(time.sleeps().isEmpty());
    ProvisioningOnHoldException e = assertThrows(ProvisioningOnHoldException.class, outcome::orThrow);
    assertEquals("customer " + CUSTOMER_ID + " is on hold with status pending_rpl_review (" + CustomerAcceptors.RPL_REMEDY
        + ") after 1 attempt in PT0S", e.getMessage());
  }

  @Test
  void timesOutWithLastResourceSeen() {
    WaiterConfig config = EXACT.toBuilder().maxTime(Duration.ofSeconds(10)).build();
    Customer last = customer("provisioning");

    WaitOutcome<Customer> outcome = waiters.awaitCustomerProvisioned(
        Script.<Customer>of().then(customer("provisioning")).then(last), config, null);

    assertEquals(WaitOutcome.Kind.TIMED_OUT, outcome.kind());
    assertSame(last, outcome.resource().orElseThrow());
    // Polls at 0, 2 and 6 s; the 8 s backoff is cut to end at the deadline for a last poll at 10 s.
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(4)), time.sleeps());
    assertEquals(4, outcome.attempts());
    assertEquals(Duration.ofSeconds(10), outcome.elapsed());
    WaitTimeoutException e = assertThrows(WaitTimeoutException.class, outcome::orThrow);
    assertEquals("customer " + CUSTOMER_ID + " timed out, last status provisioning after 4 attempts in PT10S",
        e.getMessage());
  }

  @Test
  void unknownStatusKeepsWaitingUntilMaxTime() {
    WaiterConfig config = EXACT.toBuilder().maxTime(Duration.ofMinutes(2)).build();
    Script<Customer> script = Script.<Customer>of().then(customer("quarantined"));

    WaitOutcome<Customer> outcome = waiters.awaitCustomerProvisioned(script, config, null);

    assertEquals(WaitOutcome.Kind.TIMED_OUT, outcome.kind());
    assertEquals("quarantined", outcome.status().orElseThrow());
    assertEquals(Duration.ofMinutes(2), outcome.elapsed());
    assertEquals(Duration.ofMinutes(2), time.slept());
    assertEquals(script.polls, outcome.attempts());
    assertTrue(script.polls > 5, "kept polling: " + script.polls);
  }

  @Test
  void terminalAnswerWinsEvenWhenThePollEndsPastTheDeadline() {
    WaiterConfig config = EXACT.toBuilder().maxTime(Duration.ofSeconds(5)).build();
    WaitOutcome<Customer> outcome = waiters.awaitCustomerProvisioned(Script.<Customer>of().thenDo(() -> {
      time.advance(Duration.ofSeconds(9)); // a very slow GET
      return PollAnswer.of(customer("provisioned"));
    }), config, null);
    assertEquals(WaitOutcome.Kind.SUCCEEDED, outcome.kind());
    assertEquals(Duration.ofSeconds(9), outcome.elapsed());
  }

  @Test
  void transientAnswerPastTheDeadlineTimesOutWithoutSleeping() {
    WaiterConfig config = EXACT.toBuilder().maxTime(Duration.ofSeconds(5)).build();
    WaitOutcome<Customer> outcome = waiters.awaitCustomerProvisioned(Script.<Customer>of().thenDo(() -> {
      time.advance(Duration.ofSeconds(6));
      return PollAnswer.of(customer("provisioning"));
    }), config, null);
    assertEquals(WaitOutcome.Kind.TIMED_OUT, outcome.kind());
    assertEquals(1, outcome.attempts());
    assertTrue(time.sleeps().isEmpty());
  }

  @Test
  void removalSucceedsWhenTheCustomerIsGone() {
    Script<Customer> script = Script.<Customer>of()
        .then(customer("provisioned")).then(customer("deleting")).then(PollAnswer.gone());

    WaitOutcome<Customer> outcome = waiters.awaitCustomerRemoved(script);

    assertEquals(WaitOutcome.Kind.SUCCEEDED, outcome.kind());
    assertTrue(outcome.isGone());
    assertTrue(outcome.resource().isEmpty());
    assertTrue(outcome.status().isEmpty());
    assertEquals(CUSTOMER_ID, outcome.resourceId().orElseThrow(), "id kept from the last customer seen");
    assertEquals(3, outcome.attempts());
    assertNull(outcome.orThrow());
    assertEquals("customer " + CUSTOMER_ID + " removed after 3 attempts in PT6S", outcome.describe());
  }

  @Test
  void removalFailsOnError() {
    WaitOutcome<Customer> outcome = waiters.awaitCustomerRemoved(
        Script.<Customer>of().then(customer("deleting")).then(customerWithProblems("error")));
    assertEquals(WaitOutcome.Kind.FAILED, outcome.kind());
    assertEquals(2, outcome.problems().size());
    assertThrows(ProvisioningFailedException.class, outcome::orThrow);
  }

  @Test
  void goneWhileAwaitingProvisionedIsAFailure() {
    WaitOutcome<Customer> outcome = waiters.awaitCustomerProvisioned(
        Script.<Customer>of().then(customer("provisioning")).then(PollAnswer.gone()));
    assertEquals(WaitOutcome.Kind.FAILED, outcome.kind());
    assertTrue(outcome.isGone());
    assertTrue(outcome.describe().contains("disappeared"), outcome.describe());
  }

  @Test
  void warningsOnASuccessAreStillReported() {
    WaitOutcome<Customer> outcome = waiters.awaitCustomerProvisioned(
        Script.<Customer>of().then(customerWithProblems("provisioned")));
    assertTrue(outcome.isSuccess());
    assertEquals(2, outcome.problems().size());
  }

  @Test
  void packageInErrorWithoutDetailsIsStillAProblem() {
    Customer failed = customer("error").resourceDetails(new ResourceDetails()
        .packages(List.of(new Package()
            .name(WholesalePackagesCustomer.WEBEX_SUITE)
            .status(Package.StatusEnum.ERROR))));
    WaitOutcome<Customer> outcome = waiters.awaitCustomerProvisioned(Script.<Customer>of().then(failed));
    assertEquals(1, outcome.problems().size());
    assertEquals("webex_suite (error)", outcome.problems().get(0).summary());
    assertTrue(outcome.describe().endsWith("; problems: webex_suite (error)"), outcome.describe());
  }

  /** Stands in for the client layer's 404 exception. */
  static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void goneWhenMapsOnlyNotFoundToGone() {
    List<Object> answers = new ArrayList<>(List.of(customer("deleting"), new NotFound()));
    Poller<Customer> poller = Poller.goneWhen(() -> {
      Object next = answers.remove(0);
      if (next instanceof RuntimeException) {
        throw (RuntimeException) next;
      }
      return (Customer) next;
    }, e -> e instanceof NotFound);

    WaitOutcome<Customer> outcome = waiters.awaitCustomerRemoved(poller);

    assertTrue(outcome.isSuccess());
    assertTrue(outcome.isGone());
    assertEquals(2, outcome.attempts());
    IllegalStateException other = new IllegalStateException("500");
    assertSame(other, assertThrows(IllegalStateException.class,
        () -> Poller.goneWhen(() -> { throw other; }, e -> e instanceof NotFound).poll()));
  }

  @Test
  void pollerOfWrapsAPlainRead() throws Exception {
    Customer c = customer("provisioned");
    assertSame(c, Poller.of(() -> c).poll().resource().orElseThrow());
  }

  @Test
  void classifyMapsStatusesLikeTheWaiter() {
    assertEquals(WaitState.SUCCESS, CustomerAcceptors.classify(CustomerStatus.PROVISIONED));
    assertEquals(WaitState.FAILURE, CustomerAcceptors.classify(CustomerStatus.PROVISIONED_WITH_ERRORS));
    assertEquals(WaitState.HOLD, CustomerAcceptors.classify(CustomerStatus.PENDING_RPL_REVIEW));
    assertEquals(WaitState.RETRY, CustomerAcceptors.classify(CustomerStatus.fromValue("archived")));
    assertEquals(WaitState.RETRY, CustomerAcceptors.classify(null));
    assertEquals(WaitState.HOLD, SubscriberAcceptors.classify(SubscriberStatus.PENDING_USER_MIGRATION));
    assertEquals(WaitState.SUCCESS, SubscriberAcceptors.classify(SubscriberStatus.PROVISIONED));
    assertEquals(WaitState.RETRY, SubscriberAcceptors.classify(SubscriberStatus.fromValue("updating")));
  }
}
