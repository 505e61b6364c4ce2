package dev.webexwholesale.sandbox;

import java.util.Objects;

/**
 * Why a sandbox billing report ends {@code FAILED}: the one entry of its {@code errors[]}
 * ({@code code}, {@code description}), as Webex reports problems met after the request was accepted.
 *
 * @param code the error code, e.g. {@code 2024}
 * @param description the error's text
 */
public record BillingReportFailure(long code, String description) {
  /**
   * Checks the description.
   *
   * @param code see {@link #code()}
   * @param description see {@link #description()}; not blank
   */
  public BillingReportFailure {
    Objects.requireNonNull(description, "description");
    if (description.isBlank()) {
      throw new IllegalArgumentException("a billing report failure needs a description");
    }
  }

  /**
   * Parses {@code CODE:DESCRIPTION} (the command line's form), e.g. {@code 2024:No usage data}.
   *
   * @param text the code, a colon and the description
   * @return the failure
   * @throws IllegalArgumentException the text is not {@code CODE:DESCRIPTION}
   */
  public static BillingReportFailure parse(String text) {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("a billing report failure is CODE:DESCRIPTION, got '" + text + "'");
    }
    try {
      return new BillingReportFailure(Long.parseLong(text.substring(0, colon).trim()), text.substring(colon + 1).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a billing report failure's code must be an integer, got '"
          + text.substring(0, colon) + "'");
    }
  }
}
