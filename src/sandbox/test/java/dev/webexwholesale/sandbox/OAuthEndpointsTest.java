package dev.webexwholesale.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.webexwholesale.testing.FakeTime;
import java.io.IOException;
import java.time.Duration;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sandbox's /v1/authorize and /v1/access_token at the HTTP level. */
class OAuthEndpointsTest {
  private static final String REDIRECT = "http://127.0.0.1:9/callback";
  private final FakeTime time = new FakeTime();
  private final OkHttpClient http = new OkHttpClient.Builder().followRedirects(false).build();
  private WholesaleSandbox sandbox;

  @AfterEach
  void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private WholesaleSandbox start(boolean rotate) {
    sandbox = WholesaleSandbox.builder().clock(time).oauthClient("C1", "S1")
        .oauthTokens(Duration.ofHours(1), Duration.ofDays(2), rotate).build().start();
    return sandbox;
  }

  private Response get(HttpUrl url) throws IOException {
    return http.newCall(new Request.Builder().url(url).build()).execute();
  }

  private record Answer(int status, JsonObject json) {}

  private Answer token(FormBody form, String basicAuth) throws IOException {
    Request.Builder r = new Request.Builder().url(sandbox.baseUrl() + "/access_token").post(form);
    if (basicAuth != null) {
      r.header("Authorization", basicAuth);
    }
    try (Response response = http.newCall(r.build()).execute()) {
      return new Answer(response.code(), JsonParser.parseString(response.body().string()).getAsJsonObject());
    }
  }

  private HttpUrl authorize(String clientId) {
    return HttpUrl.get(sandbox.baseUrl() + "/authorize").newBuilder().addQueryParameter("client_id", clientId)
        .addQueryParameter("response_type", "code").addQueryParameter("redirect_uri", REDIRECT)
        .addQueryParameter("state", "st ate/1").build();
  }

  @Test
  void authorizeRedirectsAtOnceWithACodeAndTheState() throws IOException {
    start(true);
    try (Response r = get(authorize("C1"))) {
      assertEquals(302, r.code());
      HttpUrl location = HttpUrl.get(r.header("Location"));
      assertEquals(REDIRECT, location.newBuilder().query(null).build().toString());
      assertEquals("st ate/1", location.queryParameter("state"));
      assertNotNull(location.queryParameter("code"));
    }
    try (Response r = get(authorize("someone-else"))) {
      assertEquals(400, r.code());
      assertTrue(r.body().string().contains("invalid_client"));
    }
  }

  @Test
  void theCodeIsGoodOnceForItsRedirectUriAndBasicCredentialsWork() throws IOException {
    start(true);
    String code;
    try (Response r = get(authorize("C1"))) {
      code = HttpUrl.get(r.header("Location")).queryParameter("code");
    }
    FormBody wrongRedirect = new FormBody.Builder().add("grant_type", "authorization_code").add("code", code)
        .add("redirect_uri", "http://127.0.0.1:9/other").build();
    assertEquals("invalid_grant", token(wrongRedirect, Credentials.basic("C1", "S1")).json().get("error").getAsString());

    try (Response r = get(authorize("C1"))) {
      code = HttpUrl.get(r.header("Location")).queryParameter("code");
    }
    FormBody exchange = new FormBody.Builder().add("grant_type", "authorization_code").add("code", code)
        .add("redirect_uri", REDIRECT).build();
    Answer ok = token(exchange, Credentials.basic("C1", "S1"));
    assertEquals(200, ok.status(), ok.toString());
    assertEquals(3600, ok.json().get("expires_in").getAsLong());
    assertEquals(172800, ok.json().get("refresh_token_expires_in").getAsLong());
    assertEquals("Bearer", ok.json().get("token_type").getAsString());
    assertEquals(400, token(exchange, Credentials.basic("C1", "S1")).status(), "used once");
  }

  @Test
  void clientCredentialsAndGrantTypeAreChecked() throws IOException {
    start(true);
    String refresh = sandbox.oauth().issueRefreshToken();

    Answer wrongSecret = token(new FormBody.Builder().add("grant_type", "refresh_token").add("refresh_token", refresh)
        .add("client_id", "C1").add("client_secret", "nope").build(), null);
    Answer wrongGrant = token(new FormBody.Builder().add("grant_type", "password").add("client_id", "C1")
        .add("client_secret", "S1").build(), null);

    assertEquals(401, wrongSecret.status());
    assertEquals("invalid_client", wrongSecret.json().get("error").getAsString());
    assertEquals(400, wrongGrant.status());
    assertEquals("unsupported_grant_type", wrongGrant.json().get("error").getAsString());
    assertEquals(0, sandbox.oauth().refreshGrants());
  }

  @Test
  void withoutRotationTheRefreshTokenStaysAndItsLifetimeRunsDown() throws IOException {
    start(false);
    String refresh = sandbox.oauth().issueRefreshToken();
    FormBody form = new FormBody.Builder().add("grant_type", "refresh_token").add("refresh_token", refresh)
        .add("client_id", "C1").add("client_secret", "S1").build();
    time.advance(Duration.ofDays(1));

    Answer a = token(form, null);

    assertEquals(refresh, a.json().get("refresh_token").getAsString());
    assertEquals(86400, a.json().get("refresh_token_expires_in").getAsLong());
    time.advance(Duration.ofDays(1));
    assertEquals("invalid_grant", token(form, null).json().get("error").getAsString(), "expired by the clock");
  }

  @Test
  void withoutOAuthTheEndpointsDoNotExistAndAnyTokenIsAccepted() throws IOException {
    sandbox = WholesaleSandbox.builder().build().start();
    try (Response r = http.newCall(new Request.Builder().url(authorize("C1"))
        .header("Authorization", "Bearer anything").build()).execute()) {
      assertEquals(404, r.code());
    }
    try (Response r = http.newCall(new Request.Builder().url(sandbox.baseUrl() + "/wholesale/customers")
        .header("Authorization", "Bearer anything").build()).execute()) {
      assertEquals(200, r.code());
    }
  }
}
