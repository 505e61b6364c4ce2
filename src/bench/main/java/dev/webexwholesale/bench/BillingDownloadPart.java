package dev.webexwholesale.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Part 7: a 1 GiB billing report CSV streamed to a file, by raw OkHttp (body source written to a
 * file sink) and by the client's public download ({@code billingReports().download(report, path)}:
 * owner-only temporary file, forced to disk, moved into place), each in a child JVM capped at
 * {@code -Xmx64m}, alternated {@value #ROUNDS} times. The machine is shared with other builds, so
 * the ratio compares each variant's best round (raw best time / ours best time); every round is
 * printed. Peak heap is the highest of ours.
 */
public final class BillingDownloadPart implements BenchPart {
  static final long SIZE = Long.getLong("bench.billing.bytes", 1L << 30);
  private static final List<String> JVM_ARGS = List.of("-Xmx64m");
  private static final int ROUNDS = 3;

  @Override
  public void run(BenchReport report) throws Exception {
    Path dir = Files.createTempDirectory("bench-billing");
    double rawSeconds = Double.MAX_VALUE;
    double oursSeconds = Double.MAX_VALUE;
    double oursPeak = 0;
    try (BillingFileHost host = new BillingFileHost(SIZE)) {
      for (int round = 0; round < ROUNDS; round++) {
        rawSeconds = Math.min(rawSeconds, child(report, "raw", host.url(), dir.resolve("raw.csv"))[0]);
        double[] ours = child(report, "ours", host.url(), dir.resolve("ours.csv"));
        oursSeconds = Math.min(oursSeconds, ours[0]);
        oursPeak = Math.max(oursPeak, ours[1]);
      }
    } finally {
      Files.deleteIfExists(dir.resolve("raw.csv"));
      Files.deleteIfExists(dir.resolve("ours.csv"));
      Files.deleteIfExists(dir);
    }
    double mb = SIZE / (1024.0 * 1024.0);
    double ratio = BenchSuite.round(rawSeconds / oursSeconds);
    report.summary("billing_download_throughput_ratio_vs_raw", ratio);
    report.summary("billing_download_peak_heap_mb", BenchSuite.round(oursPeak));
    report.detail("billing_download_bytes", SIZE);
    report.detail("billing_download_raw_best_mb_per_s", BenchSuite.round(mb / rawSeconds));
    report.detail("billing_download_ours_best_mb_per_s", BenchSuite.round(mb / oursSeconds));
    report.row("7 billing", "download throughput, ours / raw OkHttp (best rounds)", Double.toString(ratio), ">= 0.8");
    report.row("7 billing", "download peak heap (ours, -Xmx64m)", BenchSuite.round(oursPeak) + " MB", "<= 64 MB");
  }

  /** Seconds and peak heap MB of one download in a child JVM; checks the file's size. */
  private static double[] child(BenchReport report, String variant, String url, Path target) throws Exception {
    String result = ChildJvm.runForResult(JVM_ARGS, BillingDownloadChild.class.getName(), 600, variant, url,
        target.toString());
    long bytes = Long.parseLong(ChildJvm.field(result, "bytes"));
    if (bytes != SIZE || Files.size(target) != SIZE) {
      throw new IllegalStateException(variant + " wrote " + bytes + " bytes, not " + SIZE);
    }
    Files.delete(target);
    double seconds = Double.parseDouble(ChildJvm.field(result, "seconds"));
    double peak = Double.parseDouble(ChildJvm.field(result, "peakHeapMb"));
    report.row("7 billing", variant + ": 1 GiB to a file", String.format("%.2f s, peak heap %.1f MB", seconds, peak), "");
    return new double[] {seconds, peak};
  }
}
