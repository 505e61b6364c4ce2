package dev.webexwholesale.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.errors.TransportException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No usable HTTP answer: reset, empty reply, a slow server. A POST may have been processed,
 * so it is sent exactly once; idempotent calls are replayed with the policy's backoff.
 */
class TransportFaultsTest extends FaultTestBase {
  // A transport deadline, not a sleep: the server holds its answer longer than the client waits.
  private static final Duration READ_TIMEOUT = Duration.ofMillis(200);
  private static final int SERVER_DELAY_MS = 1_000;

  enum Broken {
    CONNECTION_RESET(TransportException.Kind.RESET),
    EMPTY_REPLY(TransportException.Kind.RESET),
    SLOWER_THAN_READ_TIMEOUT(TransportException.Kind.TIMEOUT);

    final TransportException.Kind kind;

    Broken(TransportException.Kind kind) {
      this.kind = kind;
    }

    ResponseDefinitionBuilder answer() {
      switch (this) {
        case CONNECTION_RESET: return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
        case EMPTY_REPLY: return aResponse().withFault(Fault.EMPTY_RESPONSE);
        default: return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody("{}").withFixedDelay(SERVER_DELAY_MS);
      }
    }
  }

  static Stream<Arguments> posts() {
    return Stream.of(Operations.Post.values())
        .flatMap(op -> Stream.of(Broken.values()).map(b -> Arguments.of(op, b)));
  }

  static Stream<Arguments> idempotents() {
    return Stream.of(Operations.Idempotent.values())
        .flatMap(op -> Stream.of(Broken.values()).map(b -> Arguments.of(op, b)));
  }

  @ParameterizedTest(name = "{0} after {1}")
  @MethodSource("posts")
  void aPostIsSentExactlyOnceAfterAnAmbiguousFailure(Operations.Post op, Broken broken) {
    wm.stubFor(any(anyUrl()).willReturn(broken.answer()));

    TransportException e = assertThrows(TransportException.class, () -> op.call.accept(client(broken)));

    assertEquals(1, requestCount(), "a replayed POST could provision twice");
    assertEquals(List.of(), time.sleeps());
    assertEquals(broken.kind, e.kind(), e.getMessage());
    assertTrue(e.mayHaveReachedServer());
    assertEquals("POST", e.method());
    assertTrue(e.url().endsWith(op.path), e.url());
    assertTrue(e.getMessage().startsWith("POST http://127.0.0.1:"), e.getMessage());
    assertNoToken(e);
  }

  @ParameterizedTest(name = "{0} after {1}")
  @MethodSource("idempotents")
  void anIdempotentCallIsReplayedUpToMaxAttemptsWithBackoff(Operations.Idempotent op, Broken broken) {
    wm.stubFor(any(anyUrl()).willReturn(broken.answer()));

    TransportException e = assertThrows(TransportException.class, () -> op.call.accept(client(broken)));

    assertEquals(MAX_ATTEMPTS, requestCount());
    assertEquals(seconds(1, 2), time.sleeps(), "exponential backoff, recorded not slept");
    assertEquals(broken.kind, e.kind(), e.getMessage());
    assertEquals(op.method, e.method());
    assertTrue(e.url().endsWith(op.path), e.url());
    assertNoToken(e);
  }

  private WholesaleClient client(Broken broken) {
    if (broken != Broken.SLOWER_THAN_READ_TIMEOUT) {
      return client;
    }
    client.close();
    client = clientBuilder().readTimeout(READ_TIMEOUT).build();
    return client;
  }
}
