package dev.webexwholesale.bench;

import dev.webexwholesale.sandbox.WholesaleSandbox;
import java.util.List;

/**
 * Part 3: list 100,000 subscribers (1,000 pages of 100) in a child JVM capped at
 * {@code -Xmx64m}. The sandbox runs here, in the suite's JVM, seeded with one customer's
 * 100,000 subscribers, so the child's heap holds only what the client itself keeps.
 * The raw OkHttp + Gson pager runs first, as the floor.
 */
public final class StreamPart implements BenchPart {
  static final int TOTAL = 100_000;
  private static final List<String> JVM_ARGS = List.of("-Xmx64m");

  @Override
  public void run(BenchReport report) throws Exception {
    try (WholesaleSandbox sandbox = WholesaleSandbox.builder().build().start()) {
      String customerId = sandbox.createProvisionedCustomer("bench-stream");
      long seedStart = System.nanoTime();
      sandbox.seedSubscribers(customerId, TOTAL);
      report.detail("stream_seed_seconds", BenchSuite.round((System.nanoTime() - seedStart) / 1e9));
      runChild(report, "raw", StreamRawChild.class.getName(), sandbox.baseUrl(), customerId);
      String peak = runChild(report, "ours", StreamOursChild.class.getName(), sandbox.baseUrl(), customerId);
      report.summary("stream_100k_peak_heap_mb", Double.parseDouble(peak));
    }
  }

  /** Returns the peak heap figure in MB. */
  private static String runChild(BenchReport report, String variant, String mainClass, String baseUrl,
      String customerId) throws Exception {
    String result = ChildJvm.runForResult(JVM_ARGS, mainClass, 180, baseUrl, customerId);
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
