package dev.webexwholesale.bench;

import dev.webexwholesale.sandbox.WholesaleSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Part 6: wall time of one CLI invocation through the launcher ({@code target/webex-wholesale}:
 * AppCDS archive, C1, serial GC) divided by the same invocation as {@code java -jar
 * target/webex-wholesale-cli.jar}: one API call ({@code customers get ID}) against a sandbox on
 * loopback, and {@code --help} as users run it (the launcher prints its recording of the root
 * usage); in the details also {@code --help} with the recording bypassed
 * ({@code WEBEX_WHOLESALE_JAVA_OPTS} set and empty: the launcher's JVM path). Runs alternate
 * (launcher first in every other pair) so load drifts hit both; the ratio is the median of the
 * per-pair ratios. Both use this JVM's java.
 */
public final class CliStartupPart implements BenchPart {
  static final int PAIRS = Integer.getInteger("bench.cli.pairs", 21);
  static final int WARM_UP = 2;

  private final Path target;
  private final String java;

  public CliStartupPart(Path repoTarget) {
    this.target = repoTarget;
    this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Override
  public void run(BenchReport report) throws Exception {
    Path jar = target.resolve("webex-wholesale-cli.jar");
    Path launcher = target.resolve("webex-wholesale");
    if (!Files.isRegularFile(jar) || !Files.isRegularFile(launcher)) {
      throw new IllegalStateException("build first: " + jar + " and " + launcher + " come from mvn -B package");
    }
    try (WholesaleSandbox sandbox = WholesaleSandbox.builder().provisioningPolls(0).build().start()) {
      String id = sandbox.createProvisionedCustomer("bench-cli");
      List<String> call = List.of("--base-url", sandbox.baseUrl(), "--token", "bench", "customers", "get", id);
      measure(report, "call", jar, launcher, call, Map.of(), "cli_call_ratio_vs_plain_jar");
      measure(report, "help", jar, launcher, List.of("--help"), Map.of(), "cli_help_ratio_vs_plain_jar");
      measure(report, "help_jvm", jar, launcher, List.of("--help"), Map.of("WEBEX_WHOLESALE_JAVA_OPTS", ""), null);
    }
  }

  /** {@code launcherEnv}: added to the launcher's environment only; {@code key}: null for a detail only. */
  private void measure(BenchReport report, String name, Path jar, Path launcher, List<String> args,
      Map<String, String> launcherEnv, String key) throws Exception {
    List<String> plain = new ArrayList<>(List.of(java, "-jar", jar.toString()));
    plain.addAll(args);
    List<String> fast = new ArrayList<>(List.of("sh", launcher.toString()));
    fast.addAll(args);
    List<Double> plainMs = new ArrayList<>();
    List<Double> fastMs = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < WARM_UP + PAIRS; i++) {
      double p;
      double f;
      if (i % 2 == 0) {
        p = timeMs(plain, Map.of());
        f = timeMs(fast, launcherEnv);
      } else {
        f = timeMs(fast, launcherEnv);
        p = timeMs(plain, Map.of());
      }
      if (i >= WARM_UP) { // the first launches may record the archive (a JVM other than the build's)
        plainMs.add(p);
        fastMs.add(f);
        ratios.add(f / p);
      }
    }
    double ratio = BenchSuite.median(ratios);
    if (key != null) {
      report.summary(key, BenchSuite.round(ratio));
    } else {
      report.detail("cli_" + name + "_ratio_vs_plain_jar", BenchSuite.round(ratio));
    }
    report.detail("cli_" + name + "_plain_jar_median_ms", BenchSuite.round(BenchSuite.median(plainMs)));
    report.detail("cli_" + name + "_launcher_median_ms", BenchSuite.round(BenchSuite.median(fastMs)));
    report.detail("cli_" + name + "_ratio_by_pair", ratios.stream().map(BenchSuite::round).toArray());
    report.row("6 cli start-up", name + ": launcher / java -jar, median of " + PAIRS + " pairs",
        String.format(Locale.ROOT, "%.3f (%.0f ms vs %.0f ms)", ratio, BenchSuite.median(fastMs),
            BenchSuite.median(plainMs)), key != null ? "<= 0.55" : "detail: the recording bypassed");
  }

  /** Runs one invocation to its end; it must exit 0 with output on stdout. */
  private double timeMs(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
    Path out = Files.createTempFile("bench-cli", ".out");
    Path err = Files.createTempFile("bench-cli", ".err");
    try {
      ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      for (String v : List.of("WEBEX_WHOLESALE_JAVA_OPTS", "JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")) {
        pb.environment().remove(v); // as users run it; env adds what a measure asks for
      }
      pb.environment().putAll(env);
      pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
      long start = System.nanoTime();
      Process p = pb.start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("no answer in 120 s: " + command);
      }
      double ms = (System.nanoTime() - start) / 1e6;
      if (p.exitValue() != 0 || Files.size(out) == 0) {
        throw new IllegalStateException("exit " + p.exitValue() + " from " + command + ": "
            + Files.readString(err, StandardCharsets.UTF_8));
      }
      return ms;
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
