package dev.webexwholesale.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.webexwholesale.client.errors.BadGatewayException;
import dev.webexwholesale.client.errors.GatewayTimeoutException;
import dev.webexwholesale.client.errors.InternalServerErrorException;
import dev.webexwholesale.client.errors.ServiceUnavailableException;
import dev.webexwholesale.client.errors.WebexApiException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every 5xx on every kind of call: the typed exception, and how many requests it took. */
class ServerErrorsTest extends FaultTestBase {
  private static final Map<Integer, Class<? extends WebexApiException>> TYPES = Map.of(
      500, InternalServerErrorException.class, 502, BadGatewayException.class,
      503, ServiceUnavailableException.class, 504, GatewayTimeoutException.class);

  static Stream<Arguments> posts() {
    return Stream.of(Operations.Post.values()).flatMap(op -> TYPES.keySet().stream().sorted().map(s -> Arguments.of(op, s)));
  }

  static Stream<Arguments> idempotents() {
    return Stream.of(Operations.Idempotent.values())
        .flatMap(op -> TYPES.keySet().stream().sorted().map(s -> Arguments.of(op, s)));
  }

  @ParameterizedTest(name = "{0} answered {1}")
  @MethodSource("posts")
  void aPostAnswered5xxIsSentOnceAndThrowsItsType(Operations.Post op, int status) {
    stub(status);

    WebexApiException e = assertThrows(WebexApiException.class, () -> op.call.accept(client));

    assertInstanceOf(TYPES.get(status), e);
    assertEquals(1, requestCount(), "the work may have been done before the server failed");
    assertEquals(List.of(), time.sleeps());
    assertEquals(status, e.statusCode());
    assertEquals("ROUTER_" + status, e.trackingId());
    assertEquals(List.of((long) status * 10), e.errorCodes());
    assertNoToken(e);
  }

  @ParameterizedTest(name = "{0} answered {1}")
  @MethodSource("idempotents")
  void anIdempotentCallIsReplayedOnGatewayFailuresButNotOnA500(Operations.Idempotent op, int status) {
    stub(status);

    WebexApiException e = assertThrows(WebexApiException.class, () -> op.call.accept(client));

    assertInstanceOf(TYPES.get(status), e);
    boolean replayed = status != 500; // 500 is a server bug: replaying will not help
    assertEquals(replayed ? MAX_ATTEMPTS : 1, requestCount());
    assertEquals(replayed ? seconds(1, 2) : List.of(), time.sleeps());
    assertEquals(op.method, e.method());
  }

  private void stub(int status) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"failed\",\"errors\":[{\"errorCode\":" + status * 10 + "}],\"trackingId\":\"ROUTER_"
            + status + "\"}")));
  }
}
