package dev.webexwholesale.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.bulk.BulkEvent;
import dev.webexwholesale.client.bulk.BulkJournal;
import dev.webexwholesale.client.bulk.BulkOutcome;
import dev.webexwholesale.client.bulk.BulkProvisioner;
import dev.webexwholesale.client.bulk.BulkResult;
import dev.webexwholesale.client.bulk.BulkRow;
import dev.webexwholesale.client.bulk.BulkStoppedException;
import dev.webexwholesale.client.bulk.BulkSummary;
import dev.webexwholesale.client.bulk.JsonLinesJournal;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import dev.webexwholesale.model.WholesalePackagesSubscriber;
import dev.webexwholesale.sandbox.CustomerOutcome;
import dev.webexwholesale.sandbox.Operation;
import dev.webexwholesale.sandbox.SandboxFault;
import dev.webexwholesale.sandbox.SubscriberOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BulkProvisioner against the sandbox on fake time: outcomes, reconciliation, resume, bad rows. */
class BulkProvisionerE2eTest {
  @TempDir
  Path dir;

  @Test
  void customersEndInEachOutcomeAndTheJournalRecordsIntentBeforeResult() throws Exception {
    try (BulkRig rig = new BulkRig(dir, b -> { })) {
      rig.sandbox.customerOutcome("ext-2", CustomerOutcome.ERROR);
      rig.sandbox.customerOutcome("ext-3", CustomerOutcome.PENDING_RPL_REVIEW);
      BulkSummary summary = rig.customers(BulkRig.customerRows(4), b -> b.waitForProvisioned(true).concurrency(2));

      assertEquals(Map.of(1L, "succeeded", 2L, "failed", 3L, "on_hold", 4L, "succeeded"), rig.outcomes());
      assertEquals(2, summary.count(BulkOutcome.SUCCEEDED));
      assertEquals(4, rig.sandbox.customerCount());
      BulkResult ok = rig.results.get(1L);
      assertEquals("provisioned", ok.status());
      assertNotNull(ok.id());
      assertEquals(1, ok.sends());
      assertFalse(ok.adopted());
      assertTrue(ok.trackingId().startsWith("WBXBULK_"), ok.trackingId());
      assertEquals("error", rig.results.get(2L).status());
      assertEquals("pending_rpl_review", rig.results.get(3L).status());
      List<String> row1 = rig.journalLines().stream().filter(l -> l.contains("\"key\":\"ext-1\"")).toList();
      assertEquals(3, row1.size(), String.join("\n", row1));
      assertTrue(row1.get(0).startsWith("{\"type\":\"intent\""), row1.get(0));
      assertTrue(row1.get(1).startsWith("{\"type\":\"accepted\""), row1.get(1));
      assertTrue(row1.get(2).startsWith("{\"type\":\"result\""), row1.get(2));
      assertTrue(row1.get(2).contains("\"outcome\":\"succeeded\""), row1.get(2));
    }
  }

  @Test
  void aCustomerStillProvisioningAtTheTimeoutTimesOut() throws Exception {
    try (BulkRig rig = new BulkRig(dir, b -> b.provisioningPolls(1000))) {
      rig.customers(BulkRig.customerRows(1), b -> b.waitForProvisioned(true).waitTimeout(Duration.ofSeconds(30)));
      assertEquals(Map.of(1L, "timed_out"), rig.outcomes());
      assertEquals("provisioning", rig.results.get(1L).status());
    }
  }

  @Test
  void lostAnswerAfterProcessingIsAdoptedNotResent() throws Exception {
    try (BulkRig rig = new BulkRig(dir, b -> { })) {
      String customer = rig.sandbox.createProvisionedCustomer("acme");
      rig.sandbox.injectFault("POST", "/wholesale/subscribers", 1, SandboxFault.emptyReply().afterHandling());
      BulkSummary summary = rig.subscribers(BulkRig.subscriberRows(customer, 3), b -> b.concurrency(1));

      assertEquals(Map.of(1L, "succeeded", 2L, "succeeded", 3L, "succeeded"), rig.outcomes());
      BulkResult adopted = rig.results.get(1L);
      assertTrue(adopted.adopted());
      assertEquals(1, adopted.sends());
      assertNotNull(adopted.id());
      assertTrue(adopted.message().contains("adopted"), adopted.message());
      assertEquals(1, summary.adopted());
      assertEquals(0, summary.resent());
      assertEachOnce(rig, customer, 3);
      assertFalse(rig.time.sleeps().contains(BulkRig.SETTLE), "found at once: no settle delay");
    }
  }

  @Test
  void lostRequestIsLookedUpTwiceAcrossTheSettleDelayThenSentAgain() throws Exception {
    try (BulkRig rig = new BulkRig(dir, b -> { })) {
      String customer = rig.sandbox.createProvisionedCustomer("acme");
      rig.sandbox.injectFault("POST", "/wholesale/subscribers", 1, SandboxFault.emptyReply());
      BulkSummary summary = rig.subscribers(BulkRig.subscriberRows(customer, 2), b -> b.concurrency(1));

      BulkResult resent = rig.results.get(1L);
      assertEquals(BulkOutcome.SUCCEEDED, resent.outcome());
      assertFalse(resent.adopted());
      assertEquals(2, resent.sends());
      assertEquals(1, summary.resent());
      assertTrue(rig.time.sleeps().contains(BulkRig.SETTLE), rig.time.sleeps().toString());
      // A lookup before and after the delay; each lists by email, then (nothing found) the
      // customer's subscribers unfiltered, in case Webex's email filter heeds case.
      assertEquals(4, rig.sandbox.stats().requests(Operation.LIST_SUBSCRIBERS), "a lookup before and after the delay");
      assertEachOnce(rig, customer, 2);
      List<BulkEvent.Step> steps = rig.events.stream().filter(e -> e.row() == 1).map(BulkEvent::step).toList();
      assertEquals(List.of(BulkEvent.Step.STARTED, BulkEvent.Step.INTENT_RECORDED, BulkEvent.Step.AMBIGUOUS,
          BulkEvent.Step.RECONCILING, BulkEvent.Step.INTENT_RECORDED, BulkEvent.Step.ANSWERED,
          BulkEvent.Step.FINISHED), steps);
    }
  }

  @Test
  void serverErrorsAreAmbiguousAndReconciledBothWays() throws Exception {
    try (BulkRig rig = new BulkRig(dir, b -> { })) {
      String customer = rig.sandbox.createProvisionedCustomer("acme");
      rig.sandbox.injectFault("POST", "/wholesale/subscribers", 1, SandboxFault.status(500).afterHandling());
      rig.sandbox.injectFault("POST", "/wholesale/subscribers", 1, SandboxFault.status(502));
      BulkSummary summary = rig.subscribers(BulkRig.subscriberRows(customer, 2), b -> b.concurrency(1));

      assertTrue(rig.results.get(1L).adopted(), "500 after processing: found and adopted");
      assertEquals(2, rig.results.get(2L).sends(), "502 before processing: not found, sent again");
      assertEquals(1, summary.adopted());
      assertEquals(1, summary.resent());
      assertEachOnce(rig, customer, 2);
    }
  }

  @Test
  void rateLimitedRowIsSentAgainAfterRetryAfterWithoutReconciling() throws Exception {
    try (BulkRig rig = new BulkRig(dir, b -> { })) {
      String customer = rig.sandbox.createProvisionedCustomer("acme");
      rig.sandbox.injectFault("POST", "/wholesale/subscribers", 5, SandboxFault.status(429, 3));
      rig.subscribers(BulkRig.subscriberRows(customer, 1), b -> b);

      assertEquals(Map.of(1L, "succeeded"), rig.outcomes());
      assertTrue(rig.events.stream().noneMatch(e -> e.step() == BulkEvent.Step.RECONCILING));
      assertEquals(5, rig.events.stream()
          .filter(e -> e.step() == BulkEvent.Step.RATE_LIMITED && Duration.ofSeconds(3).equals(e.delay())).count(),
          "each refusal pauses the run for its Retry-After");
      assertTrue(rig.time.slept().compareTo(Duration.ofSeconds(15)) >= 0, "waited: " + rig.time.slept());
      assertEquals(1, rig.results.get(1L).sends(), "the five refused POSTs are not sends");
      assertEquals(0, rig.sandbox.stats().requests(Operation.LIST_SUBSCRIBERS));
      assertEachOnce(rig, customer, 1);
    }
  }

  @Test
  void aRowThatCannotBeLookedUpStaysOpenAndTheNextRunReconcilesIt() throws Exception {
    try (BulkRig rig = new BulkRig(dir, b -> { })) {
      String customer = rig.sandbox.createProvisionedCustomer("acme");
      rig.sandbox.injectFault("POST", "/wholesale/subscribers", 1, SandboxFault.emptyReply().afterHandling());
      rig.sandbox.injectFault("GET", "/wholesale/subscribers", 1, SandboxFault.status(500));
      BulkSummary first = rig.subscribers(BulkRig.subscriberRows(customer, 1), b -> b);
      assertEquals(1, first.unresolved());
      assertEquals(BulkOutcome.FAILED, rig.results.get(1L).outcome());
      assertTrue(rig.results.get(1L).message().startsWith("unresolved"), rig.results.get(1L).message());
      assertFalse(rig.journalLines().stream().anyMatch(l -> l.contains("\"type\":\"result\"")),
          "no result: the intent stays open");

      BulkSummary second = rig.subscribers(BulkRig.subscriberRows(customer, 1), b -> b);
      assertEquals(1, second.adopted());
      assertEquals(1, rig.results.get(1L).sends(), "never sent again");
      assertEachOnce(rig, customer, 1);
    }
  }

  @Test
  void aBadVersionOfARowNeverClosesItsOpenIntent() throws Exception {
    try (BulkRig rig = new BulkRig(dir, b -> { })) {
      String customer = rig.sandbox.createProvisionedCustomer("acme");
      rig.sandbox.injectFault("POST", "/wholesale/subscribers", 1, SandboxFault.emptyReply().afterHandling());
      rig.sandbox.injectFault("GET", "/wholesale/subscribers", 1, SandboxFault.status(500));
      List<BulkRow<SubscriberProvisionRequest>> good = BulkRig.subscriberRows(customer, 1);
      rig.subscribers(good, b -> b);
      assertEquals(1, rig.sandbox.stats().subscriberProvisionsAccepted(), "processed, answer lost, unresolved");

      SubscriberProvisionRequest broken = BulkRig.subscriber(customer, "user1@bulk.example.com").provisioningParameters(null);
      rig.subscribers(List.of(BulkRow.of(1, broken)), b -> b);
      assertEquals(BulkOutcome.REJECTED_BEFORE_SENDING, rig.results.get(1L).outcome());

      rig.subscribers(good, b -> b);
      assertTrue(rig.results.get(1L).adopted(), "still reconciled first: " + rig.results.get(1L));
      assertEachOnce(rig, customer, 1);
    }
  }

  @Test
  void finishedRowsAreSkippedAndRetryFailedWaitsAgainWithoutSending() throws Exception {
    try (BulkRig rig = new BulkRig(dir, b -> { })) {
      rig.sandbox.customerOutcome("ext-2", CustomerOutcome.ERROR);
      rig.sandbox.customerOutcome("ext-3", CustomerOutcome.PENDING_RPL_REVIEW);
      List<BulkRow<CustomerProvisionRequest>> rows = BulkRig.customerRows(3);
      rig.customers(rows, b -> b.waitForProvisioned(true));
      assertEquals(Map.of(1L, "succeeded", 2L, "failed", 3L, "on_hold"), rig.outcomes());
      long posts = rig.sandbox.stats().requests(Operation.PROVISION_CUSTOMER);
      long gets = rig.sandbox.stats().requests(Operation.GET_CUSTOMER);

      BulkSummary again = rig.customers(rows, b -> b.waitForProvisioned(true));
      assertEquals(3, again.skipped());
      assertTrue(rig.results.values().stream().allMatch(BulkResult::fromJournal));
      assertEquals(Map.of(1L, "succeeded", 2L, "failed", 3L, "on_hold"), rig.outcomes());
      assertEquals(gets, rig.sandbox.stats().requests(Operation.GET_CUSTOMER));

      BulkSummary retry = rig.customers(rows, b -> b.waitForProvisioned(true).retryFailed(true));
      assertEquals(1, retry.skipped(), "failed and on-hold rows are read again");
      assertFalse(rig.results.get(2L).fromJournal());
      assertEquals(BulkOutcome.FAILED, rig.results.get(2L).outcome());
      assertFalse(rig.results.get(3L).fromJournal());
      assertEquals(BulkOutcome.ON_HOLD, rig.results.get(3L).outcome());
      assertTrue(rig.sandbox.stats().requests(Operation.GET_CUSTOMER) > gets, "waited again");
      assertEquals(posts, rig.sandbox.stats().requests(Operation.PROVISION_CUSTOMER), "never sent again");
      assertEquals(3, rig.sandbox.customerCount());
    }
  }

  @Test
  void badRowsAreRejectedWithTheirNumberAndNeverStopTheRun() throws Exception {
    try (BulkRig rig = new BulkRig(dir, b -> { })) {
      String customer = rig.sandbox.createProvisionedCustomer("acme");
      List<BulkRow<SubscriberProvisionRequest>> rows = new ArrayList<>();
      rows.add(BulkRow.of(2, BulkRig.subscriber(customer, "a@bulk.example.com")));
      rows.add(BulkRow.invalid(3, "line 3: unterminated quote"));
      rows.add(BulkRow.of(4, BulkRig.subscriber(customer, "b@bulk.example.com").email(null)));
      rows.add(BulkRow.of(5, BulkRig.subscriber(customer, "A@bulk.example.com")));
      rows.add(BulkRow.of(6, BulkRig.subscriber(customer, "c@bulk.example.com")
          ._package(WholesalePackagesSubscriber.WEBEX_MEETINGS)));
      rows.add(BulkRow.of(7, BulkRig.subscriber(customer, "d@bulk.example.com")));
      rig.subscribers(rows, b -> b);

      assertEquals(Map.of(2L, "succeeded", 3L, "rejected_before_sending", 4L, "rejected_before_sending",
          5L, "rejected_before_sending", 6L, "rejected_before_sending", 7L, "succeeded"), rig.outcomes());
      assertEquals("line 3: unterminated quote", rig.results.get(3L).message());
      assertEquals("missing required field email", rig.results.get(4L).message());
      assertEquals("same customer and email as row 2", rig.results.get(5L).message());
      assertTrue(rig.results.get(6L).message().contains("not both"), rig.results.get(6L).message());
      assertEquals(2, rig.sandbox.stats().requests(Operation.PROVISION_SUBSCRIBER));
    }
  }

  @Test
  void refusedPrecheckAndRefusedProvisionAreRejectedByTheServer() throws Exception {
    try (BulkRig rig = new BulkRig(dir, b -> { })) {
      String customer = rig.sandbox.createProvisionedCustomer("acme");
      rig.client.subscribers().provision(BulkRig.subscriber(customer, "user1@bulk.example.com"));
      rig.subscribers(BulkRig.subscriberRows(customer, 2), b -> b.precheck(true));
      BulkResult refused = rig.results.get(1L);
      assertEquals(BulkOutcome.REJECTED_BY_SERVER, refused.outcome());
      assertEquals(0, refused.sends(), "the precheck refused it: no provision sent");
      assertFalse(refused.errors().isEmpty());
      assertTrue(refused.trackingIds().size() >= 1);
      assertEquals(BulkOutcome.SUCCEEDED, rig.results.get(2L).outcome());
    }
    try (BulkRig rig = new BulkRig(dir.resolve("..").resolve(dir.getFileName() + "-2").normalize(), b -> { })) {
      java.nio.file.Files.createDirectories(rig.journalPath.getParent());
      String customer = rig.sandbox.createProvisionedCustomer("acme");
      rig.client.subscribers().provision(BulkRig.subscriber(customer, "user1@bulk.example.com"));
      rig.subscribers(BulkRig.subscriberRows(customer, 1), b -> b);
      assertEquals(BulkOutcome.REJECTED_BY_SERVER, rig.results.get(1L).outcome());
      assertEquals(1, rig.results.get(1L).sends());
      assertEquals(1, rig.sandbox.provisionsAccepted(customer, "user1@bulk.example.com"));
    }
  }

  @Test
  void concurrentRowsWithLostAnswersAreEachProvisionedOnce() throws Exception {
    try (BulkRig rig = new BulkRig(dir, b -> b.lostAnswerRate(0.2).faultSeed(7))) {
      String customer = rig.sandbox.createProvisionedCustomer("acme");
      int n = 300;
      BulkSummary summary = rig.subscribers(BulkRig.subscriberRows(customer, n), b -> b.concurrency(8));

      assertEquals(n, summary.count(BulkOutcome.SUCCEEDED), rig.outcomes().toString());
      assertTrue(summary.adopted() > 20, "about a fifth of the answers were lost: " + summary.adopted());
      assertEquals(0, summary.resent(), "every lost answer was processed: nothing to resend");
      assertEachOnce(rig, customer, n);
    }
  }

  @Test
  void twoRunsOnDifferentRowsAtOnceNeverDuplicateAndOneJournalServesOneRun() throws Exception {
    try (BulkRig rig = new BulkRig(dir, b -> b.lostAnswerRate(0.1))) {
      String customer = rig.sandbox.createProvisionedCustomer("acme");
      List<BulkRow<SubscriberProvisionRequest>> all = BulkRig.subscriberRows(customer, 200);
      Map<Long, BulkOutcome> outcomes = new ConcurrentHashMap<>();
      List<CompletableFuture<BulkSummary>> runs = new ArrayList<>();
      for (int half = 0; half < 2; half++) {
        List<BulkRow<SubscriberProvisionRequest>> rows = all.subList(half * 100, half * 100 + 100);
        Path journalPath = dir.resolve("half-" + half + ".jsonl");
        runs.add(CompletableFuture.supplyAsync(() -> {
          try (BulkJournal journal = JsonLinesJournal.open(journalPath)) {
            return BulkProvisioner.subscribers(rig.client, journal).concurrency(4).settleDelay(BulkRig.SETTLE)
                .listener(e -> {
                  if (e.result() != null) {
                    outcomes.put(e.row(), e.result().outcome());
                  }
                }).build().run(rows.iterator());
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }));
      }
      runs.forEach(CompletableFuture::join);
      assertEquals(200, outcomes.size());
      assertTrue(outcomes.values().stream().allMatch(o -> o == BulkOutcome.SUCCEEDED), outcomes.toString());
      assertEachOnce(rig, customer, 200);

      try (JsonLinesJournal held = JsonLinesJournal.open(dir.resolve("half-0.jsonl"))) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> JsonLinesJournal.open(dir.resolve("half-0.jsonl")));
        assertTrue(e.getMessage().contains("in use"), e.getMessage());
      }
    }
  }

  @Test
  void anInterruptStopsTheRunWithItsCountsAndARerunFinishesEveryRowOnce() throws Exception {
    try (BulkRig rig = new BulkRig(dir, b -> { })) {
      String customer = rig.sandbox.createProvisionedCustomer("acme");
      // Row 1's POST, if it reaches the sandbox, is answered late: the interrupt finds it in flight.
      rig.sandbox.injectFault("POST", "/wholesale/subscribers", 1, SandboxFault.latency(Duration.ofSeconds(3)));
      List<BulkRow<SubscriberProvisionRequest>> rows = BulkRig.subscriberRows(customer, 4);
      Thread caller = Thread.currentThread();
      BulkStoppedException stop = assertThrows(BulkStoppedException.class, () -> rig.subscribers(rows,
          b -> b.concurrency(1).listener(e -> {
            rig.record(e);
            if (e.row() == 1 && e.step() == BulkEvent.Step.INTENT_RECORDED) {
              caller.interrupt();
            }
          })));
      assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
      assertEquals(BulkStoppedException.Reason.INTERRUPTED, stop.reason());
      assertTrue(stop.getMessage().startsWith("interrupted"), stop.getMessage());
      // Row 1 was in flight: a blocked socket read may finish it anyway (journaled, counted); no other row started.
      assertTrue(stop.summary().rows() <= 1, "rows finished before the stop: " + stop.summary());
      assertTrue(rig.results.keySet().stream().allMatch(r -> r == 1L), rig.outcomes().toString());
      assertTrue(rig.journalLines().get(0).contains("\"type\":\"intent\""), "the intent is durable");

      BulkResult stopped = rig.results.get(1L); // null unless the stopped run finished row 1

      rig.sandbox.clearFaults();
      rig.subscribers(rows, b -> b);
      assertTrue(rig.results.values().stream().allMatch(r -> r.outcome() == BulkOutcome.SUCCEEDED),
          rig.outcomes().toString());
      // Row 1 exists once, whichever way: finished by the stopped run (its blocked read completed;
      // the rerun takes it from the journal), or reconciled first by the rerun (adopted if the
      // interrupted POST reached the sandbox, sent again if it provably did not).
      BulkResult again = rig.results.get(1L);
      if (stopped != null && stopped.outcome() == BulkOutcome.SUCCEEDED) {
        assertTrue(again.fromJournal() && again.id().equals(stopped.id()), again + " after " + stopped);
      } else {
        assertTrue(again.adopted() || again.sends() == 2, again.toString());
      }
      assertEachOnce(rig, customer, 4);
    }
  }

  @Test
  void a403StopsTheRunAndNothingIsCountedAsSent() throws Exception {
    try (BulkRig rig = new BulkRig(dir, b -> { })) {
      rig.sandbox.injectFault("POST", "/wholesale/customers", 1, SandboxFault.status(403));
      List<BulkRow<CustomerProvisionRequest>> rows = BulkRig.customerRows(3);
      BulkStoppedException stop = assertThrows(BulkStoppedException.class,
          () -> rig.customers(rows, b -> b.concurrency(1)));
      assertEquals(BulkStoppedException.Reason.REFUSED_BY_WEBEX, stop.reason());
      assertTrue(stop.getMessage().contains("403"), stop.getMessage());
      assertEquals(0, rig.sandbox.customerCount());

      rig.customers(rows, b -> b);
      assertEquals(Map.of(1L, "succeeded", 2L, "succeeded", 3L, "succeeded"), rig.outcomes());
      assertEquals(1, rig.results.get(1L).sends(), "the refused POST is not a send");
      assertEquals(3, rig.sandbox.customerCount());
    }
  }

  static void assertEachOnce(BulkRig rig, String customer, int n) {
    Map<String, Integer> byEmail = rig.sandbox.provisionsAcceptedByEmail(customer);
    assertEquals(n, byEmail.size(), "every row exists");
    assertTrue(byEmail.values().stream().allMatch(c -> c == 1), byEmail.toString());
    assertEquals(0, rig.sandbox.stats().duplicateAttempts(), "no POST for an existing subscriber");
  }
}
