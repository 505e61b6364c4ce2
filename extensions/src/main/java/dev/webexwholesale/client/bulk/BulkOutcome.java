package dev.webexwholesale.client.bulk;

import com.google.gson.annotations.SerializedName;

/** How a row ended. The journal and the CLI write the lower-case names. */
public enum BulkOutcome {
  /** Accepted by Webex (and, when waiting, provisioned). */
  @SerializedName("succeeded") SUCCEEDED,
  /** Provisioning failed (status error, a failed wait), or the row could not be resolved. */
  @SerializedName("failed") FAILED,
  /** Needs a person (customer RPL review, subscriber user migration consent). */
  @SerializedName("on_hold") ON_HOLD,
  /** The wait ran out of time while the resource was still transient. */
  @SerializedName("timed_out") TIMED_OUT,
  /** Nothing was sent: the row is unreadable, incomplete or a duplicate of another row. */
  @SerializedName("rejected_before_sending") REJECTED_BEFORE_SENDING,
  /** Webex refused the precheck or the provision with a 4xx: nothing was provisioned. */
  @SerializedName("rejected_by_server") REJECTED_BY_SERVER;

  /**
   * The wire name, e.g. {@code on_hold}.
   *
   * @return the lower-case name the journal and the CLI write
   */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Whether {@code retryFailed} runs the row again.
   *
   * @return true for {@link #FAILED} and {@link #TIMED_OUT}
   */
  public boolean isRetryable() {
    return this == FAILED || this == TIMED_OUT;
  }
}
