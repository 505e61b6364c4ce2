package dev.webexwholesale.bench;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Part 1, per-call overhead: {@link CustomerGetBench} under JMH in rounds, the
 * {@link InterleavedCalls} cross-check, and {@link ModelDecodeBench}. Every {@code @Benchmark}
 * method of CustomerGetBench is a variant; {@code ours} fills the two summary keys.
 * System properties: {@code bench.rounds} (default 5), {@code bench.jmh} (extra JMH options).
 */
public final class OverheadPart implements BenchPart {
  /**
   * Part 1: JMH SampleTime, per-call figure = p50 of all sampled calls of one fork.
   *
   * <p>The machine is shared, and its load drifts over tens of seconds; a variant measured
   * in a quiet minute would beat one measured in a busy minute. So the variants run in
   * several short rounds, in rotating order, and each ratio is taken within a round (the two
   * measurements close in time) and then the median over rounds is reported. Allocation per
   * call (JMH's GC profiler) is reported too: unlike latency, it does not depend on load.
   */
  @Override
  public void run(BenchReport report) throws Exception {
    String extra = System.getProperty("bench.jmh", "").trim();
    int rounds = Integer.getInteger("bench.rounds", 5);
    List<String> variants = benchmarkMethods(CustomerGetBench.class);
    Map<String, List<Double>> p50 = new LinkedHashMap<>();
    Map<String, List<Double>> alloc = new LinkedHashMap<>();
    Map<String, Long> samples = new LinkedHashMap<>();
    variants.forEach(v -> {
      p50.put(v, new ArrayList<>());
      alloc.put(v, new ArrayList<>());
    });

    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < variants.size(); k++) {
        String variant = variants.get((k + round) % variants.size());
        System.out.printf("%n--- part 1, round %d of %d: %s%n", round + 1, rounds, variant);
        Options options = new OptionsBuilder()
            .parent(new CommandLineOptions(extra.isEmpty() ? new String[0] : extra.split("\\s+")))
            .include("^" + Pattern.quote(CustomerGetBench.class.getName() + "." + variant) + "$")
            .addProfiler(GCProfiler.class)
            .shouldFailOnError(true)
            .build();
        for (RunResult r : new Runner(options).run()) {
          Statistics s = r.getPrimaryResult().getStatistics();
          p50.get(variant).add(s.getPercentile(50));
          samples.merge(variant, s.getN(), Long::sum);
          Result<?> norm = r.getSecondaryResults().get("gc.alloc.rate.norm");
          if (norm != null) {
            alloc.get(variant).add(norm.getScore());
          }
        }
      }
    }

    for (String v : variants) {
      report.detail("get_p50_us_" + v + "_by_round",
          p50.get(v).stream().map(BenchSuite::round).toArray());
      report.detail("get_p50_us_" + v, BenchSuite.round(BenchSuite.median(p50.get(v))));
      report.detail("get_alloc_bytes_per_call_" + v, Math.round(BenchSuite.median(alloc.get(v))));
      report.detail("get_samples_" + v, samples.get(v));
      report.row("1 overhead", v + ": get(id) p50 (median of rounds)", String.format(Locale.ROOT,
          "%.1f us, %,d B/call, rounds %s", BenchSuite.median(p50.get(v)), Math.round(BenchSuite.median(alloc.get(v))),
          p50.get(v).stream().map(x -> String.format(Locale.ROOT, "%.0f", x)).toList()), "");
    }
    ratio(report, p50, "vanilla", "raw", null, "");
    ratio(report, p50, "ours", "raw", "overhead_ratio_vs_raw", "<= 1.05");
    ratio(report, p50, "ours", "vanilla", "overhead_ratio_vs_vanilla", "");
    ratio(report, p50, "retrofit", "raw", null, "");
    ratio(report, p50, "ours", "retrofit", null, "");
    ratio(report, alloc, "ours", "raw", "alloc_ratio_vs_raw", "<= 1.10", "alloc");
    ratio(report, alloc, "retrofit", "raw", null, "", "alloc");
    runInterleaved(report, variants);
    runDecode(report, extra);
  }

  /** The cross-check of {@link InterleavedCalls}: figures and ratios go to details only. */
  private static void runInterleaved(BenchReport report, List<String> variants) throws Exception {
    System.out.printf("%n--- part 1, %,d interleaved calls per variant%n", InterleavedCalls.CALLS);
    Map<String, InterleavedCalls.Figures> figures = InterleavedCalls.run(variants);
    figures.forEach((v, f) -> {
      report.detail("interleaved_p50_us_" + v, BenchSuite.round(f.wallP50Us()));
      report.detail("interleaved_cpu_us_per_call_" + v, BenchSuite.round(f.cpuUs()));
      report.row("1 interleaved", v + ": p50 of " + String.format(Locale.ROOT, "%,d", InterleavedCalls.CALLS)
          + " calls / client CPU per call",
          String.format(Locale.ROOT, "%.1f us / %.1f us", f.wallP50Us(), f.cpuUs()), "");
    });
    String[][] pairs = {{"vanilla", "raw"}, {"ours", "raw"}, {"ours", "vanilla"}, {"retrofit", "raw"}, {"ours", "retrofit"}};
    for (String[] pair : pairs) {
      InterleavedCalls.Figures num = figures.get(pair[0]);
      InterleavedCalls.Figures den = figures.get(pair[1]);
      if (num != null && den != null) {
        double wall = BenchSuite.round(num.wallP50Us() / den.wallP50Us());
        double cpu = BenchSuite.round(num.cpuUs() / den.cpuUs());
        report.detail("interleaved_ratio_" + pair[0] + "_vs_" + pair[1] + "_p50", wall);
        double blocks = BenchSuite.round(num.medianBlockRatio(den));
        report.detail("interleaved_ratio_" + pair[0] + "_vs_" + pair[1] + "_cpu", cpu);
        report.detail("interleaved_ratio_" + pair[0] + "_vs_" + pair[1] + "_cpu_block_median", blocks);
        report.row("1 interleaved", "ratio " + pair[0] + " / " + pair[1] + ": p50 / CPU / CPU block median",
            String.format(Locale.ROOT, "%.3f / %.3f / %.3f", wall, cpu, blocks), "");
      }
    }
  }

  /** Decode only: generated vs stock models (AverageTime, so the score is the mean). */
  private static void runDecode(BenchReport report, String extra) throws Exception {
    System.out.printf("%n--- part 1, decode only%n");
    Options options = new OptionsBuilder()
        .parent(new CommandLineOptions(extra.isEmpty() ? new String[0] : extra.split("\\s+")))
        .include("^" + Pattern.quote(ModelDecodeBench.class.getName()) + "\\.")
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true)
        .build();
    for (RunResult r : new Runner(options).run()) {
      String benchmark = r.getParams().getBenchmark();
      String variant = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      double us = r.getPrimaryResult().getScore();
      Result<?> norm = r.getSecondaryResults().get("gc.alloc.rate.norm");
      long bytes = norm == null ? -1 : Math.round(norm.getScore());
      report.detail("decode_us_" + variant, BenchSuite.round(us));
      report.detail("decode_alloc_bytes_" + variant, bytes);
      report.row("1 decode", variant + ": customer JSON -> model, mean", String.format(Locale.ROOT,
          "%.2f us, %,d B", us, bytes), "");
    }
  }

  /** The {@code @Benchmark} methods of a class: raw and vanilla first, then the rest by name. */
  private static List<String> benchmarkMethods(Class<?> type) {
    List<String> order = List.of("raw", "vanilla", "retrofit", "ours");
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(Benchmark.class))
        .map(Method::getName)
        .sorted(Comparator.comparing((String n) -> order.contains(n) ? order.indexOf(n) : order.size())
            .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  /** Median over rounds of the within-round ratio of p50s. */
  private static void ratio(BenchReport report, Map<String, List<Double>> p50, String num, String den,
      String summaryKey, String goal) {
    ratio(report, p50, num, den, summaryKey, goal, "p50");
  }

  /** Median over rounds of {@code num / den} for one figure ({@code what}: "p50" or "alloc"), taken within each round. */
  private static void ratio(BenchReport report, Map<String, List<Double>> p50, String num, String den,
      String summaryKey, String goal, String what) {
    String figure = what + " ratio " + num + " / " + den;
    String prefix = what.equals("p50") ? "ratio_" : what + "_ratio_";
    if (!p50.containsKey(num) || !p50.containsKey(den)) {
      report.row("1 overhead", figure, "not run", goal);
      return;
    }
    List<Double> perRound = new ArrayList<>();
    for (int i = 0; i < Math.min(p50.get(num).size(), p50.get(den).size()); i++) {
      perRound.add(p50.get(num).get(i) / p50.get(den).get(i));
    }
    double value = BenchSuite.round(BenchSuite.median(perRound));
    report.detail(prefix + num + "_vs_" + den + "_by_round", perRound.stream().map(BenchSuite::round).toArray());
    if (summaryKey != null) {
      report.summary(summaryKey, value);
    } else {
      report.detail(prefix + num + "_vs_" + den, value);
    }
    report.row("1 overhead", figure, String.format(Locale.ROOT, "%.3f (rounds %s)", value,
        perRound.stream().map(x -> String.format(Locale.ROOT, "%.2f", x)).toList()), goal);
  }
}
