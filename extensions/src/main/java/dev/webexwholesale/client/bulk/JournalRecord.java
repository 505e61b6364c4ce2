package dev.webexwholesale.client.bulk;

import com.google.gson.annotations.SerializedName;
import java.util.List;

/**
 * One line of the journal. Fields that do not apply to the record's type are null (and left
 * out of the JSON).
 *
 * @param type what the record says
 * @param row the row's number in the input
 * @param key the row's key (see {@link BulkResult#key()})
 * @param at when it was written (ISO-8601, the client's clock)
 * @param send for {@code intent}: the number of this POST for the row, from 1
 * @param id for {@code accepted} and {@code result}: the resource ID, when known
 * @param status the last status seen
 * @param adopted whether the resource was found by reconciliation rather than from an answer
 * @param outcome for {@code result}
 * @param errors for {@code result}
 * @param trackingIds tracking IDs of the calls so far
 * @param message for {@code result}: one line for people
 * @param fate for {@code fate}: what became of the POST of {@code send}; on an {@code accepted} or
 *     {@code result} written right after an answer: {@code answered}
 */
public record JournalRecord(Type type, long row, String key, String at, Integer send, String id, String status,
    Boolean adopted, BulkOutcome outcome, List<BulkError> errors, List<String> trackingIds, String message,
    SendFate fate) {

  /**
   * A record without a fate (as written before fates were journaled).
   *
   * @param type what the record says
   * @param row the row's number in the input
   * @param key the row's key
   * @param at when it was written
   * @param send for {@code intent}: the number of this POST
   * @param id the resource ID, when known
   * @param status the last status seen
   * @param adopted whether the resource was found by reconciliation
   * @param outcome for {@code result}
   * @param errors for {@code result}
   * @param trackingIds tracking IDs of the calls so far
   * @param message for {@code result}: one line for people
   */
  public JournalRecord(Type type, long row, String key, String at, Integer send, String id, String status,
      Boolean adopted, BulkOutcome outcome, List<BulkError> errors, List<String> trackingIds, String message) {
    this(type, row, key, at, send, id, status, adopted, outcome, errors, trackingIds, message, null);
  }

  /** The record types. */
  public enum Type {
    /** Written (durably) before a provision POST. */
    @SerializedName("intent") INTENT,
    /** Webex accepted the row (or reconciliation found it); the wait, if any, is next. */
    @SerializedName("accepted") ACCEPTED,
    /** The row's outcome. A row with an intent and no result is reconciled by the next run. */
    @SerializedName("result") RESULT,
    /**
     * What became of the POST of an intent when Webex gave no answer to act on: {@code refused}
     * (it does not count as a send) or {@code unknown} (the row is looked up before any resend).
     * An intent followed by nothing (a crash) is unknown.
     */
    @SerializedName("fate") FATE
  }
}
