package dev.webexwholesale.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.webexwholesale.client.waiter.Acceptor;
import dev.webexwholesale.client.waiter.PollAnswer;
import dev.webexwholesale.client.waiter.WaitState;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerStatus;
import dev.webexwholesale.testing.FakeTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The declared acceptor kinds: graces count from the wait's start, "until seen" remembers the wait. */
class WaitRulesTest {
  private final FakeTime time = new FakeTime();

  private static PollAnswer<Customer> status(String s) {
    return PollAnswer.of(new Customer().status(CustomerStatus.fromValue(s)));
  }

  /** The customers' declared updated waiter, as generated from the spec. */
  private List<Acceptor<Customer>> updated(WaitRules<Customer> r) {
    return List.of(
        r.path(Customer::getStatus, "error", null, null, null, WaitState.FAILURE, "status error"),
        r.path(Customer::getStatus, null, null, "updating", Duration.ofSeconds(30), WaitState.RETRY, "not yet"),
        r.path(Customer::getStatus, "provisioned", null, null, null, WaitState.SUCCESS, "status provisioned"));
  }

  @Test
  void theStateBeforeAnUpdateIsNotItsEndUntilUpdatingWasSeenOrTheGraceEnded() {
    List<Acceptor<Customer>> seenFirst = updated(new WaitRules<>(time, null));
    assertEquals(WaitState.RETRY, Acceptor.evaluate(seenFirst, status("provisioned")));
    assertEquals(WaitState.RETRY, Acceptor.evaluate(seenFirst, status("updating")));
    assertEquals(WaitState.SUCCESS, Acceptor.evaluate(seenFirst, status("provisioned")));

    List<Acceptor<Customer>> neverSeen = updated(new WaitRules<>(time, null));
    time.advance(Duration.ofSeconds(29));
    assertEquals(WaitState.RETRY, Acceptor.evaluate(neverSeen, status("provisioned")));
    time.advance(Duration.ofSeconds(1));
    assertEquals(WaitState.SUCCESS, Acceptor.evaluate(neverSeen, status("provisioned")));

    List<Acceptor<Customer>> failed = updated(new WaitRules<>(time, null));
    assertEquals(WaitState.FAILURE, Acceptor.evaluate(failed, status("error")));
  }

  @Test
  void a404IsNotYetVisibleOnlyWithinTheGraceAndWaitOptionsReplaceIt() {
    WaitRules<Customer> declared = new WaitRules<>(time, null);
    List<Acceptor<Customer>> provisioned = List.of(declared.gone(Duration.ofSeconds(30), WaitState.RETRY, "404"));
    assertEquals(WaitState.RETRY, Acceptor.evaluate(provisioned, PollAnswer.gone()));
    time.advance(Duration.ofSeconds(30));
    assertEquals(WaitState.FAILURE, Acceptor.evaluate(provisioned, PollAnswer.gone())); // gone, no acceptor: failure

    WaitRules<Customer> longer = new WaitRules<>(time, Duration.ofMinutes(2));
    List<Acceptor<Customer>> patient = List.of(longer.gone(Duration.ofSeconds(30), WaitState.RETRY, "404"));
    time.advance(Duration.ofSeconds(119));
    assertEquals(WaitState.RETRY, Acceptor.evaluate(patient, PollAnswer.gone()));
    time.advance(Duration.ofSeconds(1));
    assertEquals(WaitState.FAILURE, Acceptor.evaluate(patient, PollAnswer.gone()));

    WaitRules<Customer> none = new WaitRules<>(time, Duration.ZERO);
    assertEquals(WaitState.FAILURE, Acceptor.evaluate(List.of(none.gone(Duration.ofSeconds(30), WaitState.RETRY,
        "404")), PollAnswer.gone()));
  }

  @Test
  void anUnconditionalGoneAcceptorMatchesWhateverTheTime() {
    WaitRules<Customer> r = new WaitRules<>(time, Duration.ZERO);
    List<Acceptor<Customer>> removed = List.of(r.gone(null, WaitState.SUCCESS, "gone"));
    time.advance(Duration.ofHours(1));
    assertEquals(WaitState.SUCCESS, Acceptor.evaluate(removed, PollAnswer.gone()));
  }
}
