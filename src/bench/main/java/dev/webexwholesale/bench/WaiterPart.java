package dev.webexwholesale.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Part 4: time from the server's state change to the waiter returning, divided by the poll
 * interval P. A waiter polling every P should land in [0, 1] (0.5 on average); above 1 means
 * it sleeps longer than it says or spends time between polls.
 *
 * <p>Each run flips its customer at a different phase of the poll cycle (2P plus run/RUNS
 * of P after the wait starts), so the runs sample the whole cycle. Runs the hand-written poll
 * loop first, as the floor, then the client's waiter.
 */
public final class WaiterPart implements BenchPart {
  static final Duration POLL = Duration.ofMillis(200);
  static final int RUNS = 9;

  @Override
  public void run(BenchReport report) throws Exception {
    FlippingCustomers customers = new FlippingCustomers();
    try (LoopbackHttpServer server = new LoopbackHttpServer(customers.handler())) {
      measure(report, "raw", new RawPollWaiter(), customers, server.baseUrl());
      double median = measure(report, "ours", new OursWaiter(), customers, server.baseUrl());
      report.summary("waiter_latency_ratio", BenchSuite.round(median));
    }
  }

  /** Returns the median ratio of latency to poll interval. */
  private static double measure(BenchReport report, String variant, Waiter waiter,
      FlippingCustomers customers, String baseUrl) throws Exception {
    waiter.start(baseUrl, POLL);
    long pollNanos = POLL.toNanos();
    List<Double> ratios = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      String id = "bench-waiter-" + variant + "-" + run;
      long flipAt = System.nanoTime() + 2 * pollNanos + pollNanos * run / RUNS;
      customers.add(id, flipAt);
      waiter.awaitProvisioned(id);
      long latency = System.nanoTime() - flipAt;
      if (latency < 0) {
        throw new IllegalStateException(variant + " returned before the customer was provisioned");
      }
      ratios.add((double) latency / pollNanos);
    }
    double median = BenchSuite.median(ratios);
    double max = ratios.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    report.detail("waiter_" + variant + "_latency_ratio", BenchSuite.round(median));
    report.detail("waiter_" + variant + "_latency_ratio_max", BenchSuite.round(max));
    report.detail("waiter_" + variant + "_latency_ratio_by_run",
        ratios.stream().map(BenchSuite::round).toArray());
    report.row("4 waiter", variant + ": latency / poll interval, median (max)",
        String.format(Locale.ROOT, "%.3f (%.3f), P=%d ms, %d runs", median, max, POLL.toMillis(), RUNS),
        "<= 1.0");
    return median;
  }
}
