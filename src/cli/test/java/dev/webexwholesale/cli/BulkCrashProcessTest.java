package dev.webexwholesale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes: a child JVM runs {@code bulk subscribers provision} against a sandbox that
 * loses answers, is killed with SIGKILL at several points and resumed with the same command.
 * The sandbox must hold each row exactly once and the last run must report every row. A run
 * stopped by SIGTERM ends cleanly and resumes the same way.
 */
class BulkCrashProcessTest {
  private static final int ROWS = 2000;
  private static final int CONCURRENCY = 8;
  private static final Pattern RESENT = Pattern.compile("(\\d+) sent again");

  @TempDir
  Path tmp;

  @Test
  void killedThreeTimesAndResumedEachRowExistsOnceAndHasAnOutcome() throws Exception {
    try (WholesaleSandbox sandbox = WholesaleSandbox.builder().provisioningPolls(0).lostAnswerRate(0.02).faultSeed(11)
        .build().start()) {
      String customer = sandbox.createProvisionedCustomer("crash-co");
      Path input = subscribersCsv("crash-co", ROWS);
      List<String> command = command(sandbox.baseUrl(), input);

      List<Integer> resentPerResume = new ArrayList<>();
      for (double killAt : new double[] {0.25, 0.5, 0.75}) {
        Run run = start(command);
        run.awaitLines((int) (ROWS * killAt));
        run.process.destroyForcibly(); // SIGKILL: no shutdown hooks, no flush
        assertTrue(run.process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, run.process.exitValue(), "killed mid-run, not finished: " + run.stderr);
        run.drain();
        if (killAt > 0.25) {
          resentPerResume.add(run.resent());
        }
      }
      Run last = start(command);
      assertTrue(last.process.waitFor(60, TimeUnit.SECONDS), "the last run finishes");
      last.drain();
      assertEquals(0, last.process.exitValue(), last.stderr.toString());
      resentPerResume.add(last.resent());

      Map<Long, String> outcomes = new HashMap<>();
      for (String line : last.stdout) {
        JsonObject o = JsonParser.parseString(line).getAsJsonObject();
        outcomes.put(o.get("row").getAsLong(), o.get("outcome").getAsString());
      }
      assertEquals(ROWS, outcomes.size(), "every row has an outcome");
      long fromJournal = last.stdout.stream().filter(l -> l.contains("\"fromJournal\":true")).count();
      assertTrue(fromJournal >= ROWS * 3 / 4, "the killed runs' rows were skipped, not redone: " + fromJournal);
      assertTrue(outcomes.values().stream().allMatch("succeeded"::equals), outcomes.toString());
      Map<String, Integer> byEmail = sandbox.provisionsAcceptedByEmail(customer);
      assertEquals(ROWS, byEmail.size(), "every row exists");
      assertTrue(byEmail.values().stream().allMatch(c -> c == 1), "each exactly once");
      assertEquals(0, sandbox.stats().duplicateAttempts(), "no POST for a subscriber that existed");
      // Rows sent more than once over all runs: only rows journaled but not yet sent when a kill came.
      long resentRows = Files.readAllLines(tmp.resolve("subscribers.csv.journal.jsonl")).stream()
          .filter(l -> l.startsWith("{\"type\":\"intent\"") && l.contains("\"send\":2,")).count();
      System.out.println("BulkCrashProcessTest: rows sent again over 3 resumes " + resentRows + "; last run: "
          + last.stderr.toString().strip());
      assertTrue(resentRows <= 3 * CONCURRENCY, "each resume resends at most the rows in flight: " + resentRows);
      for (int resent : resentPerResume) {
        assertTrue(resent <= CONCURRENCY, "a resume resends at most the rows in flight: " + resentPerResume);
      }
    }
  }

  /**
   * SIGTERM (what a service manager or {@code kill} sends) mid-run: the shutdown hook interrupts
   * the run, which ends its rows in flight, prints the summary and closes the journal before the
   * JVM exits; the same command then finishes the rest, each row once.
   */
  @Test
  void terminatedBySigtermMidRunPrintsTheSummaryAndResumesEachRowOnce() throws Exception {
    int rows = 600;
    // 10 ms per answer: the run lasts long enough for the signal to find it busy.
    try (WholesaleSandbox sandbox = WholesaleSandbox.builder().provisioningPolls(0)
        .latency(java.time.Duration.ofMillis(10)).build().start()) {
      String customer = sandbox.createProvisionedCustomer("term-co");
      Path input = subscribersCsv("term-co", rows);
      List<String> command = command(sandbox.baseUrl(), input);

      Run run = start(command);
      run.awaitLines(rows / 4);
      assertTrue(run.process.isAlive(), "still running when the signal comes: " + run.stderr);
      // SIGTERM: shutdown hooks run. Through the handle: Process.destroy() would also close our
      // ends of the child's pipes, and with them what it prints while it stops.
      assertTrue(run.process.toHandle().destroy());
      assertTrue(run.process.waitFor(60, TimeUnit.SECONDS));
      run.drain();
      // The JVM ends with 128 + SIGTERM whatever main returns once a signal started its shutdown.
      assertEquals(143, run.process.exitValue(), run.stderr.toString());
      assertTrue(run.stderr.toString().contains("bulk: "), "the summary was printed: " + run.stderr);
      assertTrue(run.stderr.toString().contains("interrupted"), "the stop is named: " + run.stderr);
      int reported = run.stdout.size();
      assertTrue(reported < rows, "stopped before the end: " + reported);
      List<String> journal = Files.readAllLines(tmp.resolve("subscribers.csv.journal.jsonl"));
      for (String line : journal) {
        JsonParser.parseString(line).getAsJsonObject(); // closed cleanly: no half line
      }

      Run last = start(command);
      assertTrue(last.process.waitFor(60, TimeUnit.SECONDS), "the resumed run finishes");
      last.drain();
      assertEquals(0, last.process.exitValue(), last.stderr.toString());
      assertEquals(rows, last.stdout.size(), "every row has an outcome");
      assertTrue(last.stdout.stream().allMatch(l -> l.contains("\"outcome\":\"succeeded\"")), last.stderr.toString());
      assertTrue(last.resent() <= CONCURRENCY, "only rows in flight at the signal could be resent: " + last.stderr);
      Map<String, Integer> byEmail = sandbox.provisionsAcceptedByEmail(customer);
      assertEquals(rows, byEmail.size(), "every row exists");
      assertTrue(byEmail.values().stream().allMatch(c -> c == 1), "each exactly once: " + byEmail);
      assertEquals(0, sandbox.stats().duplicateAttempts(), "no POST for a subscriber that existed");
    }
  }

  /** subscribers.csv: {@code rows} subscribers of the customer {@code externalId}, user1@… upwards. */
  private Path subscribersCsv(String externalId, int rows) throws IOException {
    StringBuilder csv = new StringBuilder("customerExternalId,email,packages,provisioningParameters.firstName\n");
    for (int i = 1; i <= rows; i++) {
      csv.append(externalId).append(",user").append(i).append('@').append(externalId).append(".example.com,webex_calling,Ünal ")
          .append(i).append('\n');
    }
    Path input = tmp.resolve("subscribers.csv");
    Files.writeString(input, csv, StandardCharsets.UTF_8);
    return input;
  }

  private List<String> command(String baseUrl, Path input) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        WholesaleCli.class.getName(), "--base-url", baseUrl, "--token", "crash-token",
        "bulk", "subscribers", "provision", "--file", input.toString(), "--concurrency", String.valueOf(CONCURRENCY),
        "--settle-delay", "300ms");
  }

  private Run start(List<String> command) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
    pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    return new Run(pb.start());
  }

  /** A child process whose stdout and stderr are read as they come. */
  static final class Run {
    final Process process;
    final List<String> stdout = java.util.Collections.synchronizedList(new ArrayList<>());
    final StringBuffer stderr = new StringBuffer();
    final AtomicInteger lines = new AtomicInteger();
    final Thread out;
    final Thread err;

    Run(Process process) {
      this.process = process;
      this.out = pump(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)),
          l -> {
            stdout.add(l);
            lines.incrementAndGet();
          });
      this.err = pump(new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)),
          l -> stderr.append(l).append('\n'));
    }

    void awaitLines(int n) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (lines.get() < n && process.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5); // polling a real child process: there is no fake time across processes
      }
    }

    void drain() throws InterruptedException {
      out.join(10_000);
      err.join(10_000);
    }

    /** From the summary line; 0 for a killed run, which prints none. */
    int resent() {
      Matcher m = RESENT.matcher(stderr);
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static Thread pump(BufferedReader reader, java.util.function.Consumer<String> sink) {
      Thread t = new Thread(() -> {
        try (reader) {
          String line;
          while ((line = reader.readLine()) != null) {
            sink.accept(line);
          }
        } catch (IOException e) {
          // the process died mid-line: what was read is kept
        }
      });
      t.setDaemon(true);
      t.start();
      return t;
    }
  }
}
