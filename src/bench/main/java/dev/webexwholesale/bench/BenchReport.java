package dev.webexwholesale.bench;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the figures of a run: the summary keys, extra details and the printed table. */
public final class BenchReport {
  /** The keys of summary.json, always all present ({@code null} when not measured). */
  public static final List<String> SUMMARY_KEYS = List.of(
      "overhead_ratio_vs_raw",
      "overhead_ratio_vs_vanilla",
      "bulk_rate_fraction",
      "bulk_duplicates",
      "bulk_lost",
      "stream_100k_peak_heap_mb",
      "waiter_latency_ratio",
      // part 5, the bulk provisioner
      "bulk_e2e_rate_fraction",
      "bulk_e2e_duplicates",
      "bulk_e2e_lost",
      "bulk_e2e_faulty_rate_fraction",
      "bulk_e2e_false_outcomes",
      "bulk_resume_resent_rows",
      "bulk_100k_rows_peak_heap_mb",
      // part 1 again: bytes allocated per get(id), ours / raw OkHttp + Gson
      "alloc_ratio_vs_raw",
      // part 6, CLI start-up: the launcher's wall time / java -jar's
      "cli_call_ratio_vs_plain_jar",
      "cli_help_ratio_vs_plain_jar",
      // part 7: a 1 GiB billing report download, ours / raw OkHttp streaming to a file
      "billing_download_throughput_ratio_vs_raw",
      "billing_download_peak_heap_mb");

  private final Map<String, Object> summary = new LinkedHashMap<>();
  private final Map<String, Object> details = new LinkedHashMap<>();
  private final List<String[]> rows = new ArrayList<>();

  public BenchReport() {
    SUMMARY_KEYS.forEach(k -> summary.put(k, null));
  }

  public void summary(String key, Object value) {
    if (!summary.containsKey(key)) {
      throw new IllegalArgumentException("not a summary key: " + key);
    }
    summary.put(key, value);
  }

  public void detail(String key, Object value) {
    details.put(key, value);
  }

  /** One table line: part, figure, value, goal (free text, may be empty). */
  public void row(String part, String figure, String value, String goal) {
    rows.add(new String[] {part, figure, value, goal});
  }

  public void printTable(PrintStream out) {
    String[] head = {"part", "figure", "value", "goal"};
    int[] width = new int[head.length];
    for (int i = 0; i < head.length; i++) {
      width[i] = head[i].length();
      for (String[] r : rows) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    StringBuilder sb = new StringBuilder("\n");
    line(sb, head, width);
    String[] rule = new String[head.length];
    for (int i = 0; i < head.length; i++) {
      rule[i] = "-".repeat(width[i]);
    }
    line(sb, rule, width);
    rows.forEach(r -> line(sb, r, width));
    out.println(sb);
  }

  private static void line(StringBuilder sb, String[] cells, int[] width) {
    sb.append('|');
    for (int i = 0; i < cells.length; i++) {
      sb.append(' ').append(cells[i]).append(" ".repeat(width[i] - cells[i].length())).append(" |");
    }
    sb.append('\n');
  }

  /** Writes {@code summary.json}: the summary keys, then {@code "details"}. */
  public Path write(Path dir) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>(summary);
    json.put("details", details);
    Files.createDirectories(dir);
    Path file = dir.resolve("summary.json");
    Files.writeString(file,
        new GsonBuilder().serializeNulls().setPrettyPrinting().create().toJson(json) + "\n",
        StandardCharsets.UTF_8);
    return file;
  }
}
