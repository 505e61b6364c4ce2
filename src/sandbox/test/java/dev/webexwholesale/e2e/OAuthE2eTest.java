package dev.webexwholesale.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.auth.AuthorizationRequest;
import dev.webexwholesale.client.auth.InMemoryTokenStore;
import dev.webexwholesale.client.auth.LoopbackRedirectListener;
import dev.webexwholesale.client.auth.OAuthClient;
import dev.webexwholesale.client.auth.OAuthTokens;
import dev.webexwholesale.client.auth.RefreshingTokenProvider;
import dev.webexwholesale.client.errors.SignInRequiredException;
import dev.webexwholesale.client.errors.TokenEndpointException;
import dev.webexwholesale.client.errors.UnauthorizedException;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import dev.webexwholesale.testing.FakeTime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Both OAuth grants, expiring tokens and the 401 refresh, end to end through the sandbox. */
class OAuthE2eTest {
  static final String CLIENT_ID = "C-sandbox-integration";
  static final String CLIENT_SECRET = "sandbox-CLIENT-secret-42";

  private final FakeTime time = new FakeTime();
  private final WholesaleSandbox sandbox = WholesaleSandbox.builder().clock(time).provisioningPolls(0)
      .oauthClient(CLIENT_ID, CLIENT_SECRET).oauthTokens(Duration.ofHours(1), Duration.ofDays(90), true)
      .build().start();
  private final OAuthClient oauth = OAuthClient.builder().clientId(CLIENT_ID).clientSecret(CLIENT_SECRET)
      .baseUrl(sandbox.baseUrl()).time(time).build();

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private WholesaleClient clientWith(RefreshingTokenProvider provider) {
    return WholesaleClient.builder().baseUrl(sandbox.baseUrl()).time(time).tokenProvider(provider)
        .build();
  }

  private RefreshingTokenProvider provider(InMemoryTokenStore store, String refreshToken) {
    return RefreshingTokenProvider.builder().oauthClient(oauth).store(store).refreshToken(refreshToken)
        .refreshMargin(Duration.ofMinutes(5)).time(time).build();
  }

  @Test
  void theCodeGrantSignsInWithoutABrowserAndTheTokensWork() throws Exception {
    OAuthTokens tokens;
    try (LoopbackRedirectListener listener = LoopbackRedirectListener.start(0, "/callback")) {
      AuthorizationRequest auth = oauth.authorizationRequest(listener.redirectUri(), OAuthClient.WHOLESALE_SCOPES);
      // Stands in for the browser: the sandbox's /authorize redirects at once to the listener.
      CompletableFuture<HttpResponse<String>> browser = HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NORMAL).build()
          .sendAsync(HttpRequest.newBuilder(URI.create(auth.url())).build(), HttpResponse.BodyHandlers.ofString());

      String code = listener.awaitCode(auth.state(), Duration.ofSeconds(30));
      tokens = oauth.exchangeCode(code, listener.redirectUri());
      assertEquals(200, browser.get().statusCode());
      assertThrows(TokenEndpointException.class, () -> oauth.exchangeCode(code, listener.redirectUri()),
          "a code is good once");
    }

    assertEquals(time.instant().plus(Duration.ofHours(1)), tokens.accessTokenExpiresAt());
    assertEquals(time.instant().plus(Duration.ofDays(90)), tokens.refreshTokenExpiresAt());
    assertEquals(1, sandbox.oauth().codeGrants());
    try (WholesaleClient client = clientWith(provider(new InMemoryTokenStore(tokens), null))) {
      assertFalse(client.customers().list().iterator().hasNext());
    }
    assertEquals(0, sandbox.oauth().refreshGrants(), "the fresh access token needed no refresh");
  }

  @Test
  void accessTokensExpireByTheSandboxClock() {
    String token = sandbox.oauth().issueAccessToken();
    try (WholesaleClient client = WholesaleClient.builder().baseUrl(sandbox.baseUrl()).accessToken(token)
        .time(time).build()) {
      client.customers().list().iterator().hasNext();
      time.advance(Duration.ofHours(1));

      assertThrows(UnauthorizedException.class, () -> client.customers().list().iterator().hasNext());
    }
  }

  @Test
  void unknownTokensAre401WhenOAuthIsOn() {
    try (WholesaleClient client = WholesaleClient.builder().baseUrl(sandbox.baseUrl()).accessToken("made-up")
        .time(time).build()) {
      assertThrows(UnauthorizedException.class, () -> client.customers().get("x"));
    }
  }

  @Test
  void theProviderRefreshesAheadOfExpiryAndTheOldRefreshTokenDies() {
    String firstRefresh = sandbox.oauth().issueRefreshToken();
    InMemoryTokenStore store = new InMemoryTokenStore();
    try (WholesaleClient client = clientWith(provider(store, firstRefresh))) {
      client.customers().list().iterator().hasNext();
      String firstAccess = store.load().orElseThrow().accessToken();
      time.advance(Duration.ofMinutes(56)); // 4 minutes left: inside the 5-minute margin
      client.customers().list().iterator().hasNext();

      assertEquals(2, sandbox.oauth().refreshGrants());
      assertNotEquals(firstAccess, store.load().orElseThrow().accessToken());
      assertNotEquals(firstRefresh, store.load().orElseThrow().refreshToken(), "the sandbox rotates");
    }
    assertThrows(SignInRequiredException.class, () -> oauth.refresh(firstRefresh), "a rotated-out token is dead");
  }

  @Test
  void aRefusedTokenIsRefreshedAndTheCallReplayedEndToEnd() {
    // The store claims a valid access token that the sandbox never issued: only the 401 reveals it.
    InMemoryTokenStore store = new InMemoryTokenStore(new OAuthTokens("never-issued", time.instant().plus(
        Duration.ofDays(1)), sandbox.oauth().issueRefreshToken(), null, "Bearer", null));
    try (WholesaleClient client = clientWith(provider(store, null))) {
      String id = client.customers().provision(E2e.customer("ext-oauth-1")).id();

      assertTrue(client.customers().get(id).getId().equals(id));
      assertEquals(1, sandbox.oauth().refreshGrants());
      assertEquals(1, sandbox.customerCount(), "the replayed POST provisioned once");
    }
  }

  @Test
  void aRevokedSignInIsSignInRequired() {
    InMemoryTokenStore store = new InMemoryTokenStore();
    try (WholesaleClient client = clientWith(provider(store, sandbox.oauth().issueRefreshToken()))) {
      client.customers().list().iterator().hasNext();
      sandbox.oauth().revokeAll();

      SignInRequiredException e = assertThrows(SignInRequiredException.class, () -> client.customers().get("x"));
      assertEquals("invalid_grant", e.error());
      assertTrue(e.getMessage().contains("sign in again"), e.getMessage());
    }
  }

  @Test
  void aWrongClientSecretIsNotMistakenForADeadRefreshToken() {
    OAuthClient wrong = OAuthClient.builder().clientId(CLIENT_ID).clientSecret("wrong").baseUrl(sandbox.baseUrl())
        .time(time).build();

    TokenEndpointException e = assertThrows(TokenEndpointException.class,
        () -> wrong.refresh(sandbox.oauth().issueRefreshToken()));

    assertFalse(e instanceof SignInRequiredException);
    assertEquals(401, e.status());
    assertEquals("invalid_client", e.error());
  }
}
