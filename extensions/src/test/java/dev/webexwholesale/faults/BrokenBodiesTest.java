package dev.webexwholesale.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.google.gson.JsonParseException;
import dev.webexwholesale.client.errors.BadGatewayException;
import dev.webexwholesale.client.errors.TransportException;
import dev.webexwholesale.client.errors.UndecodableResponseException;
import dev.webexwholesale.client.errors.WholesaleException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Answers that arrive but cannot be read: broken JSON, a proxy's HTML page, a body cut short. */
class BrokenBodiesTest extends FaultTestBase {
  private static final String PROXY_PAGE = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
      + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

  @Test
  void anHtmlProxyPageOnGetGivesBadGatewayWithTheRawPageAndAOneLineMessage() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
        .withBody(PROXY_PAGE)));

    BadGatewayException e = assertThrows(BadGatewayException.class, () -> client.customers().get(CUSTOMER_ID));

    assertEquals(MAX_ATTEMPTS, requestCount(), "502 on GET is replayed");
    assertEquals(seconds(1, 2), time.sleeps());
    assertEquals(502, e.statusCode());
    assertEquals(PROXY_PAGE, e.rawBody(), "kept byte for byte");
    assertEquals(List.of(), e.errors());
    assertNull(e.webexMessage());
    assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), e.getMessage());
    assertTrue(e.getMessage().startsWith("HTTP 502 Bad Gateway: <html> <head><title>502 Bad Gateway</title>"),
        e.getMessage());
    assertNoToken(e);
  }

  @Test
  void anHtmlProxyPageOnAProvisionIsNotReplayed() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
        .withBody(PROXY_PAGE)));

    BadGatewayException e = assertThrows(BadGatewayException.class,
        () -> client.customers().provision(Operations.customerProvision()));

    assertEquals(1, requestCount(), "the proxy may have forwarded the POST");
    assertEquals(PROXY_PAGE, e.rawBody());
    assertFalse(e.isRetryable());
  }

  @ParameterizedTest(name = "200 with body {0}")
  @ValueSource(strings = {
      "{\"id\":\"c1\",\"status\":provisioned}", // malformed: unquoted value
      "{\"id\":\"c1\",\"status\":\"provis", // truncated, though Content-Length matches
      "[{\"id\":\"c1\"}]", // well-formed, wrong shape
      "{\"id\":\"c1\",\"packages\":\"webex_calling\"}", // an array field sent as a string
      "<html><body>Maintenance</body></html>"})
  void anUnreadableSuccessBodyIsAWholesaleExceptionNotARawGsonOne(String body) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody(body)));

    WholesaleException e = assertThrows(WholesaleException.class, () -> client.customers().get(CUSTOMER_ID));

    // One typed line naming status, content type and what was expected; Gson only as the cause.
    assertEquals(UndecodableResponseException.class, e.getClass());
    assertInstanceOf(JsonParseException.class, e.getCause());
    assertTrue(e.getMessage().startsWith("HTTP 200 to GET http://127.0.0.1:"), e.getMessage());
    assertTrue(e.getMessage().endsWith("answered application/json that is not the expected JSON"), e.getMessage());
    assertFalse(e.getMessage().contains("LENIENT") || e.getMessage().contains("\n"), e.getMessage());
    assertTrue(e.getMessage().contains("/v1/wholesale/customers/" + CUSTOMER_ID), e.getMessage());
    assertEquals(1, requestCount(), "the server answered: nothing to replay");
    assertEquals(List.of(), time.sleeps());
    assertNoToken(e);
  }

  @Test
  void anUnreadableAnswerToAProvisionIsReportedOnceAndNeverReplayed() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"id\":\"s1\",")));

    WholesaleException e = assertThrows(WholesaleException.class,
        () -> client.subscribers().provision(Operations.subscriberProvision()));

    assertEquals(UndecodableResponseException.class, e.getClass());
    assertTrue(e.getMessage().startsWith("HTTP 200 to POST"), e.getMessage());
    assertEquals(1, requestCount());
  }

  @Test
  void aBodyCutOffMidStreamOnGetIsRetriedThenATransportFailure() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

    TransportException e = assertThrows(TransportException.class, () -> client.customers().get(CUSTOMER_ID));

    assertEquals("GET", e.method());
    assertEquals(TransportException.Kind.OTHER, e.kind(), e.getMessage()); // ProtocolException: bad chunk framing
    assertTrue(e.mayHaveReachedServer());
    // The headers arrived before the body broke; a GET is replayed all the same.
    assertEquals(3, requestCount());
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), time.sleeps());
  }

  @Test
  void aBodyCutOffMidStreamOnAProvisionIsNotReplayed() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

    TransportException e = assertThrows(TransportException.class,
        () -> client.customers().provision(Operations.customerProvision()));

    assertEquals("POST", e.method());
    assertEquals(1, requestCount());
    assertEquals(List.of(), time.sleeps());
  }
}
