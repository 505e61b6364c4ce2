package dev.webexwholesale.client.bulk;

/**
 * Sees every step of every row (for progress and metrics). Called from worker threads but
 * never concurrently: calls are serialised. A listener that throws aborts the run as a crash
 * would (the journal stays consistent); keep it fast.
 */
@FunctionalInterface
public interface BulkListener {
  BulkListener NONE = event -> { };

  void onEvent(BulkEvent event);
}
