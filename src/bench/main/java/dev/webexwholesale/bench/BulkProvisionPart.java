package dev.webexwholesale.bench;

import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.retry.RetryPolicy;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import dev.webexwholesale.model.WholesalePackagesSubscriber;
import dev.webexwholesale.sandbox.Operation;
import dev.webexwholesale.sandbox.SandboxStats;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Part 2: provision 1,000 subscribers from {@link #WORKERS} threads through one client against
 * the sandbox's token bucket (429 + whole-second Retry-After once over it).
 *
 * <p>Achieved rate: the bucket can grant at most {@code burst + rate * T} requests in a window
 * of T seconds that starts with a full bucket, so the figure is accepted provisions divided by
 * that capacity, T being the wall time from the first submit to the last answer. A client that
 * never lets a token go unused scores 1.0 whatever the burst; nothing is excluded as warm-up
 * (the connection and the JIT are warmed by one GET before the window, then the bucket is
 * allowed to refill).
 *
 * <p>Duplicates and losses come from the sandbox's own counters: an email with no accepted
 * provision is lost, one with more than one is a duplicate, and so is every provision POST the
 * sandbox refused with 409 because the email already existed (a replay of a POST that had
 * succeeded).
 */
public final class BulkProvisionPart implements BenchPart {
  static final int SUBSCRIBERS = 1_000;
  /** Allowed requests per second: 1,000 subscribers take about 10 s at full rate. */
  static final int ALLOWED_PER_SECOND = 100;
  /** Bucket size: a tenth of a second of tokens (the sandbox's default is a whole second). */
  static final int BURST = Integer.getInteger("bench.bulk.burst", 10);
  /** More than the limit needs (a loopback call takes about 1 ms), so the limiter sets the pace. */
  static final int WORKERS = Integer.getInteger("bench.bulk.workers", 16);
  /** A pipeline provisioning at the limit expects many 429s per call; the default of 4 is for one-off calls. */
  static final int MAX_ATTEMPTS = Integer.getInteger("bench.bulk.attempts", 20);

  /** Client-side pacing in requests per second for the headline run; 0 runs it unpaced. */
  static final double CLIENT_RATE = Double.parseDouble(System.getProperty("bench.bulk.clientRate",
      String.valueOf(ALLOWED_PER_SECOND)));
  /** Also run without client-side pacing (retries only), as a detail row. */
  static final boolean ALSO_UNPACED = Boolean.parseBoolean(System.getProperty("bench.bulk.unpaced", "true"));

  @Override
  public void run(BenchReport report) throws Exception {
    if (ALSO_UNPACED && CLIENT_RATE > 0) {
      run(report, 0, false);
    }
    run(report, CLIENT_RATE, true);
  }

  private static void run(BenchReport report, double clientRate, boolean headline) throws Exception {
    try (WholesaleSandbox sandbox = WholesaleSandbox.builder()
        .rateLimit(ALLOWED_PER_SECOND, BURST)
        .threads(WORKERS + 8)
        .build()
        .start()) {
      String customerId = sandbox.createProvisionedCustomer("bench-bulk");
      WholesaleClient.Builder builder = WholesaleClient.builder()
          .baseUrl(sandbox.baseUrl())
          .accessToken(CustomerFixture.TOKEN)
          .retryPolicy(RetryPolicy.builder().maxAttempts(MAX_ATTEMPTS).build());
      if (clientRate > 0) {
        builder.rateLimit(clientRate);
      }
      WholesaleClient client = builder.build();
      try {
        client.customers().get(customerId); // opens the connection, loads the classes
        Thread.sleep(1_000);                  // and lets the bucket refill
        sandbox.resetStats();
        String variant = clientRate > 0
            ? String.format(Locale.ROOT, "paced %.0f/s", clientRate) : "unpaced (retries only)";
        System.out.println("--- part 2: " + variant);
        measure(report, sandbox, client, customerId, variant, headline);
      } finally {
        client.close();
      }
    }
  }

  private static void measure(BenchReport report, WholesaleSandbox sandbox, WholesaleClient client,
      String customerId, String variant, boolean headline) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    List<Future<?>> calls = new ArrayList<>(SUBSCRIBERS);
    long start = System.nanoTime();
    for (int i = 0; i < SUBSCRIBERS; i++) {
      SubscriberProvisionRequest request = request(customerId, i);
      calls.add(pool.submit(() -> client.subscribers().provision(request)));
    }
    int clientFailures = 0;
    for (Future<?> call : calls) {
      try {
        call.get();
      } catch (ExecutionException e) {
        clientFailures++;
        if (clientFailures <= 3) {
          System.err.println("provision failed: " + e.getCause());
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.SECONDS);

    SandboxStats stats = sandbox.stats();
    Map<String, Integer> accepted = sandbox.provisionsAcceptedByEmail(customerId);
    long lost = 0;
    long multiply = 0;
    long acceptedTotal = 0;
    for (int i = 0; i < SUBSCRIBERS; i++) {
      int n = accepted.getOrDefault(email(i), 0);
      acceptedTotal += n;
      lost += n == 0 ? 1 : 0;
      multiply += Math.max(0, n - 1);
    }
    long duplicates = multiply + stats.duplicateAttempts();
    long posts = stats.requests(Operation.PROVISION_SUBSCRIBER);
    double capacity = BURST + ALLOWED_PER_SECOND * seconds;
    double fraction = acceptedTotal / capacity;

    String prefix = headline ? "bulk_" : "bulk_unpaced_";
    if (headline) {
      report.summary("bulk_rate_fraction", BenchSuite.round(fraction));
      report.summary("bulk_duplicates", duplicates);
      report.summary("bulk_lost", lost);
      report.detail("bulk_client_rate_per_second", CLIENT_RATE);
      report.detail("bulk_allowed_per_second", ALLOWED_PER_SECOND);
      report.detail("bulk_burst", BURST);
      report.detail("bulk_workers", WORKERS);
      report.detail("bulk_max_attempts", MAX_ATTEMPTS);
    } else {
      report.detail(prefix + "rate_fraction", BenchSuite.round(fraction));
      report.detail(prefix + "duplicates", duplicates);
      report.detail(prefix + "lost", lost);
    }
    report.detail(prefix + "seconds", BenchSuite.round(seconds));
    report.detail(prefix + "accepted", acceptedTotal);
    report.detail(prefix + "provision_posts", posts);
    report.detail(prefix + "429_responses", stats.rateLimited());
    report.detail(prefix + "client_failures", clientFailures);
    String label = variant + ": ";
    report.row("2 bulk", label + "accepted / limiter capacity", String.format(Locale.ROOT,
        "%.3f (%d in %.2f s = %.1f/s; limit %d/s, burst %d; %d threads)", fraction, acceptedTotal, seconds,
        acceptedTotal / seconds, ALLOWED_PER_SECOND, BURST, WORKERS), headline ? ">= 0.90" : "");
    report.row("2 bulk", label + "duplicates / lost (sandbox)", duplicates + " / " + lost, headline ? "0 / 0" : "");
    report.row("2 bulk", label + "provision POSTs / 429s / client failures",
        posts + " / " + stats.rateLimited() + " / " + clientFailures, "");
  }

  private static String email(int i) {
    return String.format(Locale.ROOT, "bench-%04d@acme.com", i);
  }

  private static SubscriberProvisionRequest request(String customerId, int i) {
    SubscriberProvisionRequest r = new SubscriberProvisionRequest();
    r.setCustomerId(customerId);
    r.setEmail(email(i));
    r.setPackages(List.of(WholesalePackagesSubscriber.WEBEX_CALLING));
    r.setProvisioningParameters(new dev.webexwholesale.model.SubscriberProvisioningParameters().extension("7209"));
    return r;
  }
}
