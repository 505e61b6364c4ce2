package dev.webexwholesale.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Part 3: list 100,000 subscribers (1,000 pages of 100) in a child JVM capped at
 * {@code -Xmx64m}. The server runs here, in the suite's JVM, and synthesises each page on
 * request, so the child's heap holds only what the client itself keeps.
 *
 * <p>Runs the raw OkHttp baseline always, and the client's paging iterator when
 * {@code StreamOursChild} has been compiled in (it waits in {@code src/bench/pending}).
 */
public final class StreamPart implements BenchPart {
  static final int TOTAL = 100_000;
  static final String OURS_CHILD = "dev.webexwholesale.bench.StreamOursChild";
  private static final List<String> JVM_ARGS = List.of("-Xmx64m");

  @Override
  public void run(BenchReport report) throws Exception {
    AtomicReference<String> base = new AtomicReference<>();
    try (LoopbackHttpServer server = new LoopbackHttpServer(SubscriberPages.handler(TOTAL, base::get))) {
      base.set(server.baseUrl());
      runChild(report, "raw", StreamRawChild.class.getName(), server.baseUrl());
      if (BenchSuite.present(OURS_CHILD)) {
        String peak = runChild(report, "ours", OURS_CHILD, server.baseUrl());
        report.summary("stream_100k_peak_heap_mb", Double.parseDouble(peak));
      } else {
        report.row("3 stream", "ours: peak heap, 100k via iterator", "not run", "completes under -Xmx64m");
      }
    }
  }

  /** Returns the peak heap figure in MB. */
  private static String runChild(BenchReport report, String variant, String mainClass, String baseUrl)
      throws Exception {
    String result = ChildJvm.runForResult(JVM_ARGS, mainClass, 180, baseUrl);
    long items = Long.parseLong(ChildJvm.field(result, "items"));
    if (items != TOTAL) {
      throw new IllegalStateException(variant + " saw " + items + " subscribers, not " + TOTAL);
    }
    String peak = ChildJvm.field(result, "peakHeapMb");
    String live = ChildJvm.field(result, "liveAfterGcMaxMb");
    String seconds = ChildJvm.field(result, "seconds");
    report.detail("stream_100k_" + variant + "_peak_heap_mb", Double.parseDouble(peak));
    report.detail("stream_100k_" + variant + "_live_after_gc_max_mb", Double.parseDouble(live));
    report.detail("stream_100k_" + variant + "_seconds", Double.parseDouble(seconds));
    report.detail("stream_gc", ChildJvm.field(result, "gc"));
    report.row("3 stream", variant + ": peak heap (sum of pool peaks), 100k", peak + " MB",
        "completes under -Xmx64m");
    report.row("3 stream", variant + ": max live heap after GC", live + " MB", "");
    report.row("3 stream", variant + ": wall time, 1,000 pages", seconds + " s", "");
    return peak;
  }
}
