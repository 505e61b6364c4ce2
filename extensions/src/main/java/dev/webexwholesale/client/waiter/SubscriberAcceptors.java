package dev.webexwholesale.client.waiter;

import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberStatus;
import dev.webexwholesale.model.WholesalePackagesSubscriber;
import java.util.ArrayList;
import java.util.List;

/**
 * The subscriber life cycle as Webex documents it: provisioning is synchronous, so
 * {@code provisioned} is success and {@code pending_user_migration} (an active free Webex account
 * whose owner must consent to the move) is a hold. No other status is documented: an unknown one
 * keeps its raw text, is reported as it is and is never taken for success (the wait goes on).
 */
public final class SubscriberAcceptors {

  private static final ResourceView<Subscriber> VIEW = new ResourceView<>(
      "subscriber",
      Subscriber::getId,
      s -> s.getStatus() == null ? null : s.getStatus().getValue(),
      SubscriberAcceptors::problems);

  private static final List<Acceptor<Subscriber>> PROVISIONED = List.of(
      status(SubscriberStatus.PROVISIONED, WaitState.SUCCESS),
      status(SubscriberStatus.PENDING_USER_MIGRATION, WaitState.HOLD));

  /** What a person must do about {@code pending_user_migration}. */
  public static final String CONSENT_REMEDY = "the person must consent to moving their Webex account into the"
      + " customer's organization; resend the consent email with subscribers().sendConsentEmail(id)"
      + " (CLI: subscribers send-consent-email ID)";

  private SubscriberAcceptors() {}

  /**
   * Until {@code provisioned}; unknown statuses keep waiting.
   *
   * @return the acceptors, in order
   *
   * @deprecated the client's waiters are declared in the spec ({@code x-webex-waiters}); this list is
   *     what they declare, kept for one release for {@link ResourceWaiters} and custom waiters
   */
  @Deprecated
  public static List<Acceptor<Subscriber>> provisioned() {
    return PROVISIONED;
  }

  /**
   * What a status means while awaiting {@code provisioned}; unknown or null means RETRY.
   *
   * @param status the status, or null
   * @return the wait's state
   */
  public static WaitState classify(SubscriberStatus status) {
    return Acceptor.evaluate(PROVISIONED, PollAnswer.of(new Subscriber().status(status)));
  }

  /**
   * How waits read a subscriber: type, id, status and problems.
   *
   * @return the view
   */
  public static ResourceView<Subscriber> view() {
    return VIEW;
  }

  /**
   * The subscriber's own {@code errors[]}, as one problem named after its packages; else none.
   *
   * @param subscriber the subscriber as read
   * @return the problems, never null
   */
  public static List<PackageProblem> problems(Subscriber subscriber) {
    if (subscriber.getErrors() == null || subscriber.getErrors().isEmpty()) {
      return List.of();
    }
    return List.of(new PackageProblem(
        PackageProblem.Source.SUBSCRIBER,
        packageNames(subscriber),
        subscriber.getStatus() == null ? null : subscriber.getStatus().getValue(),
        subscriber.getErrors(),
        List.of()));
  }

  private static String packageNames(Subscriber s) {
    List<String> names = new ArrayList<>();
    if (s.getPackages() != null) {
      for (WholesalePackagesSubscriber p : s.getPackages()) {
        if (p != null) {
          names.add(p.getValue());
        }
      }
    }
    if (names.isEmpty() && s.getPackage() != null) {
      names.add(s.getPackage().getValue());
    }
    return names.isEmpty() ? "subscriber" : String.join("+", names);
  }

  private static Acceptor<Subscriber> status(SubscriberStatus status, WaitState state) {
    return Acceptor.onResource(s -> status.equals(s.getStatus()), state, "status " + status.getValue());
  }
}
