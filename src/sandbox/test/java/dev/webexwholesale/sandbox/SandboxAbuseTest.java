package dev.webexwholesale.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    String auth = "Authorization: Bearer t\r\nConnection: close\r\n";
    // status -> a request Jetty refuses before the sandbox sees it
    Map<String, String> requests = new LinkedHashMap<>();
    requests.put("400 %00", "GET /v1/wholesale/customers/%00 HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n");
    requests.put("400 %zz", "GET /v1/wholesale/customers/%zz HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n");
    requests.put("400 ..", "GET /v1/../../etc/passwd HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n");
    requests.put("400 no Host", "GET /v1/wholesale/customers HTTP/1.1\r\n" + auth + "\r\n");
    requests.put("400 Content-Length", "POST /v1/wholesale/customers HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n"
        + auth + "\r\n");
    requests.put("400 not HTTP", "\u0016\u0003\u0001 hello\r\n\r\n");
    requests.put("414", "GET /v1/wholesale/customers?x=" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: x\r\n" + auth
        + "\r\n");
    requests.put("417", "POST /v1/wholesale/customers HTTP/1.1\r\nHost: x\r\nExpect: 100-other\r\n"
        + "Content-Length: 2\r\n" + auth + "\r\n{}");
    requests.put("431", "GET /v1/wholesale/customers HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(64 * 1024)
        + "\r\n" + auth + "\r\n");
    requests.put("505", "GET /v1/wholesale/customers HTTP/3.7\r\nHost: x\r\n" + auth + "\r\n");
    try (WholesaleSandbox sandbox = WholesaleSandbox.builder().build().start()) {
      requests.forEach((expected, request) -> {
        JsonObject body = assertWebexShaped(exchangeUnchecked(sandbox, request, false), expected.substring(0, 3),
            WebexErrors.MALFORMED_HTTP_REQUEST);
        assertTrue(body.get("message").getAsString().startsWith("The request could not be processed (HTTP "
            + expected.substring(0, 3) + ")"), expected + ": " + body);
      });
      // A body that ends before its Content-Length: Jetty's 500, without the exception's text.
      JsonObject early = assertWebexShaped(exchangeUnchecked(sandbox, "POST /v1/wholesale/customers HTTP/1.1\r\n"
          + "Host: x\r\nContent-Length: 1000\r\n" + auth + "\r\n{", true), "500", WebexErrors.INTERNAL_ERROR);
      assertEquals("The request could not be processed (HTTP 500).", early.get("message").getAsString());
    }
  }

  @Test
  void everyErrorTheSandboxAnswersHasMessageCodeDescriptionAndTrackingId() throws IOException {
    String close = "Connection: close\r\n\r\n";
    try (WholesaleSandbox sandbox = WholesaleSandbox.builder().rateLimit(1, 1).build().start()) {
      String ok = exchange(sandbox, "GET /v1/wholesale/customers HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n"
          + close);
      assertTrue(ok.startsWith("HTTP/1.1 200"), ok);
      assertWebexShaped(exchange(sandbox, "GET /v1/wholesale/customers HTTP/1.1\r\nHost: x\r\n"
          + "Authorization: Bearer t\r\n" + close), "429", WebexErrors.RATE_LIMITED);
    }
    try (WholesaleSandbox sandbox = WholesaleSandbox.builder().oauthClient("id", "secret").build().start()) {
      String bearer = "Authorization: Bearer " + sandbox.oauth().issueAccessToken() + "\r\n";
      assertWebexShaped(exchange(sandbox, "GET /v1/wholesale/customers HTTP/1.1\r\nHost: x\r\n" + close), "401",
          WebexErrors.INVALID_ACCESS_TOKEN);
      for (String unknown : List.of("GET /v1/no/such/path", "BREW /v1/wholesale/customers", "TRACE /v1/wholesale/customers",
          "PATCH /v1/wholesale/subscribers", "DELETE /v1/wholesale/customers", "GET /__admin/mappings")) {
        assertWebexShaped(exchange(sandbox, unknown + " HTTP/1.1\r\nHost: x\r\n" + bearer + close), "404",
            WebexErrors.NOT_FOUND);
      }
      assertWebexShaped(exchange(sandbox, "GET /__sandbox/nope HTTP/1.1\r\nHost: x\r\n" + close), "404",
          WebexErrors.NOT_FOUND);
      assertWebexShaped(exchange(sandbox, "POST /__sandbox/faults HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n"
          + close + "{"), "400", WebexErrors.INVALID_REQUEST);
      JsonObject oauth = assertWebexShaped(exchange(sandbox, "POST /v1/access_token HTTP/1.1\r\nHost: x\r\n"
          + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 86\r\n" + close
          + "grant_type=refresh_token&client_id=id&client_secret=secret&refresh_token=not-a-token-0"), "400",
          WebexErrors.OAUTH_REQUEST_REFUSED);
      assertEquals("invalid_grant", oauth.get("error").getAsString(), "OAuth's own fields stay: " + oauth);
      assertTrue(oauth.has("error_description"), oauth::toString);
      sandbox.injectFault("GET", "/wholesale/subPartners", 1, SandboxFault.status(503, 2));
      assertWebexShaped(exchange(sandbox, "GET /v1/wholesale/subPartners HTTP/1.1\r\nHost: x\r\n" + bearer + close),
          "503", WebexErrors.INJECTED_FAILURE);
      assertWebexShaped(exchange(sandbox, "GET /v1/wholesale/customers/bm9uZQ== HTTP/1.1\r\nHost: x\r\n" + bearer
          + close), "404", WebexErrors.CUSTOMER_NOT_FOUND);
    }
  }

  /** The answer's status, and Webex's error body: message, one error with that code and a description, tracking ID. */
  private static JsonObject assertWebexShaped(String answer, String status, long code) {
    int end = answer.indexOf("\r\n\r\n");
    assertTrue(end > 0, answer);
    String head = answer.substring(0, end).toLowerCase(java.util.Locale.ROOT);
    assertTrue(head.startsWith("http/1.1 " + status + " "), status + " expected: " + answer);
    assertTrue(head.contains("content-type: application/json"), answer);
    assertTrue(head.contains("trackingid: sandbox_"), answer);
    JsonObject body = JsonParser.parseString(answer.substring(end + 4)).getAsJsonObject();
    assertFalse(body.get("message").getAsString().isBlank(), answer);
    assertTrue(body.get("trackingId").getAsString().startsWith("SANDBOX_"), answer);
    assertEquals(1, body.getAsJsonArray("errors").size(), answer);
    JsonObject error = body.getAsJsonArray("errors").get(0).getAsJsonObject();
    assertEquals(code, error.get("errorCode").getAsLong(), answer);
    assertFalse(error.get("description").getAsString().isBlank(), answer);
    assertFalse(answer.contains("Exception") || answer.contains("<html"), answer);
    return body;
  }

  private static String exchangeUnchecked(WholesaleSandbox sandbox, String request, boolean halfClose) {
    try (Socket s = connect(sandbox)) {
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      if (halfClose) {
        s.shutdownOutput();
      }
      return new String(readAll(s.getInputStream()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
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
