package dev.webexwholesale.client;

import dev.webexwholesale.testing.FakeTime;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.webexwholesale.client.errors.BadGatewayException;
import dev.webexwholesale.client.errors.BadRequestException;
import dev.webexwholesale.client.errors.ConflictException;
import dev.webexwholesale.client.errors.ForbiddenException;
import dev.webexwholesale.client.errors.GatewayTimeoutException;
import dev.webexwholesale.client.errors.GoneException;
import dev.webexwholesale.client.errors.InternalServerErrorException;
import dev.webexwholesale.client.errors.LockedException;
import dev.webexwholesale.client.errors.MethodNotAllowedException;
import dev.webexwholesale.client.errors.NotFoundException;
import dev.webexwholesale.client.errors.PreconditionRequiredException;
import dev.webexwholesale.client.errors.RateLimitedException;
import dev.webexwholesale.client.errors.ServerErrorException;
import dev.webexwholesale.client.errors.ServiceUnavailableException;
import dev.webexwholesale.client.errors.TransportException;
import dev.webexwholesale.client.errors.UnauthorizedException;
import dev.webexwholesale.client.errors.UnsupportedMediaTypeException;
import dev.webexwholesale.client.errors.WebexApiException;
import dev.webexwholesale.client.retry.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorDecodingTest extends WireMockTestBase {
  private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
  private static final String BODY = "{\"message\":\"Customer not found\",\"errors\":[{\"errorCode\":4008,"
      + "\"description\":\"Customer not found\"}],\"trackingId\":\"ROUTER_123\"}";

  @BeforeEach
  void noRetries() {
    client.close();
    client = clientBuilder().retryPolicy(RetryPolicy.none()).time(new FakeTime(NOW)).build();
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class), Arguments.of(401, UnauthorizedException.class),
        Arguments.of(403, ForbiddenException.class), Arguments.of(404, NotFoundException.class),
        Arguments.of(405, MethodNotAllowedException.class), Arguments.of(409, ConflictException.class),
        Arguments.of(410, GoneException.class), Arguments.of(415, UnsupportedMediaTypeException.class),
        Arguments.of(423, LockedException.class), Arguments.of(428, PreconditionRequiredException.class),
        Arguments.of(429, RateLimitedException.class), Arguments.of(500, InternalServerErrorException.class),
        Arguments.of(502, BadGatewayException.class), Arguments.of(503, ServiceUnavailableException.class),
        Arguments.of(504, GatewayTimeoutException.class), Arguments.of(501, ServerErrorException.class),
        Arguments.of(599, ServerErrorException.class), Arguments.of(418, WebexApiException.class),
        Arguments.of(422, WebexApiException.class));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void eachStatusHasItsType(int status, Class<? extends WebexApiException> type) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(BODY)));

    WebexApiException e = assertThrows(WebexApiException.class, () -> client.customers().get("c1"));

    assertSame(type, e.getClass());
    assertEquals(status, e.statusCode());
    assertEquals("Customer not found", e.webexMessage());
    assertEquals(List.of(4008L), e.errorCodes());
    assertEquals("ROUTER_123", e.trackingId());
    assertEquals(BODY, e.rawBody());
    assertEquals("GET", e.method());
    assertEquals(baseUrl() + "/wholesale/customers/c1", e.url());
  }

  @Test
  void messageIsOneReadableLine() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404).withBody(BODY)));

    NotFoundException e = assertThrows(NotFoundException.class, () -> client.customers().get("c1"));

    assertEquals("HTTP 404 Not Found: Customer not found [errorCode 4008] (trackingId ROUTER_123)", e.getMessage());
  }

  @Test
  void messageListsDistinctDescriptionsAndAllCodes() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400).withBody(
        "{\"message\":\"Invalid request\",\"errors\":[{\"errorCode\":4003,\"description\":\"Email is not valid\\nat all\"},"
            + "{\"errorCode\":4010},{\"description\":\"no code\"}]}")));

    BadRequestException e = assertThrows(BadRequestException.class, () -> client.customers().get("c1"));

    assertEquals("HTTP 400 Bad Request: Invalid request [errorCode 4003: Email is not valid at all, "
        + "errorCode 4010, no code]", e.getMessage());
    assertEquals(List.of(4003L, 4010L), e.errorCodes());
    assertEquals(3, e.errors().size());
    assertNull(e.trackingId());
  }

  @Test
  void emptyBodyStillGivesTheTypedException() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(403).withHeader("trackingid", "HDR_1")));

    ForbiddenException e = assertThrows(ForbiddenException.class, () -> client.customers().get("c1"));

    assertEquals("", e.rawBody());
    assertNull(e.webexMessage());
    assertTrue(e.errors().isEmpty());
    assertEquals("HDR_1", e.trackingId(), "tracking id from the header when the body has none");
    assertEquals("HTTP 403 Forbidden: (empty body) (trackingId HDR_1)", e.getMessage());
  }

  @Test
  void htmlBodyIsKeptRaw() {
    String html = "<html>\n<body><h1>502 Bad Gateway</h1></body>\n</html>";
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody(html)));

    BadGatewayException e = assertThrows(BadGatewayException.class, () -> client.customers().get("c1"));

    assertEquals(html, e.rawBody());
    assertEquals("HTTP 502 Bad Gateway: <html> <body><h1>502 Bad Gateway</h1></body> </html>", e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void malformedJsonIsKeptRaw() {
    String broken = "{\"message\": \"half";
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(409).withBody(broken)));

    ConflictException e = assertThrows(ConflictException.class, () -> client.customers().get("c1"));

    assertEquals(broken, e.rawBody());
    assertNull(e.webexMessage());
  }

  @Test
  void wrongShapedJsonIsKeptRaw() {
    String odd = "{\"message\": 12, \"errors\": \"not a list\"}";
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400).withBody(odd)));

    BadRequestException e = assertThrows(BadRequestException.class, () -> client.customers().get("c1"));

    assertEquals(odd, e.rawBody());
    assertTrue(e.errors().isEmpty());
  }

  @Test
  void bodyTrackingIdWinsOverHeader() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404).withHeader("trackingid", "HDR").withBody(BODY)));

    assertEquals("ROUTER_123", assertThrows(NotFoundException.class, () -> client.customers().get("c1")).trackingId());
  }

  @Test
  void retryAfterSecondsIsExposed() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "17")));

    RateLimitedException e = assertThrows(RateLimitedException.class, () -> client.customers().get("c1"));

    assertEquals(Duration.ofSeconds(17), e.retryAfter().orElseThrow());
    assertTrue(e.isRetryable());
  }

  @Test
  void retryAfterHttpDateIsMeasuredWithTheClock() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(423)
        .withHeader("Retry-After", "Sat, 01 Mar 2025 12:00:42 GMT")));

    LockedException e = assertThrows(LockedException.class, () -> client.customers().get("c1"));

    assertEquals(Duration.ofSeconds(42), e.retryAfter().orElseThrow());
  }

  @Test
  void noRetryAfterIsEmpty() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));

    InternalServerErrorException e = assertThrows(InternalServerErrorException.class, () -> client.customers().get("c1"));

    assertTrue(e.retryAfter().isEmpty());
  }

  @Test
  void errorUrlOmitsTheQuery() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400)));

    BadRequestException e = assertThrows(BadRequestException.class,
        () -> client.subscribers().listPage(SubscriberListParams.builder().email("ann@example.com").build()));

    assertEquals(baseUrl() + "/wholesale/subscribers", e.url());
    assertFalse(e.getMessage().contains("ann@example.com"));
  }

  @Test
  void connectionResetIsATransportException() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    TransportException e = assertThrows(TransportException.class, () -> client.customers().get("c1"));

    assertEquals(TransportException.Kind.RESET, e.kind());
    assertTrue(e.mayHaveReachedServer());
  }

  @Test
  void refusedConnectionIsAConnectFailure() {
    int port = wm.port();
    wm.stop();
    try (WholesaleClient closed = clientBuilder().baseUrl("http://127.0.0.1:" + port + "/v1")
        .retryPolicy(RetryPolicy.none()).build()) {
      TransportException e = assertThrows(TransportException.class, () -> closed.customers().get("c1"));
      assertEquals(TransportException.Kind.CONNECT, e.kind());
      assertFalse(e.mayHaveReachedServer());
      assertInstanceOf(java.io.IOException.class, e.getCause());
    }
  }

  @Test
  void hugeErrorBodiesAreCutShort() {
    String huge = "x".repeat(1_000_000);
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(502).withBody(huge)));

    BadGatewayException e = assertThrows(BadGatewayException.class, () -> client.customers().get("c1"));

    assertEquals(256 * 1024, e.rawBody().length());
    assertTrue(e.getMessage().length() < 300, "the message abbreviates the body");
  }

  @Test
  void ioFailuresAreClassified() {
    assertEquals(TransportException.Kind.CONNECT, TransportException.kindOf(new java.net.ConnectException("refused")));
    assertEquals(TransportException.Kind.CONNECT, TransportException.kindOf(new java.net.UnknownHostException("x")));
    assertEquals(TransportException.Kind.CONNECT,
        TransportException.kindOf(new java.net.SocketTimeoutException("Connect timed out")));
    assertEquals(TransportException.Kind.TIMEOUT, TransportException.kindOf(new java.net.SocketTimeoutException("timeout")));
    assertEquals(TransportException.Kind.TIMEOUT, TransportException.kindOf(new java.io.InterruptedIOException("timeout")));
    assertEquals(TransportException.Kind.RESET, TransportException.kindOf(new java.net.SocketException("Connection reset")));
    assertEquals(TransportException.Kind.RESET,
        TransportException.kindOf(new java.io.IOException("unexpected end of stream on http://x/...")));
    assertEquals(TransportException.Kind.OTHER, TransportException.kindOf(new java.io.IOException("Canceled")));
  }
}
