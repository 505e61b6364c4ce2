package dev.webexwholesale.client.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.errors.SignInRequiredException;
import dev.webexwholesale.client.errors.TokenEndpointException;
import dev.webexwholesale.client.errors.TransportException;
import dev.webexwholesale.testing.FakeTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Refresh under outage: a hanging token endpoint holds at most the one thread that refreshes;
 * a failed refresh starts a cooldown (backoff, on injected time) during which the still-valid
 * token is used or the typed failure is thrown at once; a refused refresh token re-reads the
 * store once.
 */
class RefreshCooldownTest {
  private static final long HOUR = 3600;

  private final FakeTime time = new FakeTime();
  private final TokenEndpointStub endpoint = new TokenEndpointStub();
  private final InMemoryTokenStore store = new InMemoryTokenStore();
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  @AfterEach
  void stop() {
    pool.shutdownNow();
    endpoint.close();
  }

  private RefreshingTokenProvider provider(Duration tokenEndpointTimeout) {
    OAuthClient oauth = OAuthClient.builder().clientId(TokenEndpointStub.CLIENT_ID)
        .clientSecret(TokenEndpointStub.CLIENT_SECRET).baseUrl(endpoint.baseUrl()).time(time)
        .timeout(tokenEndpointTimeout).build();
    return RefreshingTokenProvider.builder().oauthClient(oauth).store(store).refreshToken("RT0")
        .refreshMargin(Duration.ofMinutes(5)).time(time).build();
  }

  private void endpointHangs() {
    endpoint.wm.resetAll();
    endpoint.wm.stubFor(post(urlEqualTo(TokenEndpointStub.PATH))
        .willReturn(okJson(TokenEndpointStub.tokenJson("AT-late", HOUR, "RT-late")).withFixedDelay(8_000)));
  }

  @Test
  void eightThreadsInTheRefreshWindowDoNotQueueBehindAHangingRefresh() throws Exception {
    endpoint.refresh("RT0", "AT1", HOUR, "RT1");
    RefreshingTokenProvider p = provider(Duration.ofSeconds(3));
    assertEquals("AT1", p.accessToken());
    endpointHangs();
    time.advance(Duration.ofMinutes(56)); // 4 minutes left: refresh due, AT1 still taken by Webex

    CompletionService<String> calls = new ExecutorCompletionService<>(pool);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> futures = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      futures.add(calls.submit(() -> {
        start.await();
        return p.accessToken();
      }));
    }
    start.countDown();
    // Seven answer while the eighth is still inside the hanging refresh (3 s token timeout).
    for (int i = 0; i < 7; i++) {
      Future<String> done = calls.poll(2, TimeUnit.SECONDS);
      assertNotNull(done, "call " + (i + 1) + " of 7 waited for the hanging refresh");
      assertEquals("AT1", done.get());
    }
    assertEquals(1, futures.stream().filter(f -> !f.isDone()).count(), "one thread refreshes");
    Future<String> refresher = calls.poll(20, TimeUnit.SECONDS);
    assertNotNull(refresher);
    assertEquals("AT1", refresher.get(), "the failed refresh falls back to the still-valid token");
    assertEquals(1, endpoint.tokenRequests(), "one refresh for eight threads (the journal restarted at the hang)");

    // Cooling down: eight more calls use AT1 at once, none asks the hanging endpoint again.
    for (int i = 0; i < 8; i++) {
      assertEquals("AT1", p.accessToken());
    }
    assertEquals(1, endpoint.tokenRequests());
  }

  @Test
  void withAnExpiredTokenTheCooldownFailsFastWithTheTypedErrorAndBacksOff() {
    endpoint.refresh("RT0", "AT1", HOUR, "RT1");
    RefreshingTokenProvider p = provider(Duration.ofSeconds(30));
    p.accessToken();
    endpoint.wm.resetAll();
    endpoint.refuse(503, "{\"message\":\"down\"}");
    time.advance(Duration.ofHours(1)); // AT1 expired

    TokenEndpointException first = assertThrows(TokenEndpointException.class, p::accessToken);
    assertEquals(503, first.status());
    assertEquals(1, endpoint.tokenRequests());
    // Within the first cooldown (5 s): the same typed failure at once, no call.
    time.advance(Duration.ofSeconds(4));
    assertSame(first, assertThrows(TokenEndpointException.class, p::accessToken));
    assertEquals(1, endpoint.tokenRequests());
    // After it: one more try, which fails and doubles the cooldown to 10 s.
    time.advance(Duration.ofSeconds(1));
    assertThrows(TokenEndpointException.class, p::accessToken);
    assertEquals(2, endpoint.tokenRequests());
    time.advance(Duration.ofSeconds(9));
    assertThrows(TokenEndpointException.class, p::accessToken);
    assertEquals(2, endpoint.tokenRequests());
    time.advance(Duration.ofSeconds(1));
    endpoint.refresh("RT1", "AT2", HOUR, "RT2");
    assertEquals("AT2", p.accessToken(), "the endpoint is back: the cooldown is over");
    assertEquals(3, endpoint.tokenRequests());
    // A success resets the backoff: the next outage starts again at 5 s.
    time.advance(Duration.ofHours(1));
    endpoint.wm.resetAll();
    endpoint.refuse(503, "{\"message\":\"down\"}");
    assertThrows(TokenEndpointException.class, p::accessToken);
    time.advance(Duration.ofSeconds(5));
    assertThrows(TokenEndpointException.class, p::accessToken);
    assertEquals(2, endpoint.tokenRequests());
  }

  @Test
  void cooldownsDoubleUpToTwoMinutes() {
    assertEquals(Duration.ofSeconds(5), RefreshingTokenProvider.cooldown(1));
    assertEquals(Duration.ofSeconds(10), RefreshingTokenProvider.cooldown(2));
    assertEquals(Duration.ofSeconds(80), RefreshingTokenProvider.cooldown(5));
    assertEquals(Duration.ofMinutes(2), RefreshingTokenProvider.cooldown(6));
    assertEquals(Duration.ofMinutes(2), RefreshingTokenProvider.cooldown(1000));
  }

  @Test
  void aHangingEndpointWithAnExpiredTokenCostsOneTimeoutThenFailsFast() {
    endpoint.refresh("RT0", "AT1", HOUR, "RT1");
    RefreshingTokenProvider p = provider(Duration.ofSeconds(1));
    p.accessToken();
    endpointHangs();
    time.advance(Duration.ofHours(1));

    TransportException e = assertThrows(TransportException.class, p::accessToken);
    assertEquals(TransportException.Kind.TIMEOUT, e.kind());
    long start = System.nanoTime();
    for (int i = 0; i < 8; i++) {
      assertSame(e, assertThrows(TransportException.class, p::accessToken));
    }
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "no call waited for the endpoint");
    assertEquals(1, endpoint.tokenRequests());
  }

  @Test
  void whileCoolingDownTokensAnotherProcessSavedAreUsed() {
    endpoint.refresh("RT0", "AT1", HOUR, "RT1");
    RefreshingTokenProvider p = provider(Duration.ofSeconds(30));
    p.accessToken();
    endpoint.wm.resetAll();
    endpoint.refuse(503, "{\"message\":\"down\"}");
    time.advance(Duration.ofHours(1));
    assertThrows(TokenEndpointException.class, p::accessToken);

    store.save(new OAuthTokens("AT-other", time.instant().plus(Duration.ofHours(1)), "RT-other", null, "Bearer", null));

    assertEquals("AT-other", p.accessToken());
    assertEquals(1, endpoint.tokenRequests());
  }

  @Test
  void aSignInRequiredIsNotHiddenBehindTheStillValidTokenAndIsThrownAtOnceWhileCooling() {
    endpoint.refresh("RT0", "AT1", HOUR, "RT1");
    RefreshingTokenProvider p = provider(Duration.ofSeconds(30));
    p.accessToken();
    endpoint.wm.resetAll();
    endpoint.refuse(400, "{\"error\":\"invalid_grant\"}");
    time.advance(Duration.ofMinutes(56));

    SignInRequiredException e = assertThrows(SignInRequiredException.class, p::accessToken);
    assertSame(e, assertThrows(SignInRequiredException.class, p::accessToken));
    assertEquals(1, endpoint.tokenRequests(), "one refused refresh");
  }

  @Test
  void aRefusedRefreshTokenRereadsTheStoreOnceAnotherProcessMayHaveRotatedIt() {
    // The store changes while our refresh is in flight (a process that took no lock rotated).
    OAuthTokens ours = new OAuthTokens("AT-old", time.instant().minusSeconds(1), "RT-A", null, "Bearer", null);
    OAuthTokens theirs = new OAuthTokens("AT-theirs", time.instant().minusSeconds(1), "RT-B", null, "Bearer", null);
    TokenStore racing = new TokenStore() {
      @Override
      public Optional<OAuthTokens> load() {
        return Optional.of(endpoint.tokenRequests() == 0 ? ours : theirs);
      }

      @Override
      public void save(OAuthTokens tokens) {
        store.save(tokens);
      }
    };
    endpoint.wm.stubFor(post(urlEqualTo(TokenEndpointStub.PATH))
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("refresh_token=RT-A"))
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(400)
            .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_grant\"}")));
    endpoint.refresh("RT-B", "AT-B", HOUR, "RT-C");
    RefreshingTokenProvider p = RefreshingTokenProvider.builder().oauthClient(endpoint.oauthClient(time))
        .store(racing).time(time).build();

    assertEquals("AT-B", p.accessToken());
    assertEquals(2, endpoint.tokenRequests());
    assertEquals("RT-C", store.load().orElseThrow().refreshToken());
  }

  @Test
  void aRefusedRefreshTokenThatNobodyRotatedAsksForASignInAfterOneCall() {
    store.save(new OAuthTokens("AT-old", time.instant().minusSeconds(1), "RT-A", null, "Bearer", null));
    endpoint.refuse(400, "{\"error\":\"invalid_grant\"}");
    RefreshingTokenProvider p = RefreshingTokenProvider.builder().oauthClient(endpoint.oauthClient(time))
        .store(store).time(time).build();

    assertThrows(SignInRequiredException.class, p::accessToken);
    assertEquals(1, endpoint.tokenRequests());
    assertFalse(p.current().isEmpty());
  }
}
