package dev.webexwholesale.cli;

import dev.webexwholesale.client.bulk.BulkEvent;
import dev.webexwholesale.client.bulk.BulkOutcome;
import dev.webexwholesale.client.bulk.BulkResult;
import java.io.PrintWriter;
import dev.webexwholesale.client.Time;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A bulk run's progress on stderr: on a terminal one bar rewritten in place, otherwise one line
 * every few seconds; then a summary. Fed the provisioner's (serialised) events.
 */
final class BulkProgress {
  static final Duration LOG_EVERY = Duration.ofSeconds(5);
  private static final int BAR = 24;

  private final PrintWriter err;
  private final boolean live;
  private final Time time;
  private final long expected;
  private final Instant start;
  private final Map<BulkOutcome, Long> counts = new EnumMap<>(BulkOutcome.class);
  private final Set<Long> inFlight = new HashSet<>();
  private long done;
  private long adopted;
  private Instant lastShown;
  private int lastWidth;

  BulkProgress(PrintWriter err, boolean live, Time time, long expected) {
    this.err = err;
    this.live = live;
    this.time = time;
    this.expected = expected;
    this.start = time.now();
    this.lastShown = start;
  }

  void onEvent(BulkEvent e) {
    if (e.step() == BulkEvent.Step.RATE_LIMITED) {
      if (live && lastWidth > 0) {
        err.println();
        lastWidth = 0;
      }
      long s = e.delay().toSeconds() + (e.delay().toNanosPart() > 0 ? 1 : 0);
      err.println("rate limited by Webex: waiting " + s + " s");
      err.flush();
      return;
    }
    if (e.step() == BulkEvent.Step.STARTED) {
      inFlight.add(e.row());
    } else if (e.step() == BulkEvent.Step.FINISHED) {
      inFlight.remove(e.row());
      BulkResult r = e.result();
      counts.merge(r.outcome(), 1L, Long::sum);
      done++;
      if (r.adopted() && !r.fromJournal()) {
        adopted++;
      }
    }
    Instant now = time.now();
    if (live) {
      if (e.step() == BulkEvent.Step.FINISHED || e.step() == BulkEvent.Step.STARTED) {
        String line = bar() + " " + line(now);
        err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
        lastWidth = line.length();
        err.flush();
      }
    } else if (Duration.between(lastShown, now).compareTo(LOG_EVERY) >= 0) {
      err.println("bulk: " + line(now));
      err.flush();
      lastShown = now;
    }
  }

  private String bar() {
    if (expected <= 0) {
      return "";
    }
    int filled = (int) Math.min(BAR, done * BAR / expected);
    return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "]";
  }

  private String line(Instant now) {
    double seconds = Math.max(0.001, Duration.between(start, now).toMillis() / 1000.0);
    double rate = done / seconds;
    StringBuilder s = new StringBuilder();
    s.append(done).append(expected > 0 ? "/" + expected : "").append(" done, ")
        .append(count(BulkOutcome.SUCCEEDED)).append(" succeeded, ")
        .append(failed()).append(" failed, ")
        .append(count(BulkOutcome.ON_HOLD)).append(" on hold, ")
        .append(inFlight.size()).append(" in flight, ")
        .append(String.format(Locale.ROOT, "%.1f rows/s", rate));
    if (expected > done && rate > 0) {
      s.append(", ETA ").append(DurationConverter.format(Duration.ofSeconds((long) ((expected - done) / rate))));
    }
    return s.toString();
  }

  long count(BulkOutcome o) {
    return counts.getOrDefault(o, 0L);
  }

  long failed() {
    return count(BulkOutcome.FAILED) + count(BulkOutcome.REJECTED_BEFORE_SENDING)
        + count(BulkOutcome.REJECTED_BY_SERVER);
  }

  /** Ends the live line and prints the summary. */
  void summary(long skipped, long resent, long unresolved) {
    if (live && lastWidth > 0) {
      err.println();
    }
    Duration took = Duration.between(start, time.now());
    StringBuilder s = new StringBuilder("bulk: ").append(done).append(" rows in ").append(DurationConverter.format(took))
        .append(": ");
    String sep = "";
    for (BulkOutcome o : BulkOutcome.values()) {
      if (count(o) > 0) {
        s.append(sep).append(count(o)).append(' ').append(o.wireName().replace('_', ' '));
        sep = ", ";
      }
    }
    if (done == 0) {
      s.append("nothing to do");
    }
    s.append(" (").append(skipped).append(" from the journal, ").append(adopted).append(" adopted (found by lookup, not sent again), ")
        .append(resent).append(" sent again, ").append(unresolved).append(" unresolved)");
    err.println(s);
    err.flush();
  }
}
