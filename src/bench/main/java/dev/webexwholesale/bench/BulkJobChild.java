package dev.webexwholesale.bench;

import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.bulk.BulkEvent;
import dev.webexwholesale.client.bulk.BulkOutcome;
import dev.webexwholesale.client.bulk.BulkProvisioner;
import dev.webexwholesale.client.bulk.BulkRow;
import dev.webexwholesale.client.bulk.BulkSummary;
import dev.webexwholesale.client.bulk.JsonLinesJournal;
import dev.webexwholesale.client.retry.RetryPolicy;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import dev.webexwholesale.model.SubscriberProvisioningParameters;
import dev.webexwholesale.model.WholesalePackagesSubscriber;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Part 5's child JVM: one bulk run of generated subscriber rows (made one at a time, never all
 * in memory) against a sandbox the parent runs. Prints {@code PROGRESS n} as rows finish and a
 * {@code RESULT} line; the parent may kill it at any point and start it again.
 *
 * <p>Arguments: baseUrl, customer-ids file, journal, rows, concurrency, rate (0: unpaced), and
 * optionally the client's call timeout in milliseconds.
 */
public final class BulkJobChild {
  private BulkJobChild() {
  }

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    List<String> customers = Files.readAllLines(Path.of(args[1]));
    Path journalPath = Path.of(args[2]);
    int rows = Integer.parseInt(args[3]);
    int concurrency = Integer.parseInt(args[4]);
    double rate = Double.parseDouble(args[5]);
    HeapPeak heap = HeapPeak.start();
    WholesaleClient.Builder b = WholesaleClient.builder().baseUrl(baseUrl).accessToken(CustomerFixture.TOKEN)
        .retryPolicy(RetryPolicy.builder().maxAttempts(10).build());
    if (rate > 0) {
      b.rateLimit(rate);
    }
    if (args.length > 6) {
      b.callTimeout(Duration.ofMillis(Long.parseLong(args[6])));
    }
    long[] finished = {0};
    long start = System.nanoTime();
    BulkSummary summary;
    try (WholesaleClient client = b.build(); JsonLinesJournal journal = JsonLinesJournal.open(journalPath)) {
      summary = BulkProvisioner.subscribers(client, journal).concurrency(concurrency)
          .settleDelay(Duration.ofMillis(500))
          .listener(e -> {
            if (e.step() == BulkEvent.Step.FINISHED && ++finished[0] % 50 == 0) {
              System.out.println("PROGRESS " + finished[0]);
            }
          }).build().run(rows(customers, rows));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.println(String.format(Locale.ROOT,
        "RESULT rows=%d succeeded=%d seconds=%.3f skipped=%d adopted=%d resent=%d unresolved=%d peakHeapMb=%.1f "
            + "liveAfterGcMb=%.1f",
        summary.rows(), summary.count(BulkOutcome.SUCCEEDED), seconds, summary.skipped(), summary.adopted(),
        summary.resent(), summary.unresolved(), heap.peakPoolSumMb(), heap.maxLiveAfterGcMb()));
  }

  static String email(int i) {
    return "u" + i + "@bulk-bench.example.com";
  }

  private static Iterator<BulkRow<SubscriberProvisionRequest>> rows(List<String> customers, int n) {
    return new Iterator<>() {
      int next = 1;

      @Override
      public boolean hasNext() {
        return next <= n;
      }

      @Override
      public BulkRow<SubscriberProvisionRequest> next() {
        if (next > n) {
          throw new NoSuchElementException();
        }
        int i = next++;
        return BulkRow.of(i, new SubscriberProvisionRequest().customerId(customers.get(i % customers.size()))
            .email(email(i)).packages(List.of(WholesalePackagesSubscriber.WEBEX_CALLING))
            .provisioningParameters(new SubscriberProvisioningParameters().firstName("Row").lastName("N" + i)));
      }
    };
  }
}
