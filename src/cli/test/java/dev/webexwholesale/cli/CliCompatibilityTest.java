package dev.webexwholesale.cli;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.webexwholesale.sandbox.Operation;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.webexwholesale.testing.FakeTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Issue 22: the customers, subscribers and sub-partners commands are generated from the spec now;
 * every command and option name they had when they were hand-written (listed here by hand, on
 * purpose: this list must not follow the spec) still parses, and behaves as before against the
 * embedded sandbox: same output, same stderr lines, same exit codes.
 */
class CliCompatibilityTest {
  /** The hand-written commands' names and options before issue 22 (one positional ID where marked). */
  static final Map<String, List<String>> BEFORE = new LinkedHashMap<>(Map.ofEntries(
      entry("customers list", List.of("--status", "--external-id", "--org-id", "--max", "--limit")),
      entry("customers get ID", List.of("--license-info")),
      entry("customers precheck", List.of("--file")),
      entry("customers provision", List.of("--file", "--wait", "--timeout", "--interval")),
      entry("customers update ID", List.of("--file", "--wait", "--timeout", "--interval")),
      entry("customers remove ID", List.of("--wait", "--timeout", "--interval")),
      entry("customers await ID", List.of("--timeout", "--interval")),
      entry("subscribers list", List.of("--customer-id", "--person-id", "--external-customer-id", "--email", "--status",
          "--after", "--last-status-change", "--sort-by", "--sort-order", "--max", "--limit")),
      entry("subscribers get ID", List.of()),
      entry("subscribers precheck", List.of("--file", "--email", "--customer-id", "--provisioning-id", "--package",
          "--first-name", "--last-name", "--phone", "--extension", "--location-id")),
      entry("subscribers provision", List.of("--file", "--wait", "--timeout", "--interval")),
      entry("subscribers update ID", List.of("--file", "--wait", "--timeout", "--interval")),
      entry("subscribers send-consent-email ID", List.of()),
      entry("subscribers remove ID", List.of()),
      entry("subscribers await ID", List.of("--timeout", "--interval")),
      entry("sub-partners list", List.of("--provisioning-state", "--max", "--limit"))));
  /** Options that were flags (no value). */
  static final List<String> FLAGS = List.of("--wait", "--license-info");
  /** Options that were repeatable. */
  static final List<String> REPEATABLE = List.of("customers list --status", "subscribers precheck --package");
  /** Options that were required. */
  static final Map<String, List<String>> REQUIRED = Map.of("customers precheck", List.of("--file"),
      "customers provision", List.of("--file"), "customers update ID", List.of("--file"),
      "subscribers provision", List.of("--file"), "subscribers update ID", List.of("--file"));

  private final CliRunner cli = new CliRunner();
  private WholesaleSandbox sandbox;

  @TempDir
  Path tmp;

  @BeforeEach
  void start() {
    sandbox = WholesaleSandbox.builder().provisioningPolls(1).build().start();
    sandbox.addSubPartner("c3ViLXBhcnRuZXItMQ");
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void everyCommandAndOptionOfBeforeIsInTheTreeWithItsShape() {
    CliContext ctx = new CliContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        new ByteArrayInputStream(new byte[0]), Map.of(), new FakeTime(), false, (b, s) -> null, () -> { });
    CommandLine tree = CommandTree.full(new RootCommand(ctx));
    List<String> missing = new ArrayList<>();
    BEFORE.forEach((command, options) -> {
      String[] words = command.split(" ");
      CommandLine at = tree.getSubcommands().get(words[0]);
      at = at == null ? null : at.getSubcommands().get(words[1]);
      if (at == null) {
        missing.add(command);
        return;
      }
      CommandSpec spec = at.getCommandSpec();
      assertEquals(command.endsWith(" ID") ? 1 : 0, spec.positionalParameters().size(), command + ": positionals");
      for (String option : options) {
        OptionSpec o = spec.findOption(option);
        if (o == null) {
          missing.add(command + " " + option);
          continue;
        }
        assertEquals(FLAGS.contains(option), o.arity().min() == 0, command + " " + option + ": a flag or not");
        assertEquals(REQUIRED.getOrDefault(command, List.of()).contains(option), o.required(),
            command + " " + option + ": required or not");
        assertEquals(REPEATABLE.contains(command + " " + option), o.isMultiValue(), command + " " + option
            + ": repeatable or not");
      }
    });
    assertEquals(List.of(), missing);
  }

  @Test
  void theCustomerLifeCycleWithEveryOptionBehavesAsBefore() throws Exception {
    CliRunner.Result precheck = run("customers", "precheck", "--file", file("c.json", customer("ext-1")));
    assertEquals(0, precheck.exitCode(), precheck::toString);
    assertTrue(precheck.json().isJsonObject(), precheck::toString);

    CliRunner.Result noFile = run("customers", "provision");
    assertEquals(ExitCodes.USAGE, noFile.exitCode(), noFile::toString);
    assertEquals("error: Missing required option: '--file=REQ.json'", noFile.errLines().get(0));
    assertEquals(0, sandbox.stats().requests(Operation.PROVISION_CUSTOMER), "nothing sent");

    // Without --wait: the customer as read back after the 202, the acceptance on stderr.
    CliRunner.Result provisioned = run("customers", "provision", "--file", file("c.json", customer("ext-1")));
    assertEquals(0, provisioned.exitCode(), provisioned::toString);
    String id = provisioned.json().getAsJsonObject().get("id").getAsString();
    assertEquals("ext-1", provisioned.json().getAsJsonObject().get("externalId").getAsString(), provisioned::toString);
    assertTrue(provisioned.stderr().startsWith("customer provisioning accepted: " + id), provisioned::toString);

    CliRunner.Result awaited = run("customers", "await", id, "--timeout", "1m", "--interval", "1s");
    assertEquals(0, awaited.exitCode(), awaited::toString);
    assertEquals("provisioned", awaited.json().getAsJsonObject().get("status").getAsString());

    CliRunner.Result waited = run("customers", "provision", "--file", file("c2.json", customer("ext-2")), "--wait",
        "--timeout", "1m", "--interval", "1s");
    assertEquals(0, waited.exitCode(), waited::toString);
    assertEquals("provisioned", waited.json().getAsJsonObject().get("status").getAsString());
    String id2 = waited.json().getAsJsonObject().get("id").getAsString();

    CliRunner.Result listed = run("customers", "list", "--status", "provisioned", "--max", "1", "--limit", "1");
    assertEquals(0, listed.exitCode(), listed::toString);
    assertEquals(1, listed.json().getAsJsonArray().size(), listed::toString);
    CliRunner.Result byExternal = run("customers", "list", "--external-id", "ext-2");
    assertEquals(id2, byExternal.json().getAsJsonArray().get(0).getAsJsonObject().get("id").getAsString(),
        byExternal::toString);
    CliRunner.Result byOrg = run("customers", "list", "--org-id", "no-such-org");
    assertEquals(0, byOrg.exitCode(), byOrg::toString);
    CliRunner.Result unknown = run("customers", "list", "--status", "archived");
    assertEquals(0, unknown.exitCode(), unknown::toString);
    assertTrue(unknown.stderr().startsWith("warning: --status 'archived' is not a value this client knows"),
        unknown::toString);

    CliRunner.Result licensed = run("customers", "get", "--license-info", id);
    CliRunner.Result plain = run("customers", "get", id);
    CliRunner.Result longName = run("customers", "get", id, "--include-package-license-info");
    assertEquals(0, licensed.exitCode(), licensed::toString);
    assertTrue(licensed.stdout().contains("licenseIds"), licensed::toString);
    assertFalse(plain.stdout().contains("licenseIds"), plain::toString);
    assertEquals(licensed.json(), longName.json());

    CliRunner.Result updatedWait = run("customers", "update", id, "--file", file("u.json",
        "{\"packages\":[\"webex_calling\",\"webex_meetings\"]}"), "--wait", "--timeout", "1m", "--interval", "1s");
    assertEquals(0, updatedWait.exitCode(), updatedWait::toString);
    assertEquals("provisioned", updatedWait.json().getAsJsonObject().get("status").getAsString());
    CliRunner.Result updated = run("customers", "update", id2, "--file", file("u.json",
        "{\"packages\":[\"webex_calling\",\"webex_meetings\"]}"));
    assertEquals(0, updated.exitCode(), updated::toString);
    assertEquals(id2, updated.json().getAsJsonObject().get("id").getAsString());
    assertTrue(updated.stderr().startsWith("customer update accepted: " + id2), updated::toString);
    CliRunner.Result updateEnded = run("customers", "await-updated", id2, "--interval", "1s");
    assertEquals(0, updateEnded.exitCode(), updateEnded::toString);

    CliRunner.Result removed = run("customers", "remove", id);
    assertEquals(0, removed.exitCode(), removed::toString);
    assertEquals("", removed.stdout(), "customers remove prints nothing on stdout");
    assertTrue(removed.stderr().startsWith("customer removal accepted: " + id), removed::toString);
    CliRunner.Result removedWait = run("customers", "remove", id2, "--wait", "--timeout", "1m", "--interval", "1s");
    assertEquals(0, removedWait.exitCode(), removedWait::toString);
  }

  @Test
  void theSubscriberLifeCycleWithEveryOptionBehavesAsBefore() throws Exception {
    String customerId = sandbox.createProvisionedCustomer("ext-s");
    CliRunner.Result fromOptions = run("subscribers", "precheck", "--email", "ann@example.com", "--customer-id",
        customerId, "--provisioning-id", "prov-1", "--package", "webex_calling",
        "--first-name", "Ann", "--last-name", "Lee", "--phone", "+14085550100", "--extension", "7209",
        "--location-id", "bG9jLTE");
    assertEquals(0, fromOptions.exitCode(), fromOptions::toString);
    assertTrue(fromOptions.json().isJsonObject(), fromOptions::toString);
    CliRunner.Result fromFile = run("subscribers", "precheck", "--file", file("p.json", subscriber(customerId, "bo@example.com")));
    assertEquals(0, fromFile.exitCode(), fromFile::toString);
    long sent = sandbox.stats().requests(Operation.PRECHECK_SUBSCRIBER);
    CliRunner.Result both = run("subscribers", "precheck", "--file", file("p.json", "{}"), "--email", "a@b.c");
    CliRunner.Result neither = run("subscribers", "precheck", "--first-name", "Ann");
    assertEquals(ExitCodes.USAGE, both.exitCode(), both::toString);
    assertEquals("error: subscribers precheck takes either --file or the field options, not both", both.errLines().get(0));
    assertEquals(ExitCodes.USAGE, neither.exitCode(), neither::toString);
    assertEquals("error: subscribers precheck needs --file or --email", neither.errLines().get(0));
    assertEquals(sent, sandbox.stats().requests(Operation.PRECHECK_SUBSCRIBER), "a usage error sends nothing");

    CliRunner.Result provisioned = run("subscribers", "provision", "--file", file("s.json",
        subscriber(customerId, "ann@example.com")));
    assertEquals(0, provisioned.exitCode(), provisioned::toString);
    String id = provisioned.json().getAsJsonObject().get("id").getAsString();
    assertEquals("", provisioned.stderr(), provisioned::toString);
    CliRunner.Result got = run("subscribers", "get", id);
    assertEquals(id, got.json().getAsJsonObject().get("id").getAsString(), got::toString);
    CliRunner.Result awaited = run("subscribers", "await", id, "--timeout", "1m", "--interval", "1s");
    assertEquals(0, awaited.exitCode(), awaited::toString);

    CliRunner.Result waited = run("subscribers", "provision", "--file", file("s2.json",
        subscriber(customerId, "cy@example.com")), "--wait", "--timeout", "1m", "--interval", "1s");
    assertEquals(0, waited.exitCode(), waited::toString);
    String id2 = waited.json().getAsJsonObject().get("id").getAsString();
    assertTrue(waited.errLines().contains("subscriber provisioning accepted: " + id2), waited::toString);

    CliRunner.Result listed = run("subscribers", "list", "--customer-id", customerId, "--person-id", "p",
        "--external-customer-id", "ext-s", "--email", "ann@example.com", "--status", "provisioned", "--after",
        "2020-01-01T00:00:00Z", "--last-status-change", "1577836800000", "--sort-by", "created", "--sort-order", "ASC",
        "--max", "10", "--limit", "5");
    assertEquals(0, listed.exitCode(), listed::toString);
    assertTrue(listed.json().isJsonArray(), listed::toString);
    CliRunner.Result mine = run("subscribers", "list", "--customer-id", customerId, "--max", "1", "--limit", "2");
    assertEquals(2, mine.json().getAsJsonArray().size(), mine::toString);
    CliRunner.Result unknown = run("subscribers", "list", "--status", "suspended");
    assertTrue(unknown.stderr().startsWith("warning: --status 'suspended' is not a value this client knows"),
        unknown::toString);

    CliRunner.Result updated = run("subscribers", "update", id, "--file", file("u.json",
        "{\"packages\":[\"webex_suite\"]}"), "--wait", "--timeout", "1m", "--interval", "1s");
    assertEquals(0, updated.exitCode(), updated::toString);
    assertEquals("provisioned", updated.json().getAsJsonObject().get("status").getAsString());
    CliRunner.Result updatedNoWait = run("subscribers", "update", id, "--file", file("u.json",
        "{\"packages\":[\"webex_calling\"]}"));
    assertEquals(0, updatedNoWait.exitCode(), updatedNoWait::toString);
    assertEquals(id, updatedNoWait.json().getAsJsonObject().get("id").getAsString());

    sandbox.freeAccount("dee@example.com");
    CliRunner.Result pending = run("subscribers", "provision", "--file", file("s3.json",
        subscriber(customerId, "dee@example.com")));
    String pendingId = pending.json().getAsJsonObject().get("id").getAsString();
    CliRunner.Result consent = run("subscribers", "send-consent-email", pendingId);
    assertEquals(0, consent.exitCode(), consent::toString);
    assertEquals("", consent.stdout());
    assertEquals(List.of("consent email sent for subscriber " + pendingId), consent.errLines());

    CliRunner.Result removed = run("subscribers", "remove", id);
    assertEquals(0, removed.exitCode(), removed::toString);
    assertEquals("", removed.stdout(), "subscribers remove prints nothing on stdout");
  }

  @Test
  void subPartnersListKeepsItsOptionsAndIgnoresTheSubPartnerScope() {
    sandbox.addSubPartner("c3ViLXBhcnRuZXItMg");
    CliRunner.Result all = run("sub-partners", "list", "--provisioning-state", "active", "--max", "1");
    assertEquals(0, all.exitCode(), all::toString);
    assertEquals(2, all.json().getAsJsonArray().size(), all::toString);
    CliRunner.Result limited = run("sub-partners", "list", "--max", "1", "--limit", "1");
    assertEquals(1, limited.json().getAsJsonArray().size(), limited::toString);
    CliRunner.Result unknown = run("sub-partners", "list", "--provisioning-state", "frozen");
    assertTrue(unknown.stderr().startsWith("warning: --provisioning-state 'frozen' is not a value this client knows"),
        unknown::toString);
    CliRunner.Result scoped = run("--sub-partner", "c3ViLXBhcnRuZXItMQ", "sub-partners", "list");
    assertEquals(2, scoped.json().getAsJsonArray().size(), "the partner's own list: " + scoped);
  }

  @Test
  void aCustomer202WithoutLocationOrUrlIsAClearErrorNotAFalseSuccess() throws Exception {
    // A 202 that names nothing to follow: the wait cannot start and the user must not send it again.
    var server = new com.github.tomakehurst.wiremock.WireMockServer(
        com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    try {
      server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/v1/wholesale/customers")
          .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(202)
              .withHeader("TrackingID", "ROUTER_X")));
      CliRunner.Result r = cli.runAgainst("http://127.0.0.1:" + server.port() + "/v1", "t", "customers", "provision",
          "--file", file("c.json", customer("ext-9")));
      assertEquals(1, r.exitCode(), r::toString);
      assertEquals("", r.stdout());
      assertTrue(r.stderr().contains("Webex accepted the customer (HTTP 202) but named no id to follow")
          && r.stderr().contains("do not send it again") && r.stderr().contains("ROUTER_X"), r::toString);
      assertEquals(1, server.getAllServeEvents().size(), "sent once, never again");
    } finally {
      server.stop();
    }
  }

  private CliRunner.Result run(String... args) {
    return cli.runAgainst(sandbox.baseUrl(), "compat-token", args);
  }

  private String file(String name, String content) throws Exception {
    return CliRunner.writeFile(tmp, name, content).toString();
  }

  private static String customer(String externalId) {
    return "{\"provisioningId\":\"prov-1\",\"packages\":[\"webex_calling\"],\"externalId\":\"" + externalId + "\","
        + "\"address\":{\"addressLine1\":\"1 Main St\",\"city\":\"Milpitas\",\"stateOrProvince\":\"CA\","
        + "\"zipOrPostalCode\":\"95035\",\"country\":\"US\"},\"customerInfo\":{\"name\":\"Acme " + externalId + "\","
        + "\"primaryEmail\":\"admin-" + externalId + "@example.com\"}}";
  }

  private static String subscriber(String customerId, String email) {
    JsonObject o = new JsonObject();
    o.addProperty("customerId", customerId);
    o.addProperty("email", email);
    o.addProperty("provisioningId", "prov-1");
    com.google.gson.JsonArray packages = new com.google.gson.JsonArray();
    packages.add("webex_calling");
    o.add("packages", packages);
    JsonObject params = new JsonObject();
    params.addProperty("firstName", "Ann");
    params.addProperty("lastName", "Lee");
    params.addProperty("extension", "7209");
    o.add("provisioningParameters", params);
    return o.toString();
  }
}
