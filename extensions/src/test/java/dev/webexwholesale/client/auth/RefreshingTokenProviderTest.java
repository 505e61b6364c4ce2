package dev.webexwholesale.client.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.errors.SignInRequiredException;
import dev.webexwholesale.client.errors.TokenEndpointException;
import dev.webexwholesale.client.errors.TransportException;
import dev.webexwholesale.testing.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RefreshingTokenProviderTest {
  private static final long HOUR = 3600;

  private final FakeTime time = new FakeTime();
  private final TokenEndpointStub endpoint = new TokenEndpointStub();
  private final InMemoryTokenStore store = new InMemoryTokenStore();

  @AfterEach
  void stop() {
    endpoint.close();
  }

  private RefreshingTokenProvider provider(String initialRefreshToken) {
    return RefreshingTokenProvider.builder().oauthClient(endpoint.oauthClient(time)).store(store)
        .refreshToken(initialRefreshToken).refreshMargin(Duration.ofMinutes(5)).time(time).build();
  }

  @Test
  void refreshesOnFirstUseThenOnlyWithinTheMarginBeforeExpiry() {
    endpoint.refresh("RT0", "AT1", HOUR, "RT1");
    endpoint.refresh("RT1", "AT2", HOUR, "RT2");
    RefreshingTokenProvider p = provider("RT0");

    assertEquals("AT1", p.accessToken());
    assertEquals(1, endpoint.tokenRequests());
    time.advance(Duration.ofMinutes(54).plusSeconds(59)); // 5 min 1 s left: still fresh
    assertEquals("AT1", p.accessToken());
    assertEquals(1, endpoint.tokenRequests());
    time.advance(Duration.ofSeconds(2)); // 4 min 59 s left: inside the margin, still valid at Webex
    assertEquals("AT2", p.accessToken());
    assertEquals(2, endpoint.tokenRequests());
    assertEquals(time.instant().plusSeconds(HOUR), p.current().orElseThrow().accessTokenExpiresAt());
  }

  @Test
  void sendsTheGrantFormWithClientCredentials() {
    endpoint.refresh("RT0", "AT1", HOUR, "RT1");

    provider("RT0").accessToken();

    String form = endpoint.lastTokenRequestBody();
    assertTrue(form.contains("grant_type=refresh_token"), form);
    assertTrue(form.contains("refresh_token=RT0"), form);
    assertTrue(form.contains("client_id=" + TokenEndpointStub.CLIENT_ID), form);
    assertTrue(form.contains("client_secret=" + TokenEndpointStub.CLIENT_SECRET), form);
  }

  @Test
  void hundredThreadsFindingTheTokenStaleCauseExactlyOneRefresh() throws Exception {
    // The refresh stays in flight for a while, so the other threads arrive while it runs.
    endpoint.wm.stubFor(post(urlEqualTo(TokenEndpointStub.PATH))
        .willReturn(okJson(TokenEndpointStub.tokenJson("AT1", HOUR, "RT1")).withFixedDelay(150)));
    RefreshingTokenProvider p = provider("RT0");
    ExecutorService pool = Executors.newFixedThreadPool(100);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return p.accessToken();
        }));
      }
      start.countDown();
      Set<String> tokens = ConcurrentHashMap.newKeySet();
      for (Future<String> f : results) {
        tokens.add(f.get(30, TimeUnit.SECONDS));
      }
      assertEquals(Set.of("AT1"), tokens);
      assertEquals(1, endpoint.tokenRequests());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRotatedRefreshTokenIsSavedAndUsedForTheNextRefresh() {
    endpoint.refresh("RT0", "AT1", HOUR, "RT1");
    endpoint.refresh("RT1", "AT2", HOUR, "RT2");
    RefreshingTokenProvider p = provider("RT0");

    p.accessToken();
    assertEquals("RT1", store.load().orElseThrow().refreshToken());
    time.advance(Duration.ofHours(1));
    assertEquals("AT2", p.accessToken());

    assertTrue(endpoint.lastTokenRequestBody().contains("refresh_token=RT1"));
    assertEquals("RT2", store.load().orElseThrow().refreshToken());
    assertEquals("AT2", store.load().orElseThrow().accessToken());
  }

  @Test
  void anAnswerWithoutARefreshTokenKeepsTheCurrentOne() {
    endpoint.refresh("RT0", "AT1", HOUR, null);

    provider("RT0").accessToken();

    assertEquals("RT0", store.load().orElseThrow().refreshToken());
  }

  @Test
  void theStoresTokensWinOverTheInitialRefreshTokenAndAFreshStoredTokenNeedsNoCall() {
    store.save(new OAuthTokens("AT-stored", time.instant().plus(Duration.ofHours(2)), "RT-stored", null, "Bearer",
        null));
    endpoint.refresh("RT-stored", "AT9", HOUR, "RT9");
    RefreshingTokenProvider p = provider("RT-stale-from-env");

    assertEquals("AT-stored", p.accessToken());
    assertEquals(0, endpoint.tokenRequests());
    time.advance(Duration.ofHours(2));
    assertEquals("AT9", p.accessToken());
    assertTrue(endpoint.lastTokenRequestBody().contains("refresh_token=RT-stored"));
  }

  @Test
  void invalidatingTheCurrentTokenRefreshesOnceAndAStaleInvalidationIsIgnored() {
    endpoint.refresh("RT0", "AT1", HOUR, "RT1");
    endpoint.refresh("RT1", "AT2", HOUR, "RT2");
    RefreshingTokenProvider p = provider("RT0");
    assertEquals("AT1", p.accessToken());

    p.invalidate("AT1");
    assertEquals("AT2", p.accessToken());
    p.invalidate("AT1"); // a late report about the old token
    assertEquals("AT2", p.accessToken());

    assertEquals(2, endpoint.tokenRequests());
  }

  @Test
  void aDeadRefreshTokenIsTypedAndSaysToSignInAgain() {
    endpoint.refuse(400, "{\"error\":\"invalid_grant\",\"error_description\":\"refresh token RT0 expired\"}");

    SignInRequiredException e = assertThrows(SignInRequiredException.class, () -> provider("RT0").accessToken());

    assertEquals(400, e.status());
    assertEquals("invalid_grant", e.error());
    assertEquals("TOKEN_T1", e.trackingId());
    assertTrue(e.getMessage().contains("sign in again"), e.getMessage());
    assertFalse(e.getMessage().contains("RT0"), "the refresh token is redacted: " + e.getMessage());
    assertFalse(e.getMessage().contains(TokenEndpointStub.CLIENT_SECRET));
  }

  @Test
  void a401FromTheTokenEndpointIsADeadRefreshTokenToo() {
    endpoint.refuse(401, "{\"message\":\"The request requires a valid access token.\"}");

    SignInRequiredException e = assertThrows(SignInRequiredException.class, () -> provider("RT0").accessToken());

    assertEquals(401, e.status());
  }

  @Test
  void otherRefusalsAreTypedButDoNotAskForASignIn() {
    endpoint.refuse(400, "{\"error\":\"invalid_client\",\"error_description\":\"bad secret "
        + TokenEndpointStub.CLIENT_SECRET + "\"}");

    TokenEndpointException e = assertThrows(TokenEndpointException.class, () -> provider("RT0").accessToken());

    assertFalse(e instanceof SignInRequiredException);
    assertEquals("invalid_client", e.error());
    assertFalse(e.getMessage().contains(TokenEndpointStub.CLIENT_SECRET), e.getMessage());
  }

  @Test
  void aTokenEndpointOutageFallsBackToTheStillValidTokenButNotToAnExpiredOne() {
    endpoint.refresh("RT0", "AT1", HOUR, "RT1");
    RefreshingTokenProvider p = provider("RT0");
    p.accessToken();
    endpoint.wm.resetAll();
    endpoint.refuse(503, "{\"message\":\"down\"}");

    time.advance(Duration.ofMinutes(58)); // in the margin, not expired
    assertEquals("AT1", p.accessToken());
    time.advance(Duration.ofMinutes(2)); // expired
    TokenEndpointException e = assertThrows(TokenEndpointException.class, p::accessToken);
    assertEquals(503, e.status());
  }

  @Test
  void noAnswerIsATransportException() {
    int port = endpoint.wm.port();
    endpoint.close();
    OAuthClient oauth = OAuthClient.builder().clientId("c").clientSecret("s").baseUrl("http://127.0.0.1:" + port + "/v1")
        .time(time).build();
    RefreshingTokenProvider p = RefreshingTokenProvider.builder().oauthClient(oauth).refreshToken("RT0").time(time)
        .build();

    TransportException e = assertThrows(TransportException.class, p::accessToken);
    assertEquals(TransportException.Kind.CONNECT, e.kind());
  }

  @Test
  void withoutAnyRefreshTokenItAsksForASignIn() {
    SignInRequiredException e = assertThrows(SignInRequiredException.class, () -> provider(null).accessToken());

    assertEquals(0, endpoint.tokenRequests());
    assertTrue(e.getMessage().contains("sign in"), e.getMessage());
  }

  @Test
  void toStringsShowNoSecret() {
    OAuthTokens tokens = new OAuthTokens("AT-secret", Instant.EPOCH, "RT-secret", null, "Bearer", "s");
    RefreshingTokenProvider.Builder b = RefreshingTokenProvider.builder().oauthClient(endpoint.oauthClient(time))
        .refreshToken("RT-secret").store(new InMemoryTokenStore(tokens));

    for (Object o : new Object[] {tokens, b, b.build(), endpoint.oauthClient(time), new InMemoryTokenStore(tokens),
        OAuthClient.builder().clientId("c").clientSecret(TokenEndpointStub.CLIENT_SECRET)}) {
      String s = o.toString();
      assertFalse(s.contains("AT-secret") || s.contains("RT-secret") || s.contains(TokenEndpointStub.CLIENT_SECRET), s);
    }
    assertNull(new InMemoryTokenStore().load().orElse(null));
    assertInstanceOf(TokenProvider.class, b.build());
  }
}
