package dev.webexwholesale.client.waiter;

import dev.webexwholesale.testing.FakeTime;
import static dev.webexwholesale.client.waiter.Fixtures.EXACT;
import static dev.webexwholesale.client.waiter.Fixtures.SUBSCRIBER_ID;
import static dev.webexwholesale.client.waiter.Fixtures.detail;
import static dev.webexwholesale.client.waiter.Fixtures.subscriber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberStatus;
import dev.webexwholesale.model.WholesalePackagesSubscriber;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubscriberWaiterTest {

  private final FakeTime time = new FakeTime();
  private final ResourceWaiters waiters = Fixtures.waiters(time, EXACT);

  @Test
  void provisionedSucceedsAtOnce() {
    Subscriber done = subscriber("provisioned");
    Script<Subscriber> script = Script.<Subscriber>of().then(done);
    WaitOutcome<Subscriber> outcome = waiters.awaitSubscriberProvisioned(script);
    assertEquals(WaitOutcome.Kind.SUCCEEDED, outcome.kind());
    assertSame(done, outcome.orThrow());
    assertEquals(1, script.polls);
    assertTrue(time.sleeps().isEmpty());
  }

  @Test
  void undocumentedStatusesAreReportedAsTheyAreAndKeepWaiting() {
    // Webex documents only provisioned and pending_user_migration: anything else is never success.
    Subscriber done = subscriber("provisioned");
    WaitOutcome<Subscriber> outcome = waiters.awaitSubscriberProvisioned(Script.<Subscriber>of()
        .then(subscriber("provisioning")).then(subscriber("updating")).then(done));
    assertEquals(WaitOutcome.Kind.SUCCEEDED, outcome.kind());
    assertSame(done, outcome.orThrow());
    assertEquals(3, outcome.attempts());
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4)), time.sleeps());
  }

  @Test
  void undocumentedErrorStatusTimesOutWithItsStatusAndErrors() {
    Subscriber failed = subscriber("error")
        .packages(List.of(WholesalePackagesSubscriber.WEBEX_CALLING, WholesalePackagesSubscriber.WEBEX_MEETINGS))
        .errors(List.of(detail(5011, "Email already in use")));

    WaitOutcome<Subscriber> outcome = waiters.awaitSubscriberProvisioned(Script.<Subscriber>of().then(failed));

    assertEquals(WaitOutcome.Kind.TIMED_OUT, outcome.kind());
    assertEquals("error", outcome.status().orElseThrow());
    PackageProblem problem = outcome.problems().get(0);
    assertEquals(PackageProblem.Source.SUBSCRIBER, problem.source());
    assertEquals("webex_calling+webex_meetings", problem.name());
    assertEquals(5011L, problem.errors().get(0).getErrorCode());
    WaitTimeoutException e = assertThrows(WaitTimeoutException.class, outcome::orThrow);
    assertTrue(e.getMessage().contains("last status error"), e.getMessage());
    assertTrue(e.getMessage().contains("webex_calling+webex_meetings (error) errors [5011]"), e.getMessage());
  }

  @Test
  void pendingUserMigrationStopsAtOnceAndNamesTheRemedy() {
    Script<Subscriber> script = Script.<Subscriber>of().then(subscriber("pending_user_migration"))
        .then(subscriber("provisioned"));

    WaitOutcome<Subscriber> outcome = waiters.awaitSubscriberProvisioned(script);

    assertEquals(WaitOutcome.Kind.ON_HOLD, outcome.kind());
    assertEquals(1, script.polls);
    assertTrue(time.sleeps().isEmpty());
    assertEquals(SubscriberAcceptors.CONSENT_REMEDY, outcome.remedy().orElseThrow());
    ProvisioningOnHoldException e = assertThrows(ProvisioningOnHoldException.class, outcome::orThrow);
    assertTrue(e.getMessage().contains("with status pending_user_migration"), e.getMessage());
    assertTrue(e.getMessage().contains("sendConsentEmail"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"pending_email_input", "pending_email_validation", "provisioning"})
  void otherApisStatusesAreNotHoldsHere(String status) {
    // BroadWorks statuses: unknown to the Wholesale API, so kept and waited on, never a hold or a success.
    assertEquals(WaitState.RETRY, SubscriberAcceptors.classify(SubscriberStatus.fromValue(status)));
  }

  @Test
  void everyKnownStatusIsClassified() {
    // Guards the acceptor table against a status added to the spec but forgotten here.
    for (SubscriberStatus s : SubscriberStatus.knownValues()) {
      WaitState state = Acceptor.evaluate(SubscriberAcceptors.provisioned(), PollAnswer.of(new Subscriber().status(s)));
      assertTrue(state == WaitState.SUCCESS || state == WaitState.HOLD, s.getValue() + " -> " + state);
    }
    assertEquals(List.of("provisioned", "pending_user_migration"),
        SubscriberStatus.knownValues().stream().map(SubscriberStatus::getValue).toList());
  }

  @Test
  void missingStatusKeepsWaiting() {
    WaitOutcome<Subscriber> outcome = waiters.awaitSubscriberProvisioned(
        Script.<Subscriber>of().then(new Subscriber().id(SUBSCRIBER_ID)).then(subscriber("provisioned")));
    assertEquals(WaitOutcome.Kind.SUCCEEDED, outcome.kind());
    assertEquals(2, outcome.attempts());
  }
}
