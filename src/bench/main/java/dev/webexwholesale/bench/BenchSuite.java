package dev.webexwholesale.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Runs every benchmark part, prints one table and writes {@code summary.json}.
 * Launched by {@code mvn -B -Pbench verify} (exec-maven-plugin); see docs/benchmarks.md.
 *
 * <p>Argument: the output directory. System properties: {@code bench.parts} (comma list of
 * overhead, bulk, stream, waiter, bulkjob, cli, billing; default all), {@code bench.rounds} (part 1 rounds, default 5)
 * and {@code bench.jmh} (extra JMH command-line options, e.g. {@code "-wi 1 -i 2"}).
 */
public final class BenchSuite {
  private BenchSuite() {
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
    Set<String> parts = new LinkedHashSet<>(Arrays.asList(
        System.getProperty("bench.parts", "all").toLowerCase(Locale.ROOT).split("\\s*,\\s*")));
    boolean all = parts.contains("all") || parts.contains("");
    BenchReport report = new BenchReport();
    boolean failed = false;
    // Other work on the machine moves every latency figure; keep a trace of how busy it was.
    report.detail("load_average_at_start", round(loadAverage()));

    if (all || parts.contains("overhead")) {
      failed |= !attempt("1 overhead", () -> new OverheadPart().run(report));
    }
    if (all || parts.contains("bulk")) {
      failed |= !attempt("2 bulk", () -> new BulkProvisionPart().run(report));
    }
    if (all || parts.contains("stream")) {
      failed |= !attempt("3 stream", () -> new StreamPart().run(report));
    }
    if (all || parts.contains("waiter")) {
      failed |= !attempt("4 waiter", () -> new WaiterPart().run(report));
    }
    if (all || parts.contains("bulkjob")) {
      failed |= !attempt("5 bulk job", () -> new BulkJobPart().run(report));
    }
    if (all || parts.contains("cli")) {
      Path repoTarget = Path.of(System.getProperty("bench.repoTarget", "../../target"));
      failed |= !attempt("6 cli start-up", () -> new CliStartupPart(repoTarget).run(report));
    }

    if (all || parts.contains("billing")) {
      failed |= !attempt("7 billing", () -> new BillingDownloadPart().run(report));
    }

    report.detail("load_average_at_end", round(loadAverage()));
    report.printTable(System.out);
    Path file = report.write(out);
    System.out.println("summary: " + file.toAbsolutePath());
    System.out.println(java.nio.file.Files.readString(file));
    if (failed) {
      System.err.println("at least one part failed; see above");
      System.exit(1);
    }
  }

  interface Step {
    void run() throws Exception;
  }

  private static boolean attempt(String part, Step step) {
    System.out.println("\n===== part " + part);
    try {
      step.run();
      return true;
    } catch (Exception | Error e) {
      System.err.println("part " + part + " failed:");
      e.printStackTrace();
      return false;
    }
  }

  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}
