package dev.webexwholesale.bench;

import dev.webexwholesale.client.Time;
import dev.webexwholesale.client.billing.BillingDownload;
import dev.webexwholesale.client.internal.billing.SignedUrlDownloader;
import java.nio.file.Path;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSink;
import okio.Okio;

/** A part-6 child: {@code raw|ours URL FILE}; prints one RESULT line. */
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
      SignedUrlDownloader downloader = new SignedUrlDownloader(SignedUrlDownloader.downloadClient(http), Time.system(),
          1L << 40, Duration.ofMinutes(10));
      BillingDownload done = downloader.toPath(new SignedUrlDownloader.UrlSource() {
        @Override
        public String current() {
          return url;
        }

        @Override
        public String renew() {
          throw new IllegalStateException("no renewal in the benchmark");
        }
      }, target, null);
      bytes = done.bytes();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("RESULT bytes=%d seconds=%.3f peakHeapMb=%.1f%n", bytes, seconds, heap.peakPoolSumMb());
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
