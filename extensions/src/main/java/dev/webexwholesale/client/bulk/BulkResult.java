package dev.webexwholesale.client.bulk;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one row.
 *
 * @param row the row's number in the input
 * @param key what identifies the row at Webex: a customer's externalId, a subscriber's
 *     {@code customerId/email}; null when the row has none
 * @param outcome how it ended
 * @param id the customer or subscriber ID, when known
 * @param status the last status seen, exactly as sent; null when none was seen
 * @param adopted true when an earlier, ambiguous POST had in fact created the resource and the
 *     row took it over instead of sending again
 * @param sends how many provision POSTs this row sent over all runs (0 when adopted after a crash
 *     of a run that had sent it, or when nothing was sent)
 * @param errors the Webex errors, in order
 * @param trackingIds the tracking IDs of the row's calls (support asks for them)
 * @param message one line saying what happened, for people; null on plain success
 * @param fromJournal true when the row was finished by an earlier run and skipped now
 */
public record BulkResult(long row, String key, BulkOutcome outcome, String id, String status, boolean adopted,
    int sends, List<BulkError> errors, List<String> trackingIds, String message, boolean fromJournal) {
  /**
   * Copies the lists (null becomes empty).
   *
   * @param row the row's number
   * @param key the row's key, or null
   * @param outcome how it ended; required
   * @param id the resource ID, or null
   * @param status the last status seen, or null
   * @param adopted whether reconciliation took over an existing resource
   * @param sends the number of provision POSTs over all runs
   * @param errors the Webex errors, or null
   * @param trackingIds the tracking IDs of the row's calls, or null
   * @param message one line for people, or null
   * @param fromJournal whether an earlier run finished the row
   */
  public BulkResult {
    Objects.requireNonNull(outcome, "outcome");
    errors = errors == null ? List.of() : List.copyOf(errors);
    trackingIds = trackingIds == null ? List.of() : List.copyOf(trackingIds);
  }

  /**
   * The last tracking ID, the one to hand to support; null when none.
   *
   * @return the last tracking ID, or null
   */
  public String trackingId() {
    return trackingIds.isEmpty() ? null : trackingIds.get(trackingIds.size() - 1);
  }
}
