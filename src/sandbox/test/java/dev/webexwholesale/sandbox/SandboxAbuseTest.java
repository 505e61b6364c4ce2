package dev.webexwholesale.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sandbox keeps serving, and answers in Webex's error shape, whatever a broken or hostile client sends. */
class SandboxAbuseTest {
  /** Generous: a hang fails the test instead of blocking the build; nothing here waits this long when it works. */
  private static final int SOCKET_TIMEOUT_MS = 60_000;

  @Test
  void stalledUploadsAreClosedAndANormalRequestStillSucceeds() throws IOException {
    try (WholesaleSandbox sandbox = WholesaleSandbox.builder()
        .requestReadTimeout(Duration.ofMillis(500)).build().start()) {
      List<Socket> stalled = new ArrayList<>();
      try {
        for (int i = 0; i < 40; i++) {
          Socket s = connect(sandbox);
          s.getOutputStream().write(("POST /v1/wholesale/customers HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n"
              + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"externalId\":")
              .getBytes(StandardCharsets.US_ASCII));
          s.getOutputStream().flush();
          stalled.add(s);
        }

        String answer = exchange(sandbox, "GET /v1/wholesale/customers HTTP/1.1\r\nHost: x\r\n"
            + "Authorization: Bearer t\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);

        for (Socket s : stalled) {
          assertTrue(closedByServer(s), "each stalled upload is closed by the sandbox");
        }
        assertEquals(0, sandbox.customerCount(), "no half-sent request was processed");
      } finally {
        for (Socket s : stalled) {
          s.close();
        }
      }
    }
  }

  @Test
  void errorsJettyRaisesItselfAreWebexShaped() throws IOException {
    try (WholesaleSandbox sandbox = WholesaleSandbox.builder().build().start()) {
      for (String request : List.of(
          "GET /v1/wholesale/customers/%00 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\nConnection: close\r\n\r\n",
          "GET /v1/wholesale/customers/%zz HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\nConnection: close\r\n\r\n",
          "GET /v1/wholesale/customers HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(64 * 1024)
              + "\r\nConnection: close\r\n\r\n")) {
        String answer = exchange(sandbox, request);
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
        assertTrue(head.matches("(?s)http/1\\.1 4\\d\\d .*"), answer);
        assertTrue(head.contains("content-type: application/json"), answer);
        assertTrue(head.contains("trackingid: sandbox_"), answer);
        JsonObject body = JsonParser.parseString(answer.substring(answer.indexOf("\r\n\r\n") + 4)).getAsJsonObject();
        assertTrue(body.get("message").getAsString().startsWith("The request could not be processed (HTTP 4"), answer);
        assertTrue(body.get("trackingId").getAsString().startsWith("SANDBOX_"), answer);
        assertEquals(1, body.getAsJsonArray("errors").size(), answer);
      }
    }
  }

  @Test
  void wireMocksOwnAdminApiIsNotReachable() throws IOException {
    try (WholesaleSandbox sandbox = WholesaleSandbox.builder().build().start()) {
      String answer = exchange(sandbox, "DELETE /__admin/mappings HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n"
          + "Connection: close\r\n\r\n");

      assertTrue(answer.startsWith("HTTP/1.1 404"), answer);
      assertTrue(answer.contains("\"trackingId\":\"SANDBOX_"), answer);
      String stillServing = exchange(sandbox, "GET /v1/wholesale/customers HTTP/1.1\r\nHost: x\r\n"
          + "Authorization: Bearer t\r\nConnection: close\r\n\r\n");
      assertTrue(stillServing.startsWith("HTTP/1.1 200"), "the stubs are intact: " + stillServing);
    }
  }

  private static Socket connect(WholesaleSandbox sandbox) throws IOException {
    Socket s = new Socket("127.0.0.1", sandbox.port());
    s.setSoTimeout(SOCKET_TIMEOUT_MS);
    return s;
  }

  private static String exchange(WholesaleSandbox sandbox, String request) throws IOException {
    try (Socket s = connect(sandbox)) {
      s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      s.getOutputStream().flush();
      return new String(readAll(s.getInputStream()), StandardCharsets.UTF_8);
    }
  }

  /** Reads until the server closes; a 408 answer before the close is fine. */
  private static boolean closedByServer(Socket s) throws IOException {
    try {
      readAll(s.getInputStream());
      return true;
    } catch (SocketException e) {
      return true; // reset by the server: closed as well
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    int n;
    while ((n = in.read(buf)) >= 0) {
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }
}
