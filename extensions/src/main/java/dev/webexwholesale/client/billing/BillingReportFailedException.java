package dev.webexwholesale.client.billing;

import dev.webexwholesale.client.waiter.WaitException;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.model.ReportError;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The awaited billing report ended {@code FAILED} (or was deleted while awaited): Webex could
 * not generate it. {@link #errors()} holds the report's {@code errors[]}; the message names
 * each code and description.
 */
public class BillingReportFailedException extends WaitException {
  private static final long serialVersionUID = 1L;

  private final transient List<ReportError> errors;

  /**
   * A failed report's wait.
   *
   * @param outcome the wait's outcome (FAILED)
   * @param errors the report's errors, as sent
   */
  public BillingReportFailedException(WaitOutcome<?> outcome, List<ReportError> errors) {
    super(outcome, null);
    this.errors = errors == null ? List.of() : errors.stream().filter(Objects::nonNull).toList();
  }

  /**
   * The report's {@code errors[]}, as sent.
   *
   * @return the errors, empty when the report gave none
   */
  public List<ReportError> errors() {
    return errors;
  }

  @Override
  public String getMessage() {
    return errors.isEmpty() ? super.getMessage()
        : super.getMessage() + "; errors: " + errors.stream().map(BillingReportFailedException::summary)
            .collect(Collectors.joining("; "));
  }

  /** {@code 2024: Billing Report not found.}, or the parts present. */
  static String summary(ReportError error) {
    if (error == null) {
      return "(empty error)";
    }
    String text = error.getDescription() == null ? "(no description)"
        : dev.webexwholesale.client.internal.errors.SafeText.escapeControls(error.getDescription());
    return error.getCode() == null ? text : error.getCode().toPlainString() + ": " + text;
  }
}
