package dev.webexwholesale.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.bulk.BulkEvent;
import dev.webexwholesale.client.bulk.BulkJournal;
import dev.webexwholesale.client.bulk.BulkOutcome;
import dev.webexwholesale.client.bulk.BulkProvisioner;
import dev.webexwholesale.client.bulk.BulkResult;
import dev.webexwholesale.client.bulk.BulkSummary;
import dev.webexwholesale.client.bulk.JournalRecord;
import dev.webexwholesale.client.bulk.JsonLinesJournal;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A run that dies at each step of a row's state machine (the listener or the journal throws, as
 * a kill would stop it there, and the last journal line is left torn), then a second run: every
 * row ends with an outcome and Webex holds each exactly once.
 */
class BulkCrashRecoveryE2eTest {
  /** Stands for the process dying: nothing after it runs. */
  static final class Crash extends Error {
    private static final long serialVersionUID = 1L;

    Crash() {
      super("simulated kill -9");
    }
  }

  /** Where row 2 dies. */
  enum Point {
    AFTER_START(BulkEvent.Step.STARTED),
    AFTER_INTENT_BEFORE_SEND(BulkEvent.Step.INTENT_RECORDED),
    /** The POST was processed and answered; the journal never heard of it. */
    AFTER_SEND_BEFORE_JOURNAL(BulkEvent.Step.ANSWERED),
    AFTER_ACCEPTED(BulkEvent.Step.ACCEPTED_RECORDED),
    WHILE_WAITING(BulkEvent.Step.WAITING),
    /** The result's append never completes. */
    WRITING_RESULT(null),
    AFTER_RESULT(BulkEvent.Step.FINISHED);

    final BulkEvent.Step step;

    Point(BulkEvent.Step step) {
      this.step = step;
    }
  }

  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(Point.class)
  void subscribersResumeAfterACrashAt(Point point) throws Exception {
    try (BulkRig rig = new BulkRig(dir, b -> { })) {
      String customer = rig.sandbox.createProvisionedCustomer("acme");
      List<dev.webexwholesale.client.bulk.BulkRow<SubscriberProvisionRequest>> rows =
          BulkRig.subscriberRows(customer, 4);
      assertThrows(Crash.class, () -> {
        try (BulkJournal journal = crashing(JsonLinesJournal.open(rig.journalPath), point)) {
          BulkProvisioner.subscribers(rig.client, journal).concurrency(1).waitForProvisioned(true)
              .settleDelay(BulkRig.SETTLE).listener(crashAt(point)).build().run(rows.iterator());
        }
      });
      tearLastLine(rig.journalPath);

      BulkSummary summary = rig.subscribers(rows, b -> b.concurrency(2).waitForProvisioned(true));
      assertEquals(4, summary.count(BulkOutcome.SUCCEEDED), rig.outcomes().toString());
      BulkProvisionerE2eTest.assertEachOnce(rig, customer, 4);
      BulkResult row2 = rig.results.get(2L);
      expectRow2(point, row2, summary);
    }
  }

  @ParameterizedTest
  @EnumSource(Point.class)
  void customersResumeAfterACrashAt(Point point) throws Exception {
    try (BulkRig rig = new BulkRig(dir, b -> { })) {
      List<dev.webexwholesale.client.bulk.BulkRow<CustomerProvisionRequest>> rows = BulkRig.customerRows(3);
      assertThrows(Crash.class, () -> {
        try (BulkJournal journal = crashing(JsonLinesJournal.open(rig.journalPath), point)) {
          BulkProvisioner.customers(rig.client, journal).concurrency(1).waitForProvisioned(true)
              .settleDelay(BulkRig.SETTLE).listener(crashAt(point)).build().run(rows.iterator());
        }
      });
      tearLastLine(rig.journalPath);

      BulkSummary summary = rig.customers(rows, b -> b.waitForProvisioned(true));
      assertEquals(3, summary.count(BulkOutcome.SUCCEEDED), rig.outcomes().toString());
      assertEquals(3, rig.sandbox.customerCount(), "each customer exactly once");
      expectRow2(point, rig.results.get(2L), summary);
    }
  }

  private static void expectRow2(Point point, BulkResult row2, BulkSummary summary) {
    switch (point) {
      case AFTER_START:
        assertEquals(1, row2.sends(), "nothing was journaled: an ordinary first send");
        assertFalse(row2.adopted());
        break;
      case AFTER_INTENT_BEFORE_SEND:
        assertEquals(2, row2.sends(), "the journaled intent counts: reconciled, not found, sent");
        assertFalse(row2.adopted());
        assertEquals(1, summary.resent());
        break;
      case AFTER_SEND_BEFORE_JOURNAL:
        assertTrue(row2.adopted(), "found by reconciliation, not sent again");
        assertEquals(1, row2.sends());
        assertEquals(1, summary.adopted());
        break;
      case AFTER_RESULT:
        assertTrue(row2.fromJournal(), "finished before the crash: skipped");
        break;
      default:
        assertEquals(1, row2.sends(), "the id was journaled: the run only waits again");
        assertFalse(row2.fromJournal());
    }
  }

  private static dev.webexwholesale.client.bulk.BulkListener crashAt(Point point) {
    return e -> {
      if (point.step != null && e.row() == 2 && e.step() == point.step) {
        throw new Crash();
      }
    };
  }

  private static BulkJournal crashing(BulkJournal journal, Point point) {
    return new BulkJournal() {
      @Override
      public void replay(Consumer<JournalRecord> sink) throws IOException {
        journal.replay(sink);
      }

      @Override
      public void append(JournalRecord record) throws IOException {
        if (point == Point.WRITING_RESULT && record.row() == 2 && record.type() == JournalRecord.Type.RESULT) {
          throw new Crash();
        }
        journal.append(record);
      }

      @Override
      public void close() throws IOException {
        journal.close();
      }
    };
  }

  /** A kill in the middle of a write leaves half a line behind. */
  private static void tearLastLine(Path journal) throws IOException {
    Files.write(journal, "{\"type\":\"result\",\"row\":3,\"ke".getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.APPEND);
  }
}
