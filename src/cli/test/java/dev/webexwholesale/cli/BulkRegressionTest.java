package dev.webexwholesale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import dev.webexwholesale.model.SubscriberProvisioningParameters;
import dev.webexwholesale.sandbox.CustomerOutcome;
import dev.webexwholesale.sandbox.Operation;
import dev.webexwholesale.sandbox.SandboxFault;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per failure issue 19 reproduced through the CLI, against the real sandbox and its
 * faults, asserting each row's outcome line. The CLI runs in-process on fake time (Retry-After,
 * settle delays and backoff cost nothing); the sandbox's latency faults are the server's.
 */
class BulkRegressionTest {
  private final CliRunner cli = new CliRunner();
  private WholesaleSandbox sandbox = WholesaleSandbox.builder().provisioningPolls(1).build().start();

  @TempDir
  Path tmp;

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private CliRunner.Result bulk(String... args) {
    return cli.runAgainst(sandbox.baseUrl(), "bulk-token", args);
  }

  private Path file(String name, String content) throws Exception {
    return CliRunner.writeFile(tmp, name, content);
  }

  private static Map<Long, JsonObject> rows(CliRunner.Result r) {
    return r.rowsByNumber();
  }

  private static String subscriber(String customerId, String email) {
    return "{\"customerId\":\"" + customerId + "\",\"email\":\"" + email + "\",\"packages\":[\"webex_calling\"],"
        + "\"provisioningParameters\":{\"firstName\":\"A\"}}\n";
  }

  private static String customer(String externalId) {
    return "{\"externalId\":\"" + externalId + "\",\"provisioningId\":\"p\",\"packages\":[\"webex_calling\"],"
        + "\"address\":{\"addressLine1\":\"1 Main\",\"city\":\"Town\",\"country\":\"US\"}}\n";
  }

  private static long firstErrorCode(JsonObject row) {
    return row.getAsJsonArray("errors").get(0).getAsJsonObject().get("errorCode").getAsLong();
  }

  private void createSubscriberElsewhere(String customerId, String email) {
    try (WholesaleClient client = WholesaleClient.builder().baseUrl(sandbox.baseUrl()).accessToken("t").build()) {
      client.subscribers().provision(new SubscriberProvisionRequest().customerId(customerId).email(email)
          .packages(List.of(dev.webexwholesale.model.WholesalePackagesSubscriber.WEBEX_CALLING)).provisioningParameters(new SubscriberProvisioningParameters().firstName("Someone")));
    }
  }

  /** Bullet 1: a POST handled but answered after --call-timeout is a row outcome, not an interrupt. */
  @Test
  void aSlowAnswerAfterHandlingIsReconciledAndTheOtherRowsRun() throws Exception {
    String acme = sandbox.createProvisionedCustomer("acme");
    sandbox.injectFault("POST", "/wholesale/subscribers", 1,
        SandboxFault.latency(Duration.ofMillis(1500)).afterHandling());
    Path in = file("subs.jsonl", subscriber(acme, "a@example.com") + subscriber(acme, "b@example.com")
        + subscriber(acme, "c@example.com"));

    CliRunner.Result r = bulk("--call-timeout", "300ms", "bulk", "subscribers", "provision", "--file", in.toString(),
        "--concurrency", "1");

    assertEquals(0, r.exitCode(), r::toString);
    Map<Long, JsonObject> rows = rows(r);
    assertEquals(3, rows.size(), r::toString);
    assertEquals("succeeded", rows.get(1L).get("outcome").getAsString(), r::toString);
    assertTrue(rows.get(1L).get("adopted").getAsBoolean(), "found by lookup after the timeout: " + rows.get(1L));
    assertEquals("succeeded", rows.get(2L).get("outcome").getAsString());
    assertEquals("succeeded", rows.get(3L).get("outcome").getAsString());
    assertFalse(r.stderr().contains("InterruptedException"), r.stderr());
    assertTrue(r.stderr().contains("bulk: 3 rows in"), r.stderr());
    assertEquals(1, sandbox.provisionsAccepted(acme, "a@example.com"), "created once, never resent");
  }

  /** Bullet 2: a reconciliation lookup that times out leaves that row unresolved; the run goes on. */
  @Test
  void aLookupThatTimesOutLeavesTheRowUnresolvedAndTheRunGoesOn() throws Exception {
    String acme = sandbox.createProvisionedCustomer("acme");
    sandbox.injectFault("POST", "/wholesale/subscribers", 1, SandboxFault.emptyReply().afterHandling());
    sandbox.injectFault("GET", "/wholesale/subscribers", 50, SandboxFault.latency(Duration.ofMillis(1000)));
    Path in = file("subs.jsonl", subscriber(acme, "a@example.com") + subscriber(acme, "b@example.com"));

    CliRunner.Result r = bulk("--call-timeout", "200ms", "bulk", "subscribers", "provision", "--file", in.toString(),
        "--concurrency", "1");

    assertEquals(3, r.exitCode(), r::toString);
    Map<Long, JsonObject> rows = rows(r);
    assertEquals("failed", rows.get(1L).get("outcome").getAsString(), r::toString);
    assertTrue(rows.get(1L).get("message").getAsString().startsWith("unresolved: the lookup failed"), r::toString);
    assertTrue(rows.get(1L).get("message").getAsString().contains("run again"), r::toString);
    assertEquals("succeeded", rows.get(2L).get("outcome").getAsString(), "the next row still runs");
    assertTrue(r.stderr().contains("1 unresolved"), r.stderr());

    sandbox.clearFaults();
    CliRunner.Result again = bulk("bulk", "subscribers", "provision", "--file", in.toString());
    assertEquals(0, again.exitCode(), again::toString);
    assertTrue(rows(again).get(1L).get("adopted").getAsBoolean(), again::toString);
    assertEquals(1, sandbox.provisionsAccepted(acme, "a@example.com"));
  }

  /** Bullet 3a: a 409 for a subscriber someone else created is the server's answer, on every run. */
  @Test
  void aConflictWithSomeoneElsesSubscriberIsRejectedByServerOnEveryRunRetryFailedIncluded() throws Exception {
    String acme = sandbox.createProvisionedCustomer("acme");
    createSubscriberElsewhere(acme, "taken@example.com");
    Path in = file("subs.jsonl", subscriber(acme, "taken@example.com"));

    for (String[] extra : List.of(new String[0], new String[] {"--retry-failed"}, new String[] {"--retry-failed"})) {
      String[] args = new String[] {"bulk", "subscribers", "provision", "--file", in.toString()};
      String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(extra))
          .toArray(String[]::new);
      CliRunner.Result r = bulk(all);
      assertEquals(3, r.exitCode(), r::toString);
      JsonObject row = rows(r).get(1L);
      assertEquals("rejected_by_server", row.get("outcome").getAsString(), r::toString);
      assertFalse(row.has("adopted"), "never adopted: no send of this journal had an unknown fate " + row);
      assertEquals(4092, firstErrorCode(row), row.toString());
      assertTrue(row.get("trackingId").getAsString().length() > 0, row.toString());
    }
  }

  /** Bullet 3b: refused sends do not count; the 409 after them keeps its error code, not "unresolved". */
  @Test
  void aConflictAfterRefusedSendsIsRejectedWithItsCodeAndRefusalsAreNotSends() throws Exception {
    String acme = sandbox.createProvisionedCustomer("acme");
    String other = sandbox.createProvisionedCustomer("other");
    createSubscriberElsewhere(other, "held@example.com");
    sandbox.injectFault("POST", "/wholesale/subscribers", 2, SandboxFault.status(429, 2));
    Path in = file("subs.jsonl", subscriber(acme, "held@example.com"));
    Path journal = tmp.resolve("j.jsonl");

    CliRunner.Result r = bulk("bulk", "subscribers", "provision", "--file", in.toString(), "--journal",
        journal.toString());
    JsonObject row = rows(r).get(1L);
    assertEquals("rejected_by_server", row.get("outcome").getAsString(), r::toString);
    assertEquals(4092, firstErrorCode(row), row.toString());
    assertTrue(r.stderr().contains("rate limited by Webex: waiting 2 s"), r.stderr());
    String records = Files.readString(journal);
    assertEquals(2, records.split("\"fate\":\"refused\"", -1).length - 1, records);
    assertFalse(records.contains("\"send\":2"), "refused sends are not counted: " + records);

    CliRunner.Result again = bulk("bulk", "subscribers", "provision", "--file", in.toString(), "--journal",
        journal.toString(), "--retry-failed");
    JsonObject second = rows(again).get(1L);
    assertEquals("rejected_by_server", second.get("outcome").getAsString(), again::toString);
    assertEquals(4092, firstErrorCode(second), second.toString());
  }

  /** Bullet 4: validation runs before the intent, the same on every run, and sends nothing. */
  @Test
  void aCustomerWithoutCityIsRejectedBeforeSendingOnEveryRun() throws Exception {
    Path in = file("c.jsonl", "{\"externalId\":\"nocity\",\"provisioningId\":\"p\",\"packages\":[\"webex_calling\"],"
        + "\"address\":{\"addressLine1\":\"1 Main\",\"country\":\"US\"}}\n" + customer("good"));
    Path journal = tmp.resolve("c.journal");
    for (int run = 1; run <= 4; run++) {
      CliRunner.Result r = bulk("bulk", "customers", "provision", "--file", in.toString(), "--journal",
          journal.toString(), "--retry-failed");
      JsonObject row = rows(r).get(1L);
      assertEquals("rejected_before_sending", row.get("outcome").getAsString(), "run " + run + ": " + r);
      assertEquals("missing required field address.city", row.get("message").getAsString(), r::toString);
      assertEquals(3, r.exitCode(), r::toString);
    }
    assertEquals(1, sandbox.stats().requests(Operation.PROVISION_CUSTOMER), "only the good row was ever sent");
    assertEquals(0, sandbox.stats().requests(Operation.LIST_CUSTOMERS), "no lookups for a row never sent");
    assertFalse(Files.readString(journal).contains("\"key\":\"nocity\""), "nothing journaled for its key");
  }

  /** Bullet 5: --retry-failed reads a row with a known id and judges it, with or without --wait. */
  @Test
  void retryFailedReadsACustomerInErrorAndKeepsItFailedWithOrWithoutWait() throws Exception {
    sandbox.customerOutcome("broken", CustomerOutcome.ERROR);
    Path in = file("c.jsonl", customer("broken"));
    Path journal = tmp.resolve("c.journal");
    CliRunner.Result first = bulk("bulk", "customers", "provision", "--file", in.toString(), "--journal",
        journal.toString(), "--wait");
    assertEquals("failed", rows(first).get(1L).get("outcome").getAsString(), first::toString);
    long gets = sandbox.stats().requests(Operation.GET_CUSTOMER);

    CliRunner.Result noWait = bulk("bulk", "customers", "provision", "--file", in.toString(), "--journal",
        journal.toString(), "--retry-failed");
    JsonObject row = rows(noWait).get(1L);
    assertEquals("failed", row.get("outcome").getAsString(), noWait::toString);
    assertEquals("error", row.get("status").getAsString());
    assertFalse(row.has("fromJournal"), row.toString());
    assertTrue(sandbox.stats().requests(Operation.GET_CUSTOMER) > gets, "read from the server");
    assertEquals(3, noWait.exitCode());

    CliRunner.Result withWait = bulk("bulk", "customers", "provision", "--file", in.toString(), "--journal",
        journal.toString(), "--retry-failed", "--wait");
    JsonObject waited = rows(withWait).get(1L);
    assertEquals("failed", waited.get("outcome").getAsString(), withWait::toString);
    assertFalse(waited.has("fromJournal"), "not skipped as finished: " + waited);
    assertEquals(1, sandbox.stats().requests(Operation.PROVISION_CUSTOMER), "never sent again");
  }

  /** Bullet 6: a 429 on the precheck waits and prechecks again; it is not a rejection. */
  @Test
  void aRateLimitedPrecheckWaitsAndTriesAgain() throws Exception {
    sandbox.injectFault("POST", "/wholesale/customers/validate", 1, SandboxFault.status(429, 12));
    Path in = file("c.jsonl", customer("ext-1"));
    CliRunner.Result r = bulk("bulk", "customers", "provision", "--file", in.toString(), "--precheck");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("succeeded", rows(r).get(1L).get("outcome").getAsString());
    assertTrue(r.stderr().contains("rate limited by Webex: waiting 12 s"), r.stderr());
    assertEquals(2, sandbox.stats().requests(Operation.PRECHECK_CUSTOMER));
  }

  /** Bullet 7: a Retry-After beyond the cap stops the run cleanly; a rerun provisions each row once. */
  @Test
  void aRetryAfterBeyondTheCapStopsTheRunAndARerunFinishesIt() throws Exception {
    sandbox.injectFault("POST", "/wholesale/customers", 1, SandboxFault.status(429, 86400));
    Path in = file("c.jsonl", customer("ext-1") + customer("ext-2") + customer("ext-3"));
    CliRunner.Result r = bulk("bulk", "customers", "provision", "--file", in.toString(), "--concurrency", "1");

    assertEquals(ExitCodes.RUN_STOPPED, r.exitCode(), r::toString);
    assertTrue(r.stderr().contains("86400 s"), r.stderr());
    assertTrue(r.stderr().contains("bulk: 0 rows in"), "the summary is printed: " + r.stderr());
    assertTrue(r.stdout().isEmpty(), "no row finished: " + r.stdout());
    assertEquals(0, sandbox.customerCount());

    CliRunner.Result again = bulk("bulk", "customers", "provision", "--file", in.toString());
    assertEquals(0, again.exitCode(), again::toString);
    assertEquals(3, sandbox.customerCount());
    assertEquals(4, sandbox.stats().requests(Operation.PROVISION_CUSTOMER), "one refused, then one each");
  }

  /** Bullet 8: the journal holds e-mails and external ids: owner-only. */
  @Test
  void theJournalIsCreatedOwnerOnly() throws Exception {
    Path in = file("c.jsonl", customer("ext-1"));
    CliRunner.Result r = bulk("bulk", "customers", "provision", "--file", in.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("rw-------", PosixFilePermissions.toString(
        Files.getPosixFilePermissions(tmp.resolve("c.jsonl.journal.jsonl"))));
  }

  /** Smaller: a failed customerExternalId lookup is not cached: the next row naming it looks again. */
  @Test
  void aTransientCustomerExternalIdFailureIsNotCachedForTheRun() throws Exception {
    sandbox.createProvisionedCustomer("acme");
    sandbox.injectFault("GET", "/wholesale/customers", 1, SandboxFault.status(500));
    Path in = file("subs.jsonl",
        "{\"customerExternalId\":\"acme\",\"email\":\"a@example.com\",\"packages\":[\"webex_calling\"],"
            + "\"provisioningParameters\":{}}\n"
            + "{\"customerExternalId\":\"acme\",\"email\":\"b@example.com\",\"packages\":[\"webex_calling\"],"
            + "\"provisioningParameters\":{}}\n");
    CliRunner.Result r = bulk("bulk", "subscribers", "provision", "--file", in.toString(), "--concurrency", "1");
    Map<Long, JsonObject> rows = rows(r);
    assertEquals("rejected_before_sending", rows.get(1L).get("outcome").getAsString(), r::toString);
    assertTrue(rows.get(1L).get("message").getAsString().contains("run again"), r::toString);
    assertEquals("succeeded", rows.get(2L).get("outcome").getAsString(), r::toString);
  }

  /** Smaller: a subscriber stored as Ann@… is found for ann@… even when the email filter heeds case. */
  @Test
  void aSubscriberStoredWithOtherCaseIsFoundWhenTheEmailFilterHeedsCase() throws Exception {
    sandbox.close();
    sandbox = WholesaleSandbox.builder().provisioningPolls(1).caseSensitiveEmailFilter(true).build().start();
    String acme = sandbox.createProvisionedCustomer("acme");
    Path journal = tmp.resolve("s.journal");
    // Run 1: the answer is lost and every lookup fails: the row is left unresolved.
    sandbox.injectFault("POST", "/wholesale/subscribers", 1, SandboxFault.emptyReply().afterHandling());
    sandbox.injectFault("GET", "/wholesale/subscribers", 100, SandboxFault.status(400));
    CliRunner.Result first = bulk("bulk", "subscribers", "provision", "--file",
        file("a.jsonl", subscriber(acme, "Ann@Example.com")).toString(), "--journal", journal.toString());
    assertTrue(rows(first).get(1L).get("message").getAsString().startsWith("unresolved"), first::toString);
    sandbox.clearFaults();

    // Run 2: the input now spells the address in lower case (same key): the lookup still finds it.
    CliRunner.Result second = bulk("bulk", "subscribers", "provision", "--file",
        file("b.jsonl", subscriber(acme, "ann@example.com")).toString(), "--journal", journal.toString());
    assertEquals(0, second.exitCode(), second::toString);
    assertTrue(rows(second).get(1L).get("adopted").getAsBoolean(), second::toString);
    assertEquals(1, sandbox.subscriberCount());
  }

  /** The sandbox command's --case-sensitive-email-filter reaches the sandbox it starts. */
  @Test
  void theSandboxCommandCanFilterEmailsCaseSensitively() {
    List<Integer> found = new java.util.ArrayList<>();
    cli.sandboxes = (builder, setup) -> {
      WholesaleSandbox configured = builder.build().start();
      String acme = configured.createProvisionedCustomer("acme");
      try (WholesaleClient client = WholesaleClient.builder().baseUrl(configured.baseUrl()).accessToken("t").build()) {
        client.subscribers().provision(new SubscriberProvisionRequest().customerId(acme).email("Ann@Example.com")
            .packages(List.of(dev.webexwholesale.model.WholesalePackagesSubscriber.WEBEX_CALLING))
            .provisioningParameters(new SubscriberProvisioningParameters().firstName("Ann")));
        int n = 0;
        for (var ignored : client.subscribers().list(dev.webexwholesale.client.SubscriberListParams.builder()
            .customerId(acme).email("ann@example.com").build())) {
          n++;
        }
        found.add(n);
      }
      return EmbeddedSandbox.running(configured, setup);
    };
    assertEquals(0, cli.run("sandbox").exitCode());
    assertEquals(0, cli.run("sandbox", "--case-sensitive-email-filter").exitCode());
    assertEquals(List.of(1, 0), found, "found ignoring case by default, not with the option");
  }
}
