package dev.webexwholesale.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.model.SubPartnerList;
import dev.webexwholesale.model.SubscriberList;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SandboxMainTest {
  private static final String BASE_URL = "http://127\\.0\\.0\\.1:\\d+/v1";

  @Test
  void mainPrintsTheBaseUrlFirstAndServesUntilStopped() throws Exception {
    PrintStream originalOut = System.out;
    PipedInputStream pipe = new PipedInputStream(64 * 1024);
    PrintStream captured = new PrintStream(new PipedOutputStream(pipe), true, StandardCharsets.UTF_8);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread main = new Thread(() -> {
      try {
        SandboxMain.main(new String[] {"--port", "0", "--sub-partner", "SP-CLI"});
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "sandbox-main");
    main.setDaemon(true);
    System.setOut(captured);
    try {
      main.start();
      BufferedReader lines = new BufferedReader(new InputStreamReader(pipe, StandardCharsets.UTF_8));
      String first = lines.readLine();
      assertTrue(first != null && first.matches(BASE_URL), "first line: " + first);
      SandboxHttp.Exchange answer = new SandboxHttp(first).get("/wholesale/subPartners");
      assertEquals(200, answer.status());
      assertEquals("SP-CLI", answer.as(SubPartnerList.class).getItems().get(0).getOrgId());
    } finally {
      SandboxMain.stop();
      main.join(TimeUnit.SECONDS.toMillis(10));
      System.setOut(originalOut);
    }
    assertFalse(main.isAlive(), "main returns once the sandbox is closed");
    assertNull(failure.get());
  }

  @Test
  void startParsesOptionsAndSeeds() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (WholesaleSandbox sandbox = SandboxMain.start(new String[] {"--polls", "0", "--seed", "bench:7",
        "--token", "cli-token"}, out)) {
      String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\\R");
      assertEquals(sandbox.baseUrl(), lines[0]);
      assertTrue(lines[1].startsWith("seeded customer "), lines[1]);
      SandboxHttp http = new SandboxHttp(sandbox.baseUrl()).token("cli-token");
      assertEquals(7, http.get("/wholesale/subscribers", Map.of("externalCustomerId", "bench"))
          .as(SubscriberList.class).getItems().size());
      assertEquals(401, new SandboxHttp(sandbox.baseUrl()).token("other").get("/wholesale/customers").status());
    }
  }

  @Test
  void badArgumentsAreRejectedBeforeStarting() {
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThrows(IllegalArgumentException.class, () -> SandboxMain.start(new String[] {"--port"}, out));
    assertThrows(IllegalArgumentException.class, () -> SandboxMain.start(new String[] {"--port", "x"}, out));
    assertThrows(IllegalArgumentException.class, () -> SandboxMain.start(new String[] {"--bogus"}, out));
    ByteArrayOutputStream help = new ByteArrayOutputStream();
    assertNull(SandboxMain.start(new String[] {"--help"}, new PrintStream(help, true, StandardCharsets.UTF_8)));
    assertTrue(help.toString(StandardCharsets.UTF_8).startsWith("usage: sandbox"));
  }
}
