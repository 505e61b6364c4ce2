package dev.webexwholesale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.webexwholesale.sandbox.CustomerOutcome;
import dev.webexwholesale.sandbox.SubscriberOutcome;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI against the real embedded sandbox: demo, sandbox command and a scripted life cycle. */
class SandboxEndToEndTest {
  private final CliRunner cli = new CliRunner();
  private final List<WholesaleSandbox> started = new ArrayList<>();

  @TempDir
  Path tmp;

  @AfterEach
  void stopSandboxes() {
    started.forEach(WholesaleSandbox::close);
  }

  /** Each launch is a fresh sandbox this test can inspect and configure. */
  private void sandboxes(java.util.function.Consumer<WholesaleSandbox> configure) {
    cli.sandboxes = (builder, setup) -> {
      WholesaleSandbox s = builder.subPartner(EmbeddedSandbox.DEMO_SUB_PARTNER).build().start();
      started.add(s);
      configure.accept(s);
      return EmbeddedSandbox.running(s, setup);
    };
  }

  @Test
  void demoWalksTheWholeLifeCycleWithoutTokenOrRealSleeping() {
    sandboxes(s -> { });
    cli.env.clear(); // no token anywhere

    CliRunner.Result r = cli.run("demo", "--interval", "250ms");

    assertEquals(0, r.exitCode(), r::toString);
    String out = r.stdout();
    assertTrue(out.startsWith("Webex Wholesale demo: embedded sandbox at http://127.0.0.1:"), r::toString);
    for (String step : List.of("1. Precheck customer", "2. Provision customer", "3. Wait until the customer is provisioned",
        "4. Precheck subscriber", "5. Provision subscriber", "6. Wait until the subscriber is provisioned",
        "7. List the customer's subscribers", "8. Update the subscriber", "9. Act on behalf of a sub-partner",
        "10. Remove the customer")) {
      assertTrue(out.contains("\n" + step), "missing step " + step + "\n" + r);
    }
    assertTrue(out.contains("   customer: provisioning (attempt 1, 0.0s)"), r::toString);
    assertTrue(out.contains("   ada.lovelace@acme-demo.example  provisioned  webex_calling"), r::toString);
    assertTrue(out.contains("customers seen on behalf of " + EmbeddedSandbox.DEMO_SUB_PARTNER + ": 1"), r::toString);
    assertTrue(out.contains("-> gone after"), r::toString);
    assertTrue(out.contains("\nDone in "), r::toString);
    assertEquals("", r.stderr());
    WholesaleSandbox sandbox = started.get(0);
    assertEquals(1, sandbox.customerCount(), "only the sub-partner's seeded customer is left");
    assertTrue(cli.time.sleeps().stream().allMatch(d -> d.toMillis() == 250), () -> cli.time.sleeps().toString());
    assertTrue(!sandbox.isRunning(), "the demo stops its sandbox");
  }

  @Test
  void demoReportsAFailedProvisioningWithExitThree() {
    sandboxes(s -> s.nextCustomerOutcome(CustomerOutcome.ERROR));

    CliRunner.Result r = cli.run("demo", "--interval", "100ms");

    assertEquals(3, r.exitCode(), r::toString);
    assertTrue(r.stdout().contains("-> error after"), r::toString);
    assertTrue(r.stderr().contains("failed with status error"), r::toString);
    assertTrue(r.stderr().contains("  package webex_calling (error): error "), r::toString);
    assertTrue(r.stderr().contains("  customer (error): error 2571 "), "customer-level errors[] too\n" + r);
  }

  @Test
  void sandboxCommandServesScriptedCommandsUntilStopped() throws Exception {
    sandboxes(s -> { });
    Path customerReq = write("c.json", "{\"provisioningId\":\"p-1\",\"packages\":[\"webex_calling\"],"
        + "\"externalId\":\"ext-cli-1\",\"address\":{\"addressLine1\":\"1 Main St\",\"city\":\"Milpitas\","
        + "\"stateOrProvince\":\"CA\",\"zipOrPostalCode\":\"95035\",\"country\":\"US\"},"
        + "\"customerInfo\":{\"name\":\"CLI Co\",\"primaryEmail\":\"admin@cli.example\"}}");
    AtomicReference<List<CliRunner.Result>> results = new AtomicReference<>();
    AtomicReference<String> firstLine = new AtomicReference<>();
    cli.stopSignal = () -> {
      String url = cli.currentOut.toString().lines().findFirst().orElseThrow();
      firstLine.set(url);
      CliRunner user = new CliRunner(cli.time); // one time line: the user's waits move the sandbox's clock
      user.env.put(RootCommand.TOKEN_ENV, "any-token");
      List<CliRunner.Result> rs = new ArrayList<>();
      CliRunner.Result provisioned = user.run("--base-url", url, "customers", "provision", "--file",
          customerReq.toString(), "--wait", "--interval", "1s");
      rs.add(provisioned);
      String customerId = provisioned.json().getAsJsonObject().get("id").getAsString();
      Path subReq = write("s.json", "{\"customerId\":\"" + customerId + "\",\"email\":\"held@acme.example\","
          + "\"packages\":[\"webex_calling\"],\"provisioningParameters\":{\"extension\":\"7209\"}}");
      CliRunner.Result held = user.run("--base-url", url, "subscribers", "provision", "--file", subReq.toString(), "--wait");
      rs.add(held);
      rs.add(user.run("--base-url", url, "customers", "list", "--external-id", "ext-cli-1"));
      rs.add(user.run("--base-url", url, "--sub-partner", EmbeddedSandbox.DEMO_SUB_PARTNER, "customers", "list"));
      rs.add(user.run("--base-url", url, "customers", "get", "bm9wZQ=="));
      String subscriberId = held.json().getAsJsonObject().get("id").getAsString();
      rs.add(user.run("--base-url", url, "subscribers", "send-consent-email", subscriberId));
      user.run("--base-url", url, "subscribers", "get", subscriberId); // the person consents after one more read
      rs.add(user.run("--base-url", url, "subscribers", "await", subscriberId, "--interval", "1s"));
      rs.add(user.run("--base-url", url, "customers", "get", customerId, "--license-info"));
      rs.add(user.run("--base-url", url, "customers", "get", customerId));
      results.set(rs);
    };

    CliRunner.Result sandbox = cli.run("sandbox", "--free-account", "held@acme.example");

    assertEquals(0, sandbox.exitCode(), sandbox::toString);
    assertTrue(firstLine.get().matches("http://127\\.0\\.0\\.1:\\d+/v1"), firstLine::get);
    List<CliRunner.Result> rs = results.get();
    assertEquals(0, rs.get(0).exitCode(), rs.get(0)::toString);
    assertEquals("provisioned", rs.get(0).json().getAsJsonObject().get("status").getAsString());
    assertEquals(5, rs.get(1).exitCode(), rs.get(1)::toString);
    assertTrue(rs.get(1).stderr().contains("has status pending_user_migration"), rs.get(1)::toString);
    assertTrue(rs.get(1).stderr().contains("subscribers send-consent-email ID"), rs.get(1)::toString);
    JsonArray listed = rs.get(2).json().getAsJsonArray();
    assertEquals(1, listed.size(), rs.get(2)::toString);
    assertEquals("ext-cli-1", ((JsonObject) listed.get(0)).get("externalId").getAsString());
    List<String> subPartnerExternalIds = new ArrayList<>();
    for (JsonElement e : rs.get(3).json().getAsJsonArray()) {
      subPartnerExternalIds.add(e.getAsJsonObject().get("externalId").getAsString());
    }
    assertEquals(List.of(EmbeddedSandbox.SUB_PARTNER_CUSTOMER), subPartnerExternalIds, rs.get(3)::toString);
    assertEquals(1, rs.get(4).exitCode(), rs.get(4)::toString);
    assertTrue(rs.get(4).stderr().startsWith("error: HTTP 404"), rs.get(4)::toString);
    assertTrue(rs.get(4).stderr().contains("trackingId"), rs.get(4)::toString);
    assertEquals(0, rs.get(5).exitCode(), rs.get(5)::toString);
    assertEquals("", rs.get(5).stdout(), "204: nothing on stdout");
    assertEquals(0, rs.get(6).exitCode(), rs.get(6)::toString);
    assertEquals("provisioned", rs.get(6).json().getAsJsonObject().get("status").getAsString(), "consented");
    assertEquals(0, rs.get(7).exitCode(), rs.get(7)::toString);
    assertTrue(rs.get(7).stdout().contains("\"licenseIds\""), rs.get(7)::toString);
    assertTrue(!rs.get(8).stdout().contains("\"licenseIds\""), rs.get(8)::toString);
    assertTrue(!started.get(0).isRunning(), "stopped after the stop signal");
  }

  private Path write(String name, String json) {
    try {
      return Files.writeString(tmp.resolve(name), json, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
