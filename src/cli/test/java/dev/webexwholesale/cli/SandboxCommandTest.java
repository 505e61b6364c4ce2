package dev.webexwholesale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.sandbox.WholesaleSandbox;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sandbox command's contract with the launcher: URL first, token-free, closed on stop, bad options refused. */
class SandboxCommandTest {
  private final CliRunner cli = new CliRunner();
  private final List<String> events = new ArrayList<>();
  private final List<WholesaleSandbox> started = new ArrayList<>();

  @Test
  void printsTheBaseUrlFirstNeedsNoTokenAndClosesTheSandboxWhenStopped() {
    cli.sandboxes = (builder, setup) -> {
      WholesaleSandbox sandbox = builder.build().start();
      started.add(sandbox);
      events.add("start");
      SandboxLauncher.Running running = EmbeddedSandbox.running(sandbox, setup);
      return new SandboxLauncher.Running() {
        @Override
        public String baseUrl() {
          return running.baseUrl();
        }

        @Override
        public void close() {
          events.add("close");
          running.close();
        }
      };
    };
    cli.stopSignal = () -> events.add("running");

    CliRunner.Result r = cli.run("sandbox", "--port", "0");

    assertEquals(0, r.exitCode(), r::toString);
    String url = r.stdout().lines().findFirst().orElse("");
    assertTrue(url.matches("http://127\\.0\\.0\\.1:\\d+/v1"), r::toString);
    assertEquals(List.of("start", "running", "close"), events);
    assertTrue(r.stderr().contains("sandbox listening on " + url + " (time-driven: 3.0s"), r::toString);
    assertFalse(started.get(0).isRunning());
  }

  @Test
  void badOptionsAreUsageErrorsAndStartNothing() {
    cli.sandboxes = (builder, setup) -> {
      throw new AssertionError("must not start");
    };

    for (String[] args : List.of(new String[] {"sandbox", "--port", "70000"}, new String[] {"sandbox", "--port", "x"},
        new String[] {"sandbox", "--customer-outcome", "acme=bogus"},
        new String[] {"sandbox", "--fault", "fault=200"}, new String[] {"sandbox", "--fault", "nonsense"},
        new String[] {"sandbox", "--seed", "acme:lots"}, new String[] {"sandbox", "--rate-burst", "3"},
        new String[] {"sandbox", "--polls", "-1"})) {
      CliRunner.Result r = cli.run(args);
      assertEquals(2, r.exitCode(), () -> String.join(" ", args) + "\n" + r);
      assertEquals(1, r.errLines().stream().filter(l -> l.startsWith("error: ")).count(), r::toString);
    }
  }

  @Test
  void aPortInUseIsOnePlainLineWithExitOne() throws Exception {
    cli.sandboxes = EmbeddedSandbox::start;
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getByName("127.0.0.1"))) {
      CliRunner.Result r = cli.run("sandbox", "--port", Integer.toString(taken.getLocalPort()));

      assertEquals(1, r.exitCode(), r::toString);
      assertEquals(List.of("error: cannot start the sandbox: port " + taken.getLocalPort()
          + " on 127.0.0.1 is in use (choose another --port, or 0 for any)"), r.errLines());
    }
  }

  /** The client's global options, which a server has no use for. */
  private static final List<String> CLIENT_OPTIONS = List.of("--base-url", "--call-timeout", "--client-id",
      "--client-secret", "--refresh-token", "--token-store", "--verbose");

  @Test
  void helpListsOnlyTheSandboxsOwnOptions() {
    for (String[] args : List.of(new String[] {"sandbox", "--help"}, new String[] {"help", "sandbox"})) {
      CliRunner.Result r = cli.run(args);

      assertEquals(0, r.exitCode(), r::toString);
      for (String option : CLIENT_OPTIONS) {
        assertFalse(r.stdout().contains(option), option + " leaks into " + r);
      }
      assertFalse(r.stdout().contains("on behalf of"), r::toString);
      assertTrue(r.stdout().contains("--sub-partner=ORG_ID") && r.stdout().contains("Configure this active sub-partner"),
          r::toString);
      assertTrue(r.stdout().contains("--token=TOKEN") && r.stdout().contains("--port=N") && r.stdout().contains("--help"),
          r::toString);
    }
  }

  @Test
  void clientOptionsBeforeOrAfterSandboxAreUsageErrorsAndStartNothing() {
    cli.sandboxes = (builder, setup) -> {
      throw new AssertionError("must not start");
    };
    for (String option : CLIENT_OPTIONS) {
      String[] value = option.equals("--verbose") ? new String[0] : new String[] {"1s"};
      List<String> after = new ArrayList<>(List.of("sandbox", option));
      after.addAll(List.of(value));
      List<String> before = new ArrayList<>(List.of(option));
      before.addAll(List.of(value));
      before.add("sandbox");
      for (List<String> args : List.of(after, before)) {
        CliRunner.Result r = cli.run(args.toArray(String[]::new));

        assertEquals(2, r.exitCode(), args + "\n" + r);
        assertTrue(r.stderr().startsWith("error: ") && r.stderr().contains(option), args + "\n" + r);
      }
    }
  }

  @Test
  void repeatedSubPartnerConfiguresEachAndTokenIsAccepted() {
    cli.sandboxes = EmbeddedSandbox::start;
    CliRunner user = new CliRunner(cli.time);
    user.env.put(RootCommand.TOKEN_ENV, "good");
    List<CliRunner.Result> runs = new ArrayList<>();
    cli.stopSignal = () -> {
      String url = cli.currentOut.toString().lines().findFirst().orElseThrow();
      runs.add(user.run("--base-url", url, "sub-partners", "list"));
      runs.add(user.run("--base-url", url, "--sub-partner", "U1AtQg==", "customers", "list"));
      runs.add(user.run("--base-url", url, "--token", "bad", "customers", "list"));
    };

    CliRunner.Result r = cli.run("sandbox", "--sub-partner", "U1AtQQ==", "--sub-partner", "U1AtQg==",
        "--add-sub-partner", "U1AtQw==", "--token", "good");

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(0, runs.get(0).exitCode(), runs.get(0)::toString);
    List<String> orgs = new ArrayList<>();
    runs.get(0).json().getAsJsonArray().forEach(e -> orgs.add(e.getAsJsonObject().get("orgId").getAsString()));
    assertTrue(orgs.containsAll(List.of("U1AtQQ==", "U1AtQg==", "U1AtQw==")), orgs::toString);
    assertEquals(0, runs.get(1).exitCode(), "a configured sub-partner is served: " + runs.get(1));
    assertEquals(1, runs.get(2).exitCode(), "only --token is accepted: " + runs.get(2));
    assertTrue(runs.get(2).stderr().contains("HTTP 401"), runs.get(2)::toString);
  }
}
