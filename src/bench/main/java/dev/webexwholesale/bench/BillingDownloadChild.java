package dev.webexwholesale.bench;

import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.billing.BillingDownload;
import dev.webexwholesale.model.Report;
import java.nio.file.Path;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSink;
import okio.Okio;

/** A part-7 child: {@code raw|ours URL FILE}; prints one RESULT line. */
public final class BillingDownloadChild {
  private BillingDownloadChild() {
  }

  public static void main(String[] args) throws Exception {
    String variant = args[0];
    String url = args[1];
    Path target = Path.of(args[2]);
    HeapPeak heap = HeapPeak.start();
    long start = System.nanoTime();
    long bytes;
    OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(60)).build();
    if (variant.equals("raw")) {
      try (Response response = http.newCall(new Request.Builder().url(url).build()).execute();
          BufferedSink sink = Okio.buffer(Okio.sink(target))) {
        bytes = sink.writeAll(response.body().source());
      }
    } else {
      // The public path: a client (its whole API stack built) downloading a COMPLETED report.
      try (WholesaleClient client = WholesaleClient.builder().baseUrl("http://127.0.0.1:9/v1").accessToken("bench")
          .httpClient(http).build()) {
        Report report = new Report().id("bench").status(Report.StatusEnum.COMPLETED).tempDownloadURL(url);
        BillingDownload done = client.billingReports().download(report, target);
        bytes = done.bytes();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("RESULT bytes=%d seconds=%.3f peakHeapMb=%.1f%n", bytes, seconds, heap.peakPoolSumMb());
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
