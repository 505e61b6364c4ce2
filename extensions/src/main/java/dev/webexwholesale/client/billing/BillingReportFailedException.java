package dev.webexwholesale.client.billing;

import dev.webexwholesale.client.waiter.WaitException;
import dev.webexwholesale.client.waiter.WaitOutcome;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The awaited billing report ended {@code FAILED} (or was deleted while awaited): Webex could
 * not generate it. {@link #errors()} holds the report's {@code errors[]}; the message names
 * each code and description.
 */
public class BillingReportFailedException extends WaitException {
  private static final long serialVersionUID = 1L;

  private final transient List<BillingReportError> errors;

  /**
   * A failed report's wait.
   *
   * @param outcome the wait's outcome (FAILED)
   * @param errors the report's errors, as sent
   */
  public BillingReportFailedException(WaitOutcome<?> outcome, List<BillingReportError> errors) {
    super(outcome, null);
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /**
   * The report's {@code errors[]}, as sent.
   *
   * @return the errors, empty when the report gave none
   */
  public List<BillingReportError> errors() {
    return errors;
  }

  @Override
  public String getMessage() {
    return errors.isEmpty() ? super.getMessage()
        : super.getMessage() + "; errors: " + errors.stream().map(BillingReportError::summary)
            .collect(Collectors.joining("; "));
  }
}
