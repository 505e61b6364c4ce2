package dev.webexwholesale.client.bulk;

/**
 * A row moved to another step.
 *
 * @param row the row's number
 * @param key the row's key; null when it has none
 * @param step the step just reached
 * @param result set when {@code step} is {@link Step#FINISHED}, else null
 * @param delay set when {@code step} is {@link Step#RATE_LIMITED}: how long the whole run waits
 */
public record BulkEvent(long row, String key, Step step, BulkResult result, java.time.Duration delay) {

  /**
   * An event without a delay.
   *
   * @param row the row's number
   * @param key the row's key, or null
   * @param step the step just reached
   * @param result the result when finished, else null
   */
  public BulkEvent(long row, String key, Step step, BulkResult result) {
    this(row, key, step, result, null);
  }

  /** The steps of a row, in the order they can happen. */
  public enum Step {
    /** A worker took the row. */
    STARTED,
    /** The precheck passed. */
    PRECHECKED,
    /** The intent is durable in the journal; the POST comes next. */
    INTENT_RECORDED,
    /** The POST was answered; the journal does not know yet. */
    ANSWERED,
    /** The POST's outcome is unknown (lost answer, 5xx, broken connection). */
    AMBIGUOUS,
    /** Looking the row up at Webex before any resend. */
    RECONCILING,
    /** The lookup found the resource: it is taken over, not sent again. */
    ADOPTED,
    /** The accepted resource's id is durable in the journal. */
    ACCEPTED_RECORDED,
    /** Polling until provisioning ends. */
    WAITING,
    /** The row has its outcome; see {@link BulkEvent#result()}. */
    FINISHED,
    /**
     * Webex refused a call with 429 or 423: the whole run pauses for {@link BulkEvent#delay()}
     * (its Retry-After) before any row sends again. Not a step of the row's own progress.
     */
    RATE_LIMITED
  }
}
