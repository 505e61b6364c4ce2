package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.errors.AcceptedWithoutIdException;
import dev.webexwholesale.client.errors.CallInterruptedException;
import dev.webexwholesale.client.errors.NotFoundException;
import dev.webexwholesale.client.errors.UnauthorizedException;
import dev.webexwholesale.client.errors.WebexApiException;
import dev.webexwholesale.client.errors.WholesaleException;
import dev.webexwholesale.client.retry.RetryPolicy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Issue 11: messages tell the truth, on one line, and never carry secrets or terminal controls. */
class SafeMessagesTest extends WireMockTestBase {
  private final List<String> lines = new CopyOnWriteArrayList<>();

  private WholesaleClient logging(String token) {
    client.close();
    client = clientBuilder().accessToken(token).httpLogger(lines::add).retryPolicy(RetryPolicy.none()).build();
    return client;
  }

  private static String everything(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w + " " + t;
  }

  @Test
  void aTokenEchoedByTheServerIsRedactedInMessagesAccessorsAndLogs() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)
        .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\", token=\"" + TOKEN + "\"")
        .withBody("{\"message\":\"Token " + TOKEN + " is expired\",\"errors\":[{\"description\":\"bad " + TOKEN
            + "\"}],\"trackingId\":\"R1\"}")));

    UnauthorizedException e = assertThrows(UnauthorizedException.class, () -> logging(TOKEN).customers().get("c1"));

    assertFalse(everything(e).contains(TOKEN), everything(e));
    assertFalse(e.rawBody().contains(TOKEN) || e.webexMessage().contains(TOKEN), e.rawBody());
    assertTrue(e.getMessage().startsWith("HTTP 401 Unauthorized: Token <redacted> is expired"), e.getMessage());
    assertTrue(lines.stream().noneMatch(l -> l.contains(TOKEN)), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.contains("WWW-Authenticate") && l.contains("<redacted>")), lines.toString());
  }

  @Test
  void redactionNeverMangleOtherWords() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
        .withBody("{\"message\":\"Customer e not found\"}")));

    NotFoundException e = assertThrows(NotFoundException.class, () -> logging("e").customers().get("c1"));

    assertEquals("HTTP 404 Not Found: Customer e not found", e.getMessage());
  }

  @Test
  void aTokenIsRedactedWholeEvenInsideOtherTextAndNothingElseChanges() {
    String token = "abcdefgh12345678";
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
        .withBody("{\"message\":\"id x" + token + "y and " + token + ".\"}")));

    NotFoundException e = assertThrows(NotFoundException.class, () -> logging(token).customers().get("c1"));

    assertEquals("HTTP 404 Not Found: id x<redacted>y and <redacted>.", e.getMessage());
  }

  @Test
  void urlUserinfoIsNeverRendered() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500).withBody("{}")));
    client.close();
    client = clientBuilder().baseUrl("http://admin:pa55word@127.0.0.1:" + port + "/v1").httpLogger(lines::add)
        .retryPolicy(RetryPolicy.none()).build();

    WholesaleException e = assertThrows(WholesaleException.class, () -> client.customers().get("c1"));

    assertFalse(everything(e).contains("pa55word"), e.getMessage());
    assertFalse(client.toString().contains("pa55word"), client.toString());
    assertTrue(lines.stream().noneMatch(l -> l.contains("pa55word")), lines.toString());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> WholesaleClient.builder().accessToken("t").baseUrl("ftp://admin:pa55word@host/").build());
    assertFalse(bad.getMessage().contains("pa55word"), bad.getMessage());
  }

  @Test
  void controlAndBidiCharactersFromTheServerAreShownEscaped() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400)
        .withBody("{\"message\":\"bad \\u001b[31mred\\u0007 \\u202eevil\",\"trackingId\":\"T\\u001b1\"}")));

    WebexApiException e = assertThrows(WebexApiException.class, () -> client.customers().get("c1"));

    assertEquals("HTTP 400 Bad Request: bad \\u001b[31mred\\u0007 \\u202eevil (trackingId T\\u001b1)", e.getMessage());
  }

  @Test
  void logLinesShowThePathOnlyLikeErrors() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{\"items\":[]}")));

    logging(TOKEN).subscribers().list(SubscriberListParams.builder().email("alice@acme.com").build()).forEach(s -> { });

    assertTrue(lines.stream().anyMatch(l -> l.startsWith("--> GET http://127.0.0.1:" + port
        + "/v1/wholesale/subscribers")), lines.toString());
    assertTrue(lines.stream().noneMatch(l -> l.contains("alice") || l.contains("?")), lines.toString());
  }

  @Test
  void headerValuesAreCheckedWhenSet() {
    IllegalArgumentException tracking = assertThrows(IllegalArgumentException.class,
        () -> client.withTrackingId("job-1\r\nX-Evil: 1"));
    assertTrue(tracking.getMessage().contains("trackingId"), tracking.getMessage());
    assertThrows(IllegalArgumentException.class, () -> WholesaleClient.builder().userAgent("portal\u00e9/1"));
    assertThrows(IllegalArgumentException.class, () -> WholesaleClient.builder().userAgent("portal\n/1"));
  }

  @Test
  void anInterruptDuringTheCallIsItsOwnTypeAndSaysTheRequestMayHaveBeenProcessed() throws Exception {
    wm.stubFor(post(urlPathEqualTo("/v1/wholesale/customers")).willReturn(aResponse().withStatus(202)
        .withHeader("Location", "/v1/wholesale/customers/new1").withHeader("Content-Type", "application/json")
        .withBody("{\"url\":\"/v1/wholesale/customers/new1\"}" + " ".repeat(100)).withChunkedDribbleDelay(10, 2000)));
    java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
    java.util.concurrent.atomic.AtomicBoolean flagKept = new java.util.concurrent.atomic.AtomicBoolean();
    Thread caller = new Thread(() -> {
      try {
        client.customers().provision(TestData.customerProvision());
      } catch (Throwable t) {
        thrown.set(t);
        flagKept.set(Thread.currentThread().isInterrupted());
      }
    });
    caller.start();
    while (requests().isEmpty()) {
      Thread.onSpinWait();
    }
    caller.interrupt();
    caller.join(10_000);

    CallInterruptedException e = (CallInterruptedException) thrown.get();
    assertTrue(e.mayHaveReachedServer());
    assertTrue(e.getMessage().contains("may or may not have processed it"), e.getMessage());
    assertTrue(flagKept.get(), "the interrupt flag is set again");
    assertEquals(1, requests().size(), "not replayed");
  }

  @Test
  void anAcceptedProvisionWithoutIdSaysTheServerAcceptedIt() {
    wm.stubFor(post(urlPathEqualTo("/v1/wholesale/customers")).willReturn(aResponse().withStatus(202)
        .withHeader("trackingid", "ROUTER_9")));

    AcceptedWithoutIdException e = assertThrows(AcceptedWithoutIdException.class,
        () -> client.customers().provisionAndWait(TestData.customerProvision()));

    assertTrue(e.getMessage().contains("accepted") && e.getMessage().contains("do not send it again"),
        e.getMessage());
    assertEquals("ROUTER_9", e.trackingId());
    assertEquals(1, requests().size());
  }
}
