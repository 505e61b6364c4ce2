package dev.webexwholesale.client.internal.bulk;

import dev.webexwholesale.client.bulk.BulkStoppedException.Reason;

/** Thrown through a row to stop the whole run; the engine turns it into a BulkStoppedException. */
public final class RunStop extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Reason reason;

  RunStop(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  static RunStop interrupted(Throwable cause) {
    return new RunStop(Reason.INTERRUPTED, "interrupted: rows in flight are left for the next run to reconcile",
        cause);
  }
}
