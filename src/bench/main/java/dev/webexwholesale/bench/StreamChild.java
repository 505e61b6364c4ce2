package dev.webexwholesale.bench;

/**
 * What a part-3 child JVM reports: how many subscribers it saw and the heap it needed.
 * Children print one {@code RESULT} line that {@link StreamPart} parses.
 */
public final class StreamChild {
  private final HeapPeak heap = HeapPeak.start();
  private final long startNanos = System.nanoTime();
  private long items;
  private String lastId;

  /** Call once per subscriber received; keeps nothing but a count and the last id. */
  public void saw(String id) {
    items++;
    lastId = id;
  }

  public void printResult() {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    System.out.printf("RESULT items=%d lastId=%s peakHeapMb=%.1f liveAfterGcMaxMb=%.1f"
            + " maxHeapMb=%.0f seconds=%.2f gc=%s%n",
        items, lastId, heap.peakPoolSumMb(), heap.maxLiveAfterGcMb(), HeapPeak.maxHeapMb(),
        seconds, HeapPeak.gcNames());
  }
}
