package dev.webexwholesale.client.waiter;

import dev.webexwholesale.model.ErrorDetail;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The errors and warnings Webex reports for one package or add-on of a customer, or for a
 * customer or a subscriber as a whole: background provisioning failures arrive this way, not as HTTP errors.
 *
 * @param source where the entry came from
 * @param name package or add-on wire name (for a subscriber: its packages joined by "+"; for
 *     the customer's own errors: "customer")
 * @param status the entry's own status as sent, or null when absent
 * @param errors the errors as sent, never null
 * @param warnings the warnings as sent, never null
 */
public record PackageProblem(
    Source source, String name, String status, List<ErrorDetail> errors, List<ErrorDetail> warnings) {

  /** Where a problem was reported. */
  public enum Source {
    /** {@code resourceDetails.packages[]} of a customer. */
    PACKAGE,
    /** {@code resourceDetails.addOns[]} of a customer. */
    ADD_ON,
    /** The {@code errors[]} of a subscriber. */
    SUBSCRIBER,
    /** The customer-level {@code errors[]} of a customer. */
    CUSTOMER
  }

  /**
   * Copies the lists; null lists become empty.
   *
   * @param source see {@link #source()}
   * @param name see {@link #name()}
   * @param status see {@link #status()}
   * @param errors see {@link #errors()}
   * @param warnings see {@link #warnings()}
   * @throws NullPointerException when {@code source} is null
   */
  public PackageProblem {
    Objects.requireNonNull(source, "source");
    errors = errors == null ? List.of() : List.copyOf(errors);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /**
   * Compact form for messages: {@code webex_calling (error) errors [4003] warnings [7001]}.
   *
   * @return the summary
   */
  public String summary() {
    StringBuilder s = new StringBuilder(source == Source.ADD_ON ? "addOn " : "").append(name);
    if (status != null) {
      s.append(" (").append(status).append(')');
    }
    if (!errors.isEmpty()) {
      s.append(" errors ").append(codes(errors));
    }
    if (!warnings.isEmpty()) {
      s.append(" warnings ").append(codes(warnings));
    }
    return s.toString();
  }

  // Codes only: descriptions can be long and are available on the outcome.
  private static String codes(List<ErrorDetail> details) {
    return details.stream()
        .map(d -> d == null || d.getErrorCode() == null ? "?" : String.valueOf(d.getErrorCode()))
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
