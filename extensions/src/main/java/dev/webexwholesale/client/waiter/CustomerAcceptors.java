package dev.webexwholesale.client.waiter;

import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerStatus;
import dev.webexwholesale.model.Package;
import dev.webexwholesale.model.ResourceDetails;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer life cycle: {@code provisioning}, {@code updating}, {@code deleting} are
 * transient; {@code provisioned} is success; {@code error} and {@code provisioned_with_errors}
 * fail; {@code pending_rpl_review} is a compliance hold that can last days.
 */
public final class CustomerAcceptors {

  private static final ResourceView<Customer> VIEW = new ResourceView<>(
      "customer",
      Customer::getId,
      c -> c.getStatus() == null ? null : c.getStatus().getValue(),
      CustomerAcceptors::problems);

  private static final List<Acceptor<Customer>> PROVISIONED = List.of(
      status(CustomerStatus.PROVISIONED, WaitState.SUCCESS),
      status(CustomerStatus.ERROR, WaitState.FAILURE),
      status(CustomerStatus.PROVISIONED_WITH_ERRORS, WaitState.FAILURE),
      status(CustomerStatus.PENDING_RPL_REVIEW, WaitState.HOLD));

  // Right after a DELETE the customer may still read as provisioned: only 404 ends it well.
  private static final List<Acceptor<Customer>> REMOVED = List.of(
      Acceptor.onGone(WaitState.SUCCESS),
      status(CustomerStatus.ERROR, WaitState.FAILURE),
      status(CustomerStatus.PENDING_RPL_REVIEW, WaitState.HOLD));

  /** What {@code pending_rpl_review} asks of a person. */
  public static final String RPL_REMEDY = "Webex is checking the customer against the Denied Party List;"
      + " this can take days: check again later";

  private CustomerAcceptors() {}

  /**
   * Until {@code provisioned}; unknown statuses keep waiting.
   *
   * @return the acceptors, in order
   *
   * @deprecated the client's waiters are declared in the spec ({@code x-webex-waiters}); this list is
   *     what they declare, kept for one release for {@link ResourceWaiters} and custom waiters
   */
  @Deprecated
  public static List<Acceptor<Customer>> provisioned() {
    return PROVISIONED;
  }

  /**
   * Until the customer answers 404 after a remove ({@link PollAnswer#gone()}); {@code error} fails,
   * {@code pending_rpl_review} holds, every other status (including {@code provisioned}, which a
   * read may still show just after the DELETE) keeps waiting.
   *
   * @return the acceptors, in order
   *
   * @deprecated the client's waiters are declared in the spec ({@code x-webex-waiters}); this list is
   *     what they declare, kept for one release for {@link ResourceWaiters} and custom waiters
   */
  @Deprecated
  public static List<Acceptor<Customer>> removed() {
    return REMOVED;
  }

  /**
   * What a status means while awaiting {@code provisioned}; unknown or null means RETRY.
   *
   * @param status the status, or null
   * @return the wait's state
   */
  public static WaitState classify(CustomerStatus status) {
    return Acceptor.evaluate(PROVISIONED, PollAnswer.of(new Customer().status(status)));
  }

  /**
   * How waits read a customer: type, id, status and problems.
   *
   * @return the view
   */
  public static ResourceView<Customer> view() {
    return VIEW;
  }

  /**
   * The customer's own {@code errors[]} (one problem named "customer"), then the packages and
   * add-ons that report errors or warnings or have status {@code error}.
   *
   * @param customer the customer as read
   * @return the problems, never null
   */
  public static List<PackageProblem> problems(Customer customer) {
    List<PackageProblem> out = new ArrayList<>();
    if (notEmpty(customer.getErrors())) {
      out.add(new PackageProblem(PackageProblem.Source.CUSTOMER, "customer",
          customer.getStatus() == null ? null : customer.getStatus().getValue(), customer.getErrors(), List.of()));
    }
    ResourceDetails details = customer.getResourceDetails();
    if (details != null) {
      collect(details.getPackages(), PackageProblem.Source.PACKAGE, out);
      collect(details.getAddOns(), PackageProblem.Source.ADD_ON, out);
    }
    return List.copyOf(out);
  }

  private static void collect(List<Package> packages, PackageProblem.Source source, List<PackageProblem> out) {
    if (packages == null) {
      return;
    }
    for (Package p : packages) {
      if (p == null) {
        continue;
      }
      boolean failed = Package.StatusEnum.ERROR.equals(p.getStatus());
      boolean reported = notEmpty(p.getErrors()) || notEmpty(p.getWarnings());
      if (failed || reported) {
        out.add(new PackageProblem(
            source,
            p.getName() == null ? "?" : p.getName().getValue(),
            p.getStatus() == null ? null : p.getStatus().getValue(),
            p.getErrors(),
            p.getWarnings()));
      }
    }
  }

  private static boolean notEmpty(List<?> list) {
    return list != null && !list.isEmpty();
  }

  private static Acceptor<Customer> status(CustomerStatus status, WaitState state) {
    return Acceptor.onResource(c -> status.equals(c.getStatus()), state, "status " + status.getValue());
  }
}
