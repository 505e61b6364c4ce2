package dev.webexwholesale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sandbox command's contract with a stand-in launcher: URL first, token-free, closed on stop. */
class SandboxCommandTest {
  private final CliRunner cli = new CliRunner();
  private final List<String> events = new ArrayList<>();

  @Test
  void printsTheBaseUrlFirstNeedsNoTokenAndClosesTheSandboxWhenStopped() {
    cli.sandboxes = port -> {
      events.add("start " + port);
      return new SandboxLauncher.Running() {
        @Override
        public String baseUrl() {
          return "http://127.0.0.1:" + (port == 0 ? 41234 : port) + "/v1";
        }

        @Override
        public void close() {
          events.add("close");
        }
      };
    };
    cli.stopSignal = () -> events.add("running");

    CliRunner.Result r = cli.run("sandbox", "--port", "8099");

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("http://127.0.0.1:8099/v1", r.stdout().lines().findFirst().orElse(""));
    assertEquals(List.of("start 8099", "running", "close"), events);
    assertTrue(r.stderr().contains("sandbox listening on http://127.0.0.1:8099/v1"), r::toString);
  }

  @Test
  void aBadPortIsAUsageError() {
    cli.sandboxes = port -> {
      throw new AssertionError("must not start");
    };

    assertEquals(2, cli.run("sandbox", "--port", "70000").exitCode());
    assertEquals(2, cli.run("sandbox", "--port", "x").exitCode());
  }
}
