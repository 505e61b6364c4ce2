package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.webexwholesale.client.errors.TransportException;
import dev.webexwholesale.client.errors.UnauthorizedException;
import dev.webexwholesale.client.errors.WholesaleException;
import dev.webexwholesale.client.retry.RetryPolicy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class TokenSecrecyTest extends WireMockTestBase {
  private final List<String> lines = new CopyOnWriteArrayList<>();

  private WholesaleClient loggingClient() {
    client.close();
    client = clientBuilder().httpLogger(lines::add).retryPolicy(RetryPolicy.none()).build();
    return client;
  }

  private static String stackTrace(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString();
  }

  @Test
  void loggerLinesRedactTheAuthorizationHeader() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("trackingid", "T1").withBody("{}")));

    loggingClient().customers().get("c1");

    assertTrue(lines.stream().anyMatch(l -> l.startsWith("--> GET ")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("<-- 200 GET ")), lines.toString());
    assertTrue(lines.contains("    Authorization: <redacted>"), lines.toString());
    assertTrue(lines.stream().noneMatch(l -> l.contains(TOKEN)), lines.toString());
  }

  @Test
  void errorsNeverCarryTheToken() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)
        .withBody("{\"message\":\"The request requires a valid access token.\",\"trackingId\":\"R1\"}")));

    UnauthorizedException e = assertThrows(UnauthorizedException.class, () -> loggingClient().customers().get("c1"));

    assertFalse(stackTrace(e).contains(TOKEN));
    assertFalse(e.toString().contains(TOKEN));
    assertTrue(lines.stream().noneMatch(l -> l.contains(TOKEN)));
  }

  @Test
  void transportFailuresNeverCarryTheToken() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    TransportException e = assertThrows(TransportException.class, () -> loggingClient().customers().get("c1"));

    assertFalse(stackTrace(e).contains(TOKEN));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("<-- FAILED")), lines.toString());
    assertTrue(lines.stream().noneMatch(l -> l.contains(TOKEN)));
  }

  @Test
  void toStringsNeverShowTheToken() {
    WholesaleClient.Builder builder = clientBuilder();

    assertFalse(builder.toString().contains(TOKEN), builder.toString());
    assertFalse(client.toString().contains(TOKEN), client.toString());
    assertFalse(client.onBehalfOf("s").withTrackingId("t").toString().contains(TOKEN));
    assertTrue(client.toString().contains("<redacted>"));
  }

  @Test
  void aMissingTokenFailsWithoutSendingAnything() {
    client.close();
    client = clientBuilder().accessToken(() -> null).build();

    WholesaleException e = assertThrows(WholesaleException.class, () -> client.customers().get("c1"));

    assertEquals("The access token supplier returned no token", e.getMessage());
    assertEquals(0, requests().size());
  }

  @Test
  void aMalformedTokenIsRejectedWithoutEchoingIt() {
    client.close();
    client = clientBuilder().accessToken(() -> "tok-SECRET\nX-Injected: 1").build();

    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> client.customers().get("c1"));

    assertFalse(stackTrace(e).contains("tok-SECRET"), e.getMessage());
    assertEquals(0, requests().size());
  }
}
