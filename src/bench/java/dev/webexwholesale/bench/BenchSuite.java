package dev.webexwholesale.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs every benchmark part, prints one table and writes {@code summary.json}.
 * Launched by {@code mvn -B -Pbench verify} (exec-maven-plugin); see docs/readme-bench.md.
 *
 * <p>Argument: the output directory. System properties: {@code bench.parts} (comma list of
 * overhead, bulk, stream, waiter; default all) and {@code bench.jmh} (extra JMH command-line
 * options, e.g. {@code "-wi 1 -i 2"} for a quick look).
 */
public final class BenchSuite {
  /** Parts 2 and 4 need the client and the sandbox; their sources wait in src/bench/pending. */
  static final String BULK_PART = "dev.webexwholesale.bench.BulkProvisionPart";
  static final String WAITER_PART = "dev.webexwholesale.bench.WaiterLatencyPart";

  private BenchSuite() {
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
    Set<String> parts = new LinkedHashSet<>(Arrays.asList(
        System.getProperty("bench.parts", "all").toLowerCase(Locale.ROOT).split("\\s*,\\s*")));
    boolean all = parts.contains("all") || parts.contains("");
    BenchReport report = new BenchReport();
    boolean failed = false;

    if (all || parts.contains("overhead")) {
      failed |= !attempt("1 overhead", () -> runOverhead(report));
    }
    if (all || parts.contains("bulk")) {
      failed |= !runPart(report, "2 bulk", BULK_PART);
    }
    if (all || parts.contains("stream")) {
      failed |= !attempt("3 stream", () -> new StreamPart().run(report));
    }
    if (all || parts.contains("waiter")) {
      failed |= !runPart(report, "4 waiter", WAITER_PART);
    }

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

  private static boolean runPart(BenchReport report, String part, String className) {
    if (!present(className)) {
      System.out.println("\n===== part " + part + ": not run (" + className + " is still pending)");
      report.row(part, "all figures", "not run", "needs the client and the sandbox");
      return true;
    }
    return attempt(part, () -> ((BenchPart) Class.forName(className).getDeclaredConstructor()
        .newInstance()).run(report));
  }

  static boolean present(String className) {
    try {
      Class.forName(className, false, BenchSuite.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Part 1: JMH SampleTime; the per-call figure is the p50 of all sampled calls. */
  private static void runOverhead(BenchReport report) throws Exception {
    String extra = System.getProperty("bench.jmh", "").trim();
    Options options = new OptionsBuilder()
        .parent(new CommandLineOptions(extra.isEmpty() ? new String[0] : extra.split("\\s+")))
        .include("^" + Pattern.quote(CustomerGetBench.class.getName()) + "\\.")
        .shouldFailOnError(true)
        .build();
    Collection<RunResult> results = new Runner(options).run();

    Map<String, Double> p50 = new HashMap<>();
    for (RunResult r : results) {
      String benchmark = r.getParams().getBenchmark();
      String variant = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      Statistics s = r.getPrimaryResult().getStatistics();
      String unit = r.getPrimaryResult().getScoreUnit();
      p50.put(variant, s.getPercentile(50));
      report.detail("get_p50_us_" + variant, round(s.getPercentile(50)));
      report.detail("get_p90_us_" + variant, round(s.getPercentile(90)));
      report.detail("get_mean_us_" + variant, round(s.getMean()));
      report.detail("get_samples_" + variant, s.getN());
      report.row("1 overhead", variant + ": get(id) p50 / p90", String.format(Locale.ROOT,
          "%.1f / %.1f %s (n=%,d)", s.getPercentile(50), s.getPercentile(90), unit, s.getN()), "");
    }
    ratio(report, p50, "vanilla", "raw", null, "");
    ratio(report, p50, "ours", "raw", "overhead_ratio_vs_raw", "<= 1.05");
    ratio(report, p50, "ours", "vanilla", "overhead_ratio_vs_vanilla", "");
  }

  private static void ratio(BenchReport report, Map<String, Double> p50, String num, String den,
      String summaryKey, String goal) {
    String figure = "p50 ratio " + num + " / " + den;
    if (!p50.containsKey(num) || !p50.containsKey(den)) {
      report.row("1 overhead", figure, "not run", goal);
      return;
    }
    double value = round(p50.get(num) / p50.get(den));
    if (summaryKey != null) {
      report.summary(summaryKey, value);
    } else {
      report.detail("ratio_" + num + "_vs_" + den, value);
    }
    report.row("1 overhead", figure, String.format(Locale.ROOT, "%.3f", value), goal);
  }

  static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}
