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
  void succeedsAfterProvisioningAndUpdating() {
    Subscriber done = subscriber("provisioned");
    WaitOutcome<Subscriber> outcome = waiters.awaitSubscriberProvisioned(Script.<Subscriber>of()
        .then(subscriber("provisioning")).then(subscriber("updating")).then(done));
    assertEquals(WaitOutcome.Kind.SUCCEEDED, outcome.kind());
    assertSame(done, outcome.orThrow());
    assertEquals(3, outcome.attempts());
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4)), time.sleeps());
  }

  @Test
  void errorCarriesTheSubscribersErrors() {
    Subscriber failed = subscriber("error")
        .packages(List.of(WholesalePackagesSubscriber.WEBEX_CALLING, WholesalePackagesSubscriber.WEBEX_MEETINGS))
        .errors(List.of(detail(5011, "Email already in use")));
    Script<Subscriber> script = Script.<Subscriber>of().then(subscriber("provisioning")).then(failed);

    WaitOutcome<Subscriber> outcome = waiters.awaitSubscriberProvisioned(script);

    assertEquals(WaitOutcome.Kind.FAILED, outcome.kind());
    assertEquals(2, script.polls);
    PackageProblem problem = outcome.problems().get(0);
    assertEquals(PackageProblem.Source.SUBSCRIBER, problem.source());
    assertEquals("webex_calling+webex_meetings", problem.name());
    assertEquals(5011L, problem.errors().get(0).getErrorCode());
    ProvisioningFailedException e = assertThrows(ProvisioningFailedException.class, outcome::orThrow);
    assertEquals("subscriber " + SUBSCRIBER_ID + " failed with status error after 2 attempts in PT2S;"
        + " problems: webex_calling+webex_meetings (error) errors [5011]", e.getMessage());
  }

  @Test
  void errorWithoutDetailsStillFails() {
    WaitOutcome<Subscriber> outcome = waiters.awaitSubscriberProvisioned(Script.<Subscriber>of().then(subscriber("error")));
    assertEquals(WaitOutcome.Kind.FAILED, outcome.kind());
    assertTrue(outcome.problems().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"pending_email_input", "pending_email_validation", "pending_user_migration"})
  void holdsStopAtOnce(String status) {
    Script<Subscriber> script = Script.<Subscriber>of().then(subscriber(status)).then(subscriber("provisioned"));

    WaitOutcome<Subscriber> outcome = waiters.awaitSubscriberProvisioned(script);

    assertEquals(WaitOutcome.Kind.ON_HOLD, outcome.kind());
    assertEquals(1, script.polls);
    assertTrue(time.sleeps().isEmpty());
    ProvisioningOnHoldException e = assertThrows(ProvisioningOnHoldException.class, outcome::orThrow);
    assertTrue(e.getMessage().contains("with status " + status), e.getMessage());
  }

  @Test
  void everyKnownStatusIsClassified() {
    // Guards the acceptor table against a status added to the spec but forgotten here.
    for (SubscriberStatus s : SubscriberStatus.knownValues()) {
      WaitState state = Acceptor.evaluate(SubscriberAcceptors.provisioned(), Polled.of(new Subscriber().status(s)));
      boolean transientStatus = s.equals(SubscriberStatus.PROVISIONING) || s.equals(SubscriberStatus.UPDATING);
      assertEquals(transientStatus, state == WaitState.RETRY, s.getValue() + " -> " + state);
    }
  }

  @Test
  void missingStatusKeepsWaiting() {
    WaitOutcome<Subscriber> outcome = waiters.awaitSubscriberProvisioned(
        Script.<Subscriber>of().then(new Subscriber().id(SUBSCRIBER_ID)).then(subscriber("provisioned")));
    assertEquals(WaitOutcome.Kind.SUCCEEDED, outcome.kind());
    assertEquals(2, outcome.attempts());
  }
}
