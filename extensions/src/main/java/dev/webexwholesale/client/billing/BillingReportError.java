package dev.webexwholesale.client.billing;

import java.math.BigDecimal;

/**
 * One entry of a failed billing report's {@code errors[]}: a problem met while the report was
 * generated, after its creation was accepted.
 *
 * @param code the error code as sent (a JSON number), or null when absent
 * @param description the error's text, or null when absent
 */
public record BillingReportError(BigDecimal code, String description) {
  /**
   * {@code 2024: Billing Report not found.}, or the parts present.
   *
   * @return the one-line summary
   */
  public String summary() {
    String text = description == null ? "(no description)" : description;
    return code == null ? text : code.toPlainString() + ": " + text;
  }
}
