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
 */
public record JournalRecord(Type type, long row, String key, String at, Integer send, String id, String status,
    Boolean adopted, BulkOutcome outcome, List<BulkError> errors, List<String> trackingIds, String message) {

  /** The record types. */
  public enum Type {
    /** Written (durably) before a provision POST. */
    @SerializedName("intent") INTENT,
    /** Webex accepted the row (or reconciliation found it); the wait, if any, is next. */
    @SerializedName("accepted") ACCEPTED,
    /** The row's outcome. A row with an intent and no result is reconciled by the next run. */
    @SerializedName("result") RESULT
  }
}
