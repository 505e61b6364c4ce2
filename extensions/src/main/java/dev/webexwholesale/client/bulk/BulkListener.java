package dev.webexwholesale.client.bulk;

/**
 * Sees every step of every row (for progress and metrics). Called from worker threads but
 * never concurrently: calls are serialised. A listener that throws aborts the run as a crash
 * would (the journal stays consistent); keep it fast.
 */
@FunctionalInterface
public interface BulkListener {
  /** A listener that ignores every event (the default). */
  BulkListener NONE = event -> { };

  /**
   * Called for each step of each row, one call at a time.
   *
   * @param event the row and the step it reached
   */
  void onEvent(BulkEvent event);
}
