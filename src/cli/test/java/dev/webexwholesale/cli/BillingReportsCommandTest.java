package dev.webexwholesale.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.webexwholesale.sandbox.BillingReportFailure;
import dev.webexwholesale.sandbox.Operation;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code billing-reports} against the embedded sandbox: output, secrecy of the URL and exit codes 0 to 4. */
class BillingReportsCommandTest {
  private final CliRunner cli = new CliRunner();
  private WholesaleSandbox sandbox;
  @TempDir
  Path tmp;

  @BeforeEach
  void start() {
    sandbox = WholesaleSandbox.builder().clock(cli.time).provisioningPolls(0).billingReportPolls(2)
        .subPartner("SP-1").build().start();
    sandbox.seedSubscribers(sandbox.createProvisionedCustomer("acme"), 4);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private CliRunner.Result run(String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "--base-url";
    all[1] = sandbox.baseUrl();
    all[2] = "--token";
    all[3] = "cli-token";
    System.arraycopy(args, 0, all, 4, args.length);
    return cli.run(all);
  }

  @Test
  void createWaitOutputDownloadsTheCsvAndPrintsTheReportWithoutItsSignedQuery() throws IOException {
    Path file = tmp.resolve("dec.csv");
    CliRunner.Result r = run("billing-reports", "create", "--start", "2025-12-01", "--end", "2025-12-31",
        "--type", "user", "--wait", "--interval", "1s", "--output", file.toString());
    assertEquals(0, r.exitCode(), r::toString);
    JsonObject report = r.json().getAsJsonObject();
    assertEquals("COMPLETED", report.get("status").getAsString());
    assertEquals("USER", report.get("type").getAsString());
    String url = report.get("tempDownloadURL").getAsString();
    assertTrue(url.startsWith(sandbox.downloadOrigin() + "/WHOLESALE/") && url.endsWith(".csv?<redacted>"), url);
    assertFalse(r.stdout().contains("Signature") || r.stderr().contains("Signature"), r::toString);
    assertArrayEquals(sandbox.billingReportCsv(report.get("id").getAsString()), Files.readAllBytes(file));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertTrue(r.stderr().contains("downloaded " + Files.size(file) + " bytes to " + file), r::toString);
    assertEquals(0, sandbox.downloadStats().withAuthorization());
  }

  @Test
  void aFailedReportExits3PrintingEachErrorsCodeAndDescription() {
    sandbox.failNextBillingReports(1, new BillingReportFailure(2100, "No usage data for the period."));
    CliRunner.Result r = run("billing-reports", "create", "--start", "2025-12-01", "--end", "2025-12-31", "--wait",
        "--interval", "1s");
    assertEquals(3, r.exitCode(), r::toString);
    assertTrue(r.stderr().contains("FAILED"), r::toString);
    assertTrue(r.stderr().contains("error 2100: No usage data for the period."), r::toString);
    assertEquals("FAILED", r.json().getAsJsonObject().get("status").getAsString());
  }

  @Test
  void aWaitThatRunsOutExits4() {
    try (WholesaleSandbox slow = WholesaleSandbox.builder().clock(cli.time).billingReportPolls(1000).build().start()) {
      CliRunner.Result r = cli.run("--base-url", slow.baseUrl(), "--token", "t", "billing-reports", "create",
          "--start", "2025-12-01", "--end", "2025-12-31", "--wait", "--timeout", "5s", "--interval", "1s");
      assertEquals(4, r.exitCode(), r::toString);
      assertTrue(r.stderr().contains("timed out"), r::toString);
    }
  }

  @Test
  void aMalformedDateExits2NamingTheOptionAndNothingIsSent() {
    for (String[] args : new String[][] {
        {"billing-reports", "create", "--start", "2025-12-1", "--end", "2025-12-31"},
        {"billing-reports", "create", "--start", "2025-12-01", "--end", "2025-02-30"},
        {"billing-reports", "list", "--start", "yesterday"}}) {
      CliRunner.Result r = run(args);
      assertEquals(2, r.exitCode(), r::toString);
      String option = args[2].equals("list") || args[3].equals("2025-12-1") || args[3].equals("yesterday")
          ? "--start" : "--end";
      assertTrue(r.stderr().contains(option + " must be a day as YYYY-MM-DD"), r::toString);
    }
    CliRunner.Result noWait = run("billing-reports", "create", "--start", "2025-12-01", "--end", "2025-12-31",
        "--output", tmp.resolve("x.csv").toString());
    assertEquals(2, noWait.exitCode(), noWait::toString);
    assertEquals(0, sandbox.stats().totalRequests(), "nothing was sent");
  }

  @Test
  void listGetDownloadDeleteAndTheSubPartnerParameter() throws IOException {
    String id = run("billing-reports", "create", "--start", "2025-12-01", "--end", "2025-12-31").json()
        .getAsJsonObject().get("id").getAsString();
    CliRunner.Result sub = run("billing-reports", "create", "--start", "2025-11-01", "--end", "2025-11-30",
        "--sub-partner-org-id", "SP-1", "--internal");
    assertEquals(0, sub.exitCode(), sub::toString);
    CliRunner.Result notReady = run("billing-reports", "download", id, "--output", tmp.resolve("early.csv").toString());
    assertEquals(1, notReady.exitCode(), notReady::toString);
    assertTrue(notReady.stderr().contains("IN_PROGRESS"), notReady::toString);
    assertFalse(Files.exists(tmp.resolve("early.csv")));

    CliRunner.Result list = run("billing-reports", "list", "--status", "in_progress", "--sort-by", "id");
    assertEquals(0, list.exitCode(), list::toString);
    assertEquals(1, list.json().getAsJsonArray().size(), "the partner's own report only");
    CliRunner.Result subs = run("billing-reports", "list", "--sub-partner-org-id", "SP-1");
    assertEquals(1, subs.json().getAsJsonArray().size(), subs::toString);
    CliRunner.Result scoped = run("--sub-partner", "SP-1", "billing-reports", "list");
    assertEquals(0, scoped.exitCode(), scoped::toString);
    assertTrue(scoped.stderr().contains("--sub-partner does not apply to billing reports"), scoped::toString);

    run("billing-reports", "get", id);
    CliRunner.Result awaited = run("billing-reports", "await-completed", id);
    assertEquals(0, awaited.exitCode(), awaited::toString);
    assertEquals("COMPLETED", awaited.json().getAsJsonObject().get("status").getAsString(), awaited::toString);
    assertTrue(awaited.json().getAsJsonObject().get("tempDownloadURL").getAsString().endsWith(".csv?<redacted>"),
        awaited::toString);
    assertFalse(awaited.stdout().contains("Signature") || awaited.stderr().contains("Signature"), awaited::toString);
    CliRunner.Result get = run("billing-reports", "get", id);
    assertEquals("COMPLETED", get.json().getAsJsonObject().get("status").getAsString(), get::toString);
    assertFalse(get.stdout().contains("Signature"), get::toString);
    Path file = tmp.resolve("r.csv");
    CliRunner.Result download = run("billing-reports", "download", id, "--output", file.toString());
    assertEquals(0, download.exitCode(), download::toString);
    assertEquals(Files.size(file), download.json().getAsJsonObject().get("bytes").getAsLong());
    assertArrayEquals(sandbox.billingReportCsv(id), Files.readAllBytes(file));

    CliRunner.Result delete = run("billing-reports", "delete", id);
    assertEquals(0, delete.exitCode(), delete::toString);
    CliRunner.Result gone = run("billing-reports", "get", id);
    assertEquals(1, gone.exitCode(), gone::toString);
    assertTrue(gone.stderr().contains("2024"), gone::toString);
    assertEquals(0, sandbox.stats().requests(Operation.UNKNOWN));
  }

  @Test
  void aListItemCarryingADownloadUrlAsWebexsExampleDoesIsPrintedWithoutItsQuery() {
    dev.webexwholesale.model.ListReport item = new dev.webexwholesale.model.ListReport().id("r1");
    item.putAdditionalProperty("tempDownloadURL", new com.google.gson.JsonPrimitive(
        "https://billing-reports.example.com/a/b.csv?Expires=1&Signature=SECRET-SIG&Key-Pair-Id=K"));
    String printed = BillingReportsCommand.redacted(item).toString();
    assertTrue(printed.contains("https://billing-reports.example.com/a/b.csv?<redacted>"), printed);
    assertFalse(printed.contains("SECRET-SIG") || printed.contains("Key-Pair-Id"), printed);
  }
}
