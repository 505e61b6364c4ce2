package dev.webexwholesale.client.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.errors.TokenEndpointException;
import dev.webexwholesale.client.errors.WholesaleException;
import dev.webexwholesale.testing.FakeTime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OAuthClientTest {
  private final FakeTime time = new FakeTime();
  private final TokenEndpointStub endpoint = new TokenEndpointStub();
  private final HttpClient browser = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    endpoint.close();
  }

  @Test
  void theAuthorizeUrlCarriesEveryParameterAndAFreshState() {
    OAuthClient oauth = endpoint.oauthClient(time);

    AuthorizationRequest a = oauth.authorizationRequest("http://127.0.0.1:8765/callback", OAuthClient.WHOLESALE_SCOPES);
    AuthorizationRequest b = oauth.authorizationRequest("http://127.0.0.1:8765/callback", OAuthClient.WHOLESALE_SCOPES);

    HttpUrl url = HttpUrl.parse(a.url());
    assertEquals(endpoint.baseUrl() + "/authorize", url.newBuilder().query(null).build().toString());
    assertEquals(TokenEndpointStub.CLIENT_ID, url.queryParameter("client_id"));
    assertEquals("code", url.queryParameter("response_type"));
    assertEquals("http://127.0.0.1:8765/callback", url.queryParameter("redirect_uri"));
    assertEquals(String.join(" ", OAuthClient.WHOLESALE_SCOPES), url.queryParameter("scope"));
    assertEquals(a.state(), url.queryParameter("state"));
    assertTrue(a.state().length() >= 32, a.state());
    assertNotEquals(a.state(), b.state());
    assertTrue(!a.url().contains(TokenEndpointStub.CLIENT_SECRET));
  }

  @Test
  void theCodeExchangePostsTheCodeGrantAndTimesTheExpiries() {
    endpoint.wm.stubFor(post(urlEqualTo(TokenEndpointStub.PATH)).withRequestBody(containing("grant_type=authorization_code"))
        .willReturn(okJson(TokenEndpointStub.tokenJson("AT1", 1209600, "RT1"))));

    OAuthTokens t = endpoint.oauthClient(time).exchangeCode("CODE-1", "http://127.0.0.1:8765/callback");

    String form = endpoint.lastTokenRequestBody();
    assertTrue(form.contains("code=CODE-1"), form);
    assertTrue(form.contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A8765%2Fcallback"), form);
    assertTrue(form.contains("client_secret=" + TokenEndpointStub.CLIENT_SECRET), form);
    assertEquals("AT1", t.accessToken());
    assertEquals("RT1", t.refreshToken());
    assertEquals(time.instant().plus(Duration.ofDays(14)), t.accessTokenExpiresAt());
    assertEquals(time.instant().plus(Duration.ofDays(90)), t.refreshTokenExpiresAt());
  }

  @Test
  void aRefusedCodeIsTypedWithoutEchoingTheCode() {
    endpoint.refuse(400, "{\"error\":\"invalid_grant\",\"error_description\":\"code CODE-1 already used\"}");

    TokenEndpointException e = assertThrows(TokenEndpointException.class,
        () -> endpoint.oauthClient(time).exchangeCode("CODE-1", "http://127.0.0.1:1/cb"));

    assertTrue(!e.getMessage().contains("CODE-1"), e.getMessage());
    assertEquals("invalid_grant", e.error());
  }

  @Test
  void anAnswerWithoutATokenIsTyped() {
    endpoint.wm.stubFor(post(urlEqualTo(TokenEndpointStub.PATH)).willReturn(okJson("{\"token_type\":\"Bearer\"}")));

    assertThrows(TokenEndpointException.class, () -> endpoint.oauthClient(time).refresh("RT0"));
  }

  @Test
  void absurdLifetimesAreCappedInsteadOfOverflowing() {
    endpoint.wm.stubFor(post(urlEqualTo(TokenEndpointStub.PATH)).willReturn(okJson(
        "{\"access_token\":\"AT1\",\"expires_in\":1e999999,\"refresh_token_expires_in\":-5}")));

    OAuthTokens t = endpoint.oauthClient(time).refresh("RT0");

    assertEquals(time.instant().plus(Duration.ofDays(3650)), t.accessTokenExpiresAt());
    assertEquals("RT0", t.refreshToken());
  }

  @Test
  void theListenerHandsOverTheCodeOfTheMatchingState() throws Exception {
    try (LoopbackRedirectListener listener = LoopbackRedirectListener.start(0, "/callback")) {
      assertTrue(listener.redirectUri().startsWith("http://127.0.0.1:"), listener.redirectUri());
      CompletableFuture<HttpResponse<String>> visit = visit(listener.redirectUri() + "?code=CODE-1&state=S1");

      assertEquals("CODE-1", listener.awaitCode("S1", Duration.ofSeconds(30)));
      assertEquals(200, visit.get().statusCode());
      assertTrue(!visit.get().body().contains("CODE-1"), "the page does not echo the code");
    }
  }

  @Test
  void aMismatchedStateOrARefusalFailsTheSignIn() throws Exception {
    try (LoopbackRedirectListener listener = LoopbackRedirectListener.start(0, "/callback")) {
      visit(listener.redirectUri() + "?code=FORGED&state=other").get();
      WholesaleException e = assertThrows(WholesaleException.class, () -> listener.awaitCode("S1", Duration.ofSeconds(30)));
      assertTrue(e.getMessage().contains("state does not match"), e.getMessage());
      assertTrue(!e.getMessage().contains("FORGED"));
    }
    try (LoopbackRedirectListener listener = LoopbackRedirectListener.start(0, "/callback")) {
      visit(listener.redirectUri() + "?error=access_denied&state=S1").get();
      WholesaleException e = assertThrows(WholesaleException.class, () -> listener.awaitCode("S1", Duration.ofSeconds(30)));
      assertTrue(e.getMessage().contains("access_denied"), e.getMessage());
    }
  }

  @Test
  void otherPathsAreNotTheRedirectAndTheWaitIsBounded() throws Exception {
    try (LoopbackRedirectListener listener = LoopbackRedirectListener.start(0, "/callback")) {
      String root = listener.redirectUri().replace("/callback", "/favicon.ico");
      assertEquals(404, visit(root).get().statusCode());

      WholesaleException e = assertThrows(WholesaleException.class, () -> listener.awaitCode("S1", Duration.ofMillis(1)));
      assertTrue(e.getMessage().contains("No sign-in redirect"), e.getMessage());
    }
  }

  @Test
  void scopesAndRedirectAreRequired() {
    OAuthClient oauth = endpoint.oauthClient(time);
    assertThrows(IllegalArgumentException.class, () -> oauth.authorizationRequest("http://127.0.0.1:1/cb", List.of()));
    assertThrows(IllegalArgumentException.class, () -> oauth.authorizationRequest(" ", OAuthClient.WHOLESALE_SCOPES));
    assertThrows(IllegalArgumentException.class, () -> OAuthClient.builder().clientId("c").build());
  }

  private CompletableFuture<HttpResponse<String>> visit(String url) {
    return browser.sendAsync(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

}
