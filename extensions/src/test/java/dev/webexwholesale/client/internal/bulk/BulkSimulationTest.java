package dev.webexwholesale.client.internal.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.bulk.BulkError;
import dev.webexwholesale.client.bulk.BulkEvent;
import dev.webexwholesale.client.bulk.BulkOutcome;
import dev.webexwholesale.client.bulk.BulkResult;
import dev.webexwholesale.client.bulk.BulkRow;
import dev.webexwholesale.client.bulk.BulkStoppedException;
import dev.webexwholesale.client.bulk.JournalRecord;
import dev.webexwholesale.client.bulk.SendFate;
import dev.webexwholesale.testing.FakeTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deterministic simulation of the bulk engine: each seed draws an input (valid rows, a row
 * failing validation, a duplicate key, row number 0), a server ({@link SimWebex}: sandbox
 * semantics, unique keys or not) and a fault per request (answer; answer lost after handling;
 * handled late, past the client's deadline; reset before handling; 429/423 with Retry-After,
 * sometimes beyond the cap; 500/502 before or after handling; an unreadable answer; a foreign
 * creation of the same key; a 400), and kills the process at a random journal write. Time is
 * {@link FakeTime}: no test sleeps. After every run and resume the invariants are checked
 * against the server's ground truth:
 *
 * <ul>
 *   <li>I1 each valid row exists exactly once (never twice at any moment);
 *   <li>I2 every row has exactly one final outcome (one per run, one in the journal at the end);
 *   <li>I3 succeeded ⇒ it exists with that id; adopted ⇒ an unknown-fate send in this journal;
 *   <li>I4 rejected_* ⇒ the server (its codes and tracking ID) or the validation said no;
 *   <li>I5 every run ends by itself, within a bound of virtual time;
 *   <li>I6 rerunning a finished journal sends nothing and changes no outcome.
 * </ul>
 *
 * <p>{@code -Dbulk.sim.schedules=10000} runs more schedules; a failure names its seed, and
 * {@code -Dbulk.sim.seed=S -Dbulk.sim.schedules=1} replays exactly that schedule.
 */
class BulkSimulationTest {
  private static final Duration SETTLE = Duration.ofSeconds(10);
  private static final Duration CAP = Duration.ofMinutes(5);
  /** A run's virtual time is bounded per row: refusals × Retry-After of every call, settle delays. */
  private static final Duration BOUND_PER_ROW = Duration.ofHours(12);

  private static ExecutorService runner;

  @BeforeAll
  static void start() {
    runner = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "bulk-sim");
      t.setDaemon(true);
      return t;
    });
  }

  @AfterAll
  static void stop() {
    runner.shutdownNow();
  }

  @Test
  void everySeededFaultScheduleKeepsTheInvariants() {
    int schedules = Integer.getInteger("bulk.sim.schedules", 300);
    long first = Long.getLong("bulk.sim.seed", 1L);
    long started = System.nanoTime();
    Stats stats = new Stats();
    for (long seed = first; seed < first + schedules; seed++) {
      try {
        new Schedule(seed, stats).play();
      } catch (Throwable t) {
        throw new AssertionError("bulk simulation: seed " + seed + " broke an invariant: " + t.getMessage()
            + "\n  replay: mvn -pl extensions test -Dtest=BulkSimulationTest -Dbulk.sim.seed=" + seed
            + " -Dbulk.sim.schedules=1", t);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.ROOT, "bulk simulation: %d schedules (seeds %d..%d), %d runs, %d rows, %d requests, "
        + "%d faults, %d kills, %d adopted, %d stops in %.1f s%n", schedules, first, first + schedules - 1, stats.runs,
        stats.rows, stats.requests, stats.faults, stats.kills, stats.adopted, stats.stops, seconds);
    assertTrue(stats.faults > 0 && stats.adopted > 0 && stats.kills > 0 || schedules < 50,
        "the schedules exercised faults, adoptions and kills");
  }

  /** Counts over all schedules, to show what was exercised. */
  static final class Stats {
    long runs;
    long rows;
    long requests;
    long faults;
    long kills;
    long adopted;
    long stops;
  }

  /** One seeded schedule: input, server, faults, kills; runs and resumes, checking after each. */
  static final class Schedule {
    final long seed;
    final Stats stats;
    final Random rnd;
    final FakeTime time = new FakeTime();
    final SimWebex server;
    final List<JournalRecord> journal = new ArrayList<>();
    /** Where each run's records begin: an intent still open there was cut off by a kill. */
    final java.util.Set<Integer> runStarts = new java.util.HashSet<>();
    final List<BulkRow<SimWebex.Req>> rows = new ArrayList<>();
    /** Valid rows by key: the first row of each key (later ones are duplicates). */
    final Map<String, Long> validKeys = new LinkedHashMap<>();
    final Map<Long, String> invalidRows = new HashMap<>();
    final Map<Long, Long> duplicateRows = new HashMap<>();
    final boolean wait;
    final boolean precheck;

    Schedule(long seed, Stats stats) {
      this.seed = seed;
      this.stats = stats;
      this.rnd = new Random(seed);
      this.server = new SimWebex(new Random(rnd.nextLong()), time, rnd.nextDouble() < 0.7, rnd.nextDouble() * 0.45,
          rnd.nextDouble() * 0.15);
      this.wait = rnd.nextBoolean();
      this.precheck = rnd.nextDouble() < 0.3;
      long number = rnd.nextBoolean() ? 0 : 1; // row 0 must work like any other
      int count = 2 + rnd.nextInt(9);
      for (int i = 0; i < count; i++, number++) {
        double d = rnd.nextDouble();
        if (d < 0.08) {
          invalidRows.put(number, "address.city");
          rows.add(BulkRow.of(number, new SimWebex.Req("ext-" + seed + "-" + i, false)));
        } else if (d < 0.14 && !validKeys.isEmpty()) {
          String key = new ArrayList<>(validKeys.keySet()).get(rnd.nextInt(validKeys.size()));
          duplicateRows.put(number, validKeys.get(key));
          rows.add(BulkRow.of(number, new SimWebex.Req(key, true)));
        } else {
          String key = "ext-" + seed + "-" + i;
          validKeys.put(key, number);
          rows.add(BulkRow.of(number, new SimWebex.Req(key, true)));
          if (rnd.nextDouble() < 0.1) {
            server.failsProvisioning(key);
          }
        }
      }
    }

    void play() throws Exception {
      int faultyRuns = 1 + rnd.nextInt(4);
      for (int i = 0; i < faultyRuns; i++) {
        int kill = rnd.nextDouble() < 0.35 ? rnd.nextInt(3 * rows.size() + 1) : -1;
        run(true, i > 0 && rnd.nextBoolean(), kill);
      }
      // The faults end: reruns with retry-failed finish every row.
      Map<Long, BulkResult> last = null;
      for (int i = 0; i < 4; i++) {
        Run r = run(false, true, -1);
        if (r.stop == null && r.results.values().stream().noneMatch(x -> isUnresolved(x))) {
          last = r.results;
          break;
        }
      }
      assertTrue(last != null, "four clean runs with --retry-failed finished every row");
      checkFinal(last);
      // I6: a finished journal run again sends nothing and changes no outcome.
      long requests = server.requests;
      int records = journal.size();
      Run again = run(false, false, -1);
      assertEquals(requests, server.requests, "I6: a rerun of a finished journal sent requests");
      for (JournalRecord r : journal.subList(records, journal.size())) {
        assertTrue(r.key() == null, "I6: a rerun journaled " + r);
      }
      for (Map.Entry<Long, BulkResult> e : last.entrySet()) {
        BulkResult now = again.results.get(e.getKey());
        assertEquals(e.getValue().outcome(), now.outcome(), "I6: row " + e.getKey() + " changed outcome");
        assertEquals(e.getValue().id(), now.id(), "I6: row " + e.getKey() + " changed id");
      }
    }

    static boolean isUnresolved(BulkResult r) {
      return r.message() != null && r.message().startsWith("unresolved");
    }

    /** What one run reported. */
    static final class Run {
      final Map<Long, BulkResult> results = new LinkedHashMap<>();
      BulkStoppedException stop;
    }

    Run run(boolean faulty, boolean retryFailed, int killAt) throws Exception {
      stats.runs++;
      stats.rows += rows.size();
      server.faulty = faulty;
      runStarts.add(journal.size());
      SimJournal j = new SimJournal(journal, killAt);
      Run run = new Run();
      long before = time.nanoTime();
      long requestsBefore = server.requests;
      long faultsBefore = server.faults;
      try (WholesaleClient client = WholesaleClient.builder().baseUrl("http://127.0.0.1:9/v1").accessToken("sim")
          .time(time).build()) {
        RowRunner.Settings settings = new RowRunner.Settings(precheck, wait, null, SETTLE, 3, retryFailed, "SIM");
        BulkEngine<SimWebex.Req> engine = new BulkEngine<>(client, server.kind(), j, 1, e -> {
          if (e.step() == BulkEvent.Step.FINISHED) {
            BulkResult earlier = run.results.put(e.row(), e.result());
            assertTrue(earlier == null, "I2: row " + e.row() + " finished twice in one run");
          }
        }, settings, CAP);
        Future<?> done = runner.submit(() -> {
          try {
            engine.run(rows.iterator());
          } catch (BulkStoppedException e) {
            run.stop = e;
          }
          return null;
        });
        try {
          done.get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          done.cancel(true);
          throw new AssertionError("I5: the run did not end by itself within 30 s of real time");
        }
      } catch (java.util.concurrent.ExecutionException e) {
        throw e.getCause() instanceof Exception x ? x : new RuntimeException(e.getCause());
      }
      stats.requests += server.requests - requestsBefore;
      stats.faults += server.faults - faultsBefore;
      if (j.killed) {
        stats.kills++;
      }
      if (run.stop != null) {
        stats.stops++;
        assertTrue(j.killed && run.stop.reason() == BulkStoppedException.Reason.JOURNAL_FAILED
            || run.stop.reason() == BulkStoppedException.Reason.RATE_LIMITED,
            "a run stops only for a journal failure or a Retry-After beyond the cap: " + run.stop);
        if (run.stop.reason() == BulkStoppedException.Reason.RATE_LIMITED) {
          assertTrue(server.beyondCap, "stopped for a Retry-After beyond the cap nobody sent");
        }
      } else {
        assertEquals(rows.size(), run.results.size(), "I2: every row has one outcome in a run that was not stopped");
      }
      Duration took = Duration.ofNanos(time.nanoTime() - before);
      assertTrue(took.compareTo(BOUND_PER_ROW.multipliedBy(rows.size())) <= 0, "I5: the run took " + took);
      checkRun(run);
      return run;
    }

    /** I1 (never twice), I3, I4 after every run, and each row's outcome against the input. */
    void checkRun(Run run) {
      server.keys().forEach(k -> assertTrue(server.count(k) <= 1, "I1: " + k + " exists " + server.count(k)
          + " times"));
      for (BulkResult r : run.results.values()) {
        if (r.adopted() && !r.fromJournal()) {
          stats.adopted++;
        }
        String invalid = invalidRows.get(r.row());
        if (invalid != null) {
          assertEquals(BulkOutcome.REJECTED_BEFORE_SENDING, r.outcome(), "validation: row " + r.row());
          assertTrue(r.message().contains(invalid), "the rejection names the field: " + r.message());
          continue;
        }
        Long firstOfKey = duplicateRows.get(r.row());
        if (firstOfKey != null) {
          assertEquals(BulkOutcome.REJECTED_BEFORE_SENDING, r.outcome(), "duplicate row " + r.row());
          assertTrue(r.message().contains("as row " + firstOfKey), r.message());
          continue;
        }
        assertTrue(r.outcome() != BulkOutcome.REJECTED_BEFORE_SENDING, "I4: valid row rejected before sending: " + r);
        if (r.outcome() == BulkOutcome.SUCCEEDED) {
          assertTrue(r.id() != null && r.id().equals(server.idOf(r.key())),
              "I3: succeeded but " + r.key() + " is " + server.idOf(r.key()) + ", reported " + r.id());
        }
        if (r.adopted()) {
          assertTrue(hasUnknownFate(r.key()), "I3: adopted without an unknown-fate send in the journal: " + r);
        }
        if (r.outcome() == BulkOutcome.REJECTED_BY_SERVER) {
          SimWebex.Refusal said = server.lastRefusal(r.key());
          assertTrue(said != null, "I4: rejected by server, but it never refused " + r.key());
          assertTrue(r.errors().stream().map(BulkError::errorCode).anyMatch(c -> c != null && c == said.code()),
              "I4: the server's code " + said.code() + " is missing from " + r.errors());
          assertTrue(r.trackingIds().contains(said.trackingId()), "I4: tracking ID " + said.trackingId()
              + " missing from " + r.trackingIds());
        }
        if (r.outcome() == BulkOutcome.FAILED && "status is error".equals(r.message())) {
          // Judged failed by what Webex shows: with Webex's errors, and Webex does show error.
          assertTrue(!r.errors().isEmpty(), "a row in error carries its errors: " + r);
          assertTrue(server.failsProvisioningOf(r.key()), "failed, but Webex shows no error: " + r);
        }
      }
    }

    /** After the clean runs: every valid key exists once, and its outcome matches the truth. */
    void checkFinal(Map<Long, BulkResult> last) {
      for (Map.Entry<String, Long> e : validKeys.entrySet()) {
        String key = e.getKey();
        assertEquals(1, server.count(key), "I1: " + key + " exists " + server.count(key) + " times");
        BulkResult r = last.get(e.getValue());
        assertTrue(r != null, "I2: row " + e.getValue() + " has no outcome");
        if (server.isForeign(key)) {
          // Someone else created it: the 409 stands, unless an unknown-fate send of ours may be it.
          assertTrue(r.outcome() == BulkOutcome.REJECTED_BY_SERVER || r.adopted(),
              "a foreign " + key + " is reported " + r);
        } else if (server.failsProvisioningOf(key)) {
          // Without --wait a 202 is success; whatever read the status (a wait, a lookup) says failed.
          assertTrue(r.outcome() == BulkOutcome.FAILED || !wait && r.outcome() == BulkOutcome.SUCCEEDED,
              "a row in error is failed: " + r);
        } else {
          assertEquals(BulkOutcome.SUCCEEDED, r.outcome(), "row " + r.row() + " " + r);
        }
      }
      // I2: the journal holds exactly one last result per valid key, the one reported.
      Map<String, BulkOutcome> lastInJournal = new HashMap<>();
      for (JournalRecord r : journal) {
        if (r.key() != null && r.type() == JournalRecord.Type.RESULT) {
          lastInJournal.put(r.key(), r.outcome());
        } else if (r.key() != null && r.type() != JournalRecord.Type.RESULT) {
          lastInJournal.remove(r.key());
        }
      }
      for (Map.Entry<String, Long> e : validKeys.entrySet()) {
        assertEquals(last.get(e.getValue()).outcome(), lastInJournal.get(e.getKey()),
            "I2: the journal's last word on " + e.getKey());
      }
    }

    /** A FATE unknown, or an intent with nothing after it before the key's next intent (a kill). */
    boolean hasUnknownFate(String key) {
      boolean open = false;
      for (int i = 0; i < journal.size(); i++) {
        JournalRecord r = journal.get(i);
        if (open && runStarts.contains(i)) {
          return true; // the run that wrote the intent was killed before the POST's fate was known
        }
        if (!key.equals(r.key())) {
          continue;
        }
        if (r.type() == JournalRecord.Type.INTENT) {
          if (open) {
            return true;
          }
          open = true;
        } else {
          if (r.type() == JournalRecord.Type.FATE && r.fate() == SendFate.UNKNOWN) {
            return true;
          }
          open = false;
        }
      }
      return open;
    }
  }
}
