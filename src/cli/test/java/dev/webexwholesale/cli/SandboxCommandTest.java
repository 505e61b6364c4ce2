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
}
