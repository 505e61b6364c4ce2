package dev.webexwholesale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.sandbox.CustomerOutcome;
import dev.webexwholesale.sandbox.Operation;
import dev.webexwholesale.sandbox.SubscriberOutcome;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulk} against a sandbox on loopback, in-process on fake time. */
class BulkCommandTest {
  private final CliRunner cli = new CliRunner();
  private WholesaleSandbox sandbox;

  @TempDir
  Path tmp;

  @BeforeEach
  void start() {
    sandbox = WholesaleSandbox.builder().provisioningPolls(1).build().start();
  }

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

  private static String outcome(Map<Long, JsonObject> rows, long row) {
    return rows.get(row).get("outcome").getAsString();
  }

  @Test
  void customersFromCsvWithQuotingAndUnicodeAreProvisionedAndJournaledNextToTheInput() throws Exception {
    Path csv = file("customers.csv", "\uFEFFexternalId,provisioningId,packages,address.addressLine1,address.city,address.country\n"
        + "ext-1,p1,webex_calling;webex_meetings,\"Bahnhofstrasse 1, \"\"Haus B\"\"\",Zürich,CH\n"
        + "ext-2,p2,webex_calling,1 東京通り,東京,JP\n");
    CliRunner.Result r = bulk("bulk", "customers", "provision", "--file", csv.toString(), "--wait");

    assertEquals(0, r.exitCode(), r::toString);
    Map<Long, JsonObject> rows = rows(r);
    assertEquals(List.of(2L, 3L), List.copyOf(rows.keySet()), "rows are numbered by their line");
    assertEquals("succeeded", outcome(rows, 2));
    assertEquals("provisioned", rows.get(2L).get("status").getAsString());
    assertTrue(rows.get(2L).get("trackingId").getAsString().startsWith("WBXBULK_"));
    try (WholesaleClient client = WholesaleClient.builder().baseUrl(sandbox.baseUrl()).accessToken("t").build()) {
      Customer c = client.customers().get(rows.get(2L).get("id").getAsString());
      assertEquals("Bahnhofstrasse 1, \"Haus B\"", c.getAddress().getAddressLine1());
      assertEquals("Zürich", c.getAddress().getCity());
      assertEquals(2, c.getPackages().size());
      assertEquals("東京", client.customers().get(rows.get(3L).get("id").getAsString()).getAddress().getCity());
    }
    assertTrue(Files.exists(tmp.resolve("customers.csv.journal.jsonl")));
    assertTrue(r.stderr().contains("bulk: 2 rows in"), r.stderr());
    assertTrue(r.stderr().contains("2 succeeded"), r.stderr());
  }

  @Test
  void subscribersFromJsonLinesResolveTheCustomerOnceAndRejectBadLinesByNumber() throws Exception {
    String customer = sandbox.createProvisionedCustomer("acme");
    Path jsonl = file("subs.jsonl",
        "{\"customerExternalId\":\"acme\",\"email\":\"zoë@example.com\",\"packages\":[\"webex_calling\"],"
            + "\"provisioningParameters\":{\"firstName\":\"Zoë\"}}\n"
            + "{\"customerExternalId\":\"acme\",\"email\":\"b@example.com\"\n"
            + "\n"
            + "{\"customerExternalId\":\"acme\",\"email\":\"c@example.com\",\"packages\":[\"webex_calling\"],"
            + "\"provisioningParameters\":{\"firstName\":\"C\",\"nickname\":\"x\"}}\n"
            + "{\"customerExternalId\":\"acme\",\"packages\":[\"webex_calling\"],\"provisioningParameters\":{}}\n"
            + "{\"customerExternalId\":\"nobody\",\"email\":\"d@example.com\",\"packages\":[\"webex_calling\"],"
            + "\"provisioningParameters\":{}}\n"
            + "{\"customerId\":\"" + customer + "\",\"email\":\"e@example.com\",\"package\":\"webex_meetings\","
            + "\"provisioningParameters\":{}}\n");
    CliRunner.Result r = bulk("bulk", "subscribers", "provision", "--file", jsonl.toString(), "--concurrency", "2");

    assertEquals(3, r.exitCode(), r::toString);
    Map<Long, JsonObject> rows = rows(r);
    assertEquals("succeeded", outcome(rows, 1));
    assertEquals(customer + "/zoë@example.com", rows.get(1L).get("key").getAsString());
    assertEquals("rejected_before_sending", outcome(rows, 2));
    assertTrue(rows.get(2L).get("message").getAsString().startsWith("not JSON"), rows.get(2L).toString());
    assertEquals("unknown field provisioningParameters.nickname", rows.get(4L).get("message").getAsString());
    assertEquals("missing required field email", rows.get(5L).get("message").getAsString());
    assertEquals("no customer with externalId nobody", rows.get(6L).get("message").getAsString());
    assertEquals("succeeded", outcome(rows, 7));
    assertEquals(2, sandbox.stats().requests(Operation.LIST_CUSTOMERS), "acme and nobody, once each");
    assertEquals(2, sandbox.stats().subscriberProvisionsAccepted());
  }

  @Test
  void csvSubscribersWithAnUnknownColumnAreRejectedOnlyWhereItIsFilled() throws Exception {
    String customer = sandbox.createProvisionedCustomer("acme");
    Path csv = file("subs.csv", "customerId,email,packages,provisioningParameters.firstName,favouriteColour\n"
        + customer + ",a@example.com,webex_calling,Ann,\n"
        + customer + ",b@example.com,webex_calling,Bob,blue\n"
        + customer + ",\"c@example.com,webex_calling,Cy\n");
    CliRunner.Result r = bulk("bulk", "subscribers", "provision", "--file", csv.toString());
    Map<Long, JsonObject> rows = rows(r);
    assertEquals("succeeded", outcome(rows, 2));
    assertEquals("unknown column favouriteColour", rows.get(3L).get("message").getAsString());
    assertEquals("unterminated quoted field", rows.get(4L).get("message").getAsString());
    assertEquals(3, r.exitCode(), r::toString);
  }

  @Test
  void aRerunSkipsFinishedRowsAndReportReadsTheJournal() throws Exception {
    String customer = sandbox.createProvisionedCustomer("acme");
    sandbox.subscriberOutcome("hold@example.com", SubscriberOutcome.PENDING_USER_MIGRATION);
    Path csv = file("subs.csv", "customerId,email,packages,provisioningParameters.firstName\n"
        + customer + ",a@example.com,webex_calling,Ann\n"
        + customer + ",hold@example.com,webex_calling,Hal\n");
    Path journal = tmp.resolve("run.jsonl");
    CliRunner.Result first = bulk("bulk", "subscribers", "provision", "--file", csv.toString(), "--journal",
        journal.toString(), "--wait", "--rate", "50");
    assertEquals(5, first.exitCode(), first::toString);
    assertEquals("on_hold", outcome(rows(first), 3));
    long posts = sandbox.stats().requests(Operation.PROVISION_SUBSCRIBER);

    CliRunner.Result again = bulk("bulk", "subscribers", "provision", "--file", csv.toString(), "--journal",
        journal.toString(), "--wait");
    assertEquals(5, again.exitCode(), again::toString);
    assertTrue(rows(again).values().stream().allMatch(o -> o.has("fromJournal")), again::toString);
    assertEquals(posts, sandbox.stats().requests(Operation.PROVISION_SUBSCRIBER));

    CliRunner.Result report = cli.run("bulk", "report", "--journal", journal.toString());
    assertEquals(5, report.exitCode(), report::toString);
    Map<Long, JsonObject> reported = rows(report);
    assertEquals("succeeded", outcome(reported, 2));
    assertEquals("on_hold", outcome(reported, 3));
    assertEquals("pending_user_migration", reported.get(3L).get("status").getAsString());
    assertTrue(report.stderr().contains("0 not finished"), report.stderr());
  }

  @Test
  void aWaitPastTheTimeoutExitsFourAndAFailedCustomerThree() throws Exception {
    sandbox.close();
    sandbox = WholesaleSandbox.builder().provisioningPolls(1000).build().start();
    Path csv = file("c.jsonl", "{\"externalId\":\"slow\",\"provisioningId\":\"p\",\"packages\":[\"webex_calling\"],"
        + "\"address\":{\"addressLine1\":\"1 Main\",\"city\":\"X\",\"country\":\"US\"}}\n");
    CliRunner.Result r = bulk("bulk", "customers", "provision", "--file", csv.toString(), "--wait", "--timeout", "1m");
    assertEquals(4, r.exitCode(), r::toString);
    assertEquals("timed_out", outcome(rows(r), 1));

    sandbox.close();
    sandbox = WholesaleSandbox.builder().provisioningPolls(1).build().start();
    sandbox.customerOutcome("slow", CustomerOutcome.ERROR);
    CliRunner.Result failed = bulk("bulk", "customers", "provision", "--file", csv.toString(), "--wait",
        "--journal", tmp.resolve("other.jsonl").toString());
    assertEquals(3, failed.exitCode(), failed::toString);
    assertEquals("error", rows(failed).get(1L).get("status").getAsString());
  }

  @Test
  void badOptionsAreUsageErrorsAndNothingIsSent() throws Exception {
    Path csv = file("c.csv", "externalId\nx\n");
    assertEquals(2, bulk("bulk", "customers", "provision", "--file", csv.toString(), "--concurrency", "0").exitCode());
    assertEquals(2, bulk("bulk", "customers", "provision", "--file", tmp.resolve("missing.csv").toString()).exitCode());
    assertEquals(2, bulk("bulk", "customers", "provision", "--file", csv.toString(), "--rate", "-1").exitCode());
    assertEquals(0, sandbox.stats().totalRequests());
    assertFalse(Files.exists(tmp.resolve("c.csv.journal.jsonl")));
  }

  @Test
  void sandboxRehearsalFlagsStartAConfiguredSandbox() {
    List<String> answers = new java.util.ArrayList<>();
    cli.sandboxes = (builder, setup) -> {
      WholesaleSandbox configured = builder.build().start();
      answers.add(provisionAnswer(configured.baseUrl()));
      return EmbeddedSandbox.running(configured, setup);
    };
    CliRunner.Result r = cli.run("sandbox", "--lost-answer-rate", "1", "--latency", "1ms", "--rate-limit", "100");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.stdout().startsWith("http://127.0.0.1:"), r::toString);
    assertEquals(List.of("lost"), answers, "every provision answer is lost at rate 1");
    assertEquals(2, cli.run("sandbox", "--lost-answer-rate", "1.5").exitCode());
  }

  /** POSTs a customer straight to the sandbox: its status, or "lost" when the connection closed unanswered. */
  private static String provisionAnswer(String baseUrl) {
    String body = "{\"provisioningId\":\"P\",\"packages\":[\"webex_calling\"],\"externalId\":\"lost-1\","
        + "\"address\":{\"addressLine1\":\"1 Main St\",\"city\":\"Town\",\"country\":\"US\"}}";
    try {
      java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + "/wholesale/customers"))
              .header("Authorization", "Bearer t").header("Content-Type", "application/json")
              .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      return String.valueOf(answer.statusCode());
    } catch (java.io.IOException e) {
      return "lost";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
