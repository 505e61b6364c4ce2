package dev.webexwholesale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.bulk.BulkEvent;
import dev.webexwholesale.client.bulk.BulkOutcome;
import dev.webexwholesale.client.bulk.BulkResult;
import dev.webexwholesale.testing.FakeTime;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkProgressTest {
  private final FakeTime time = new FakeTime();
  private final StringWriter err = new StringWriter();

  private static BulkEvent started(long row) {
    return new BulkEvent(row, "k" + row, BulkEvent.Step.STARTED, null);
  }

  private static BulkEvent finished(long row, BulkOutcome outcome) {
    return new BulkEvent(row, "k" + row, BulkEvent.Step.FINISHED,
        new BulkResult(row, "k" + row, outcome, "id", null, false, 1, List.of(), List.of(), null, false));
  }

  @Test
  void onATerminalOneBarIsRewrittenInPlace() {
    BulkProgress p = new BulkProgress(new PrintWriter(err, true), true, time, 4);
    p.onEvent(started(1));
    p.onEvent(started(2));
    time.advance(Duration.ofSeconds(1));
    p.onEvent(finished(1, BulkOutcome.SUCCEEDED));
    String shown = err.toString();
    assertTrue(shown.startsWith("\r[......"), shown);
    assertTrue(shown.endsWith("\r[######..................] 1/4 done, 1 succeeded, 0 failed, 0 on hold, 1 in flight, "
        + "1.0 rows/s, ETA 3.0s"), shown);
    assertEquals(-1, shown.indexOf('\n'), "no new lines while running");
  }

  @Test
  void inALogOneLineEveryFewSecondsThenTheSummary() {
    BulkProgress p = new BulkProgress(new PrintWriter(err, true), false, time, 3);
    p.onEvent(started(1));
    p.onEvent(finished(1, BulkOutcome.SUCCEEDED));
    assertEquals("", err.toString(), "nothing before the interval");
    time.advance(BulkProgress.LOG_EVERY);
    p.onEvent(finished(2, BulkOutcome.ON_HOLD));
    p.onEvent(finished(3, BulkOutcome.REJECTED_BY_SERVER));
    p.summary(0, 0, 0);
    List<String> lines = err.toString().lines().toList();
    assertEquals(2, lines.size(), err::toString);
    assertTrue(lines.get(0).startsWith("bulk: 2/3 done, 1 succeeded, 0 failed, 1 on hold, 0 in flight"), lines.get(0));
    assertEquals("bulk: 3 rows in 5.0s: 1 succeeded, 1 on hold, 1 rejected by server (0 from the journal, "
        + "0 adopted (found by lookup, not sent again), 0 sent again, 0 unresolved)", lines.get(1));
  }
}
