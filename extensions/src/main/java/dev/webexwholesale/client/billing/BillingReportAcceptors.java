package dev.webexwholesale.client.billing;

import dev.webexwholesale.client.waiter.Acceptor;
import dev.webexwholesale.client.waiter.ResourceView;
import dev.webexwholesale.client.waiter.WaitState;
import dev.webexwholesale.model.Report;
import java.util.List;

/**
 * The billing report life cycle as Webex documents it, declared for the waiter engine:
 * {@code COMPLETED} is success, {@code FAILED} is failure (with the report's {@code errors[]}),
 * {@code IN_PROGRESS} keeps waiting. An unknown status keeps its raw text and keeps the wait
 * going until its deadline (never taken for success); a 404 while waiting (the report was
 * deleted) fails the wait.
 */
public final class BillingReportAcceptors {
  private static final ResourceView<Report> VIEW = new ResourceView<>("billing report", Report::getId,
      r -> r.getStatus() == null ? null : r.getStatus().getValue(), r -> List.of());

  private static final List<Acceptor<Report>> COMPLETED = List.of(
      status("COMPLETED", WaitState.SUCCESS),
      status("FAILED", WaitState.FAILURE),
      status("IN_PROGRESS", WaitState.RETRY),
      Acceptor.onGone(WaitState.FAILURE));

  private BillingReportAcceptors() {
  }

  /**
   * Until {@code COMPLETED}; {@code FAILED} or gone fails, anything else keeps waiting.
   *
   * @return the acceptors, in order
   */
  public static List<Acceptor<Report>> completed() {
    return COMPLETED;
  }

  /**
   * How waits read a billing report: type, id and status (its errors are not package problems:
   * {@link BillingReportFailedException#errors()} carries them).
   *
   * @return the view
   */
  public static ResourceView<Report> view() {
    return VIEW;
  }

  private static Acceptor<Report> status(String value, WaitState state) {
    return Acceptor.onResource(r -> r.getStatus() != null && value.equals(r.getStatus().getValue()), state,
        "status " + value);
  }
}
