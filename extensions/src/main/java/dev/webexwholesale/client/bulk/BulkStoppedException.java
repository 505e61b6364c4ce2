package dev.webexwholesale.client.bulk;

import java.util.Objects;

/**
 * The run stopped before every row was taken: the user interrupted it, the journal could not be
 * written, Webex refused the partner (401 after the token could not be refreshed, 403), or Webex
 * asked to wait longer than {@link BulkProvisioner.Builder#maxRetryAfter maxRetryAfter}. One
 * row's failure never stops a run. Rows finished are journaled; rows not started, and rows left
 * with an open intent, are taken up by the next run with the same journal.
 */
public final class BulkStoppedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a run stopped. */
  public enum Reason {
    /** The thread running it was interrupted (Ctrl-C, SIGTERM). */
    INTERRUPTED,
    /** A journal record could not be written durably (disk full, I/O error). */
    JOURNAL_FAILED,
    /** Webex refused the partner itself: 401 after the token refresh failed, or 403. */
    REFUSED_BY_WEBEX,
    /** Webex asked to wait (Retry-After) longer than the run's cap. */
    RATE_LIMITED
  }

  /** Why the run stopped. */
  private final Reason reason;
  /** The counts so far; not serialized. */
  private final transient BulkSummary summary;

  /**
   * Creates the exception.
   *
   * @param reason why the run stopped
   * @param message one line naming why, for people
   * @param summary the counts of the rows finished before the stop
   * @param cause the failure that stopped it, or null
   */
  public BulkStoppedException(Reason reason, String message, BulkSummary summary, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.summary = Objects.requireNonNull(summary, "summary");
  }

  /**
   * Why the run stopped.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * The counts of the rows finished before the stop.
   *
   * @return the partial summary
   */
  public BulkSummary summary() {
    return summary;
  }
}
