package dev.webexwholesale.client.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.webexwholesale.client.Time;

/** A loopback WireMock answering {@code POST /v1/access_token} per refresh token sent. */
final class TokenEndpointStub implements AutoCloseable {
  static final String CLIENT_ID = "C-integration-id";
  static final String CLIENT_SECRET = "secret-CLIENT-0123456789";
  static final String PATH = "/v1/access_token";

  final WireMockServer wm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

  TokenEndpointStub() {
    wm.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + wm.port() + "/v1";
  }

  OAuthClient oauthClient(Time clock) {
    return OAuthClient.builder().clientId(CLIENT_ID).clientSecret(CLIENT_SECRET).baseUrl(baseUrl()).time(clock)
        .build();
  }

  /** Refreshing {@code refreshToken} grants {@code access} (for {@code expiresIn} s) and {@code nextRefresh}. */
  MappingBuilder refresh(String refreshToken, String access, long expiresIn, String nextRefresh) {
    MappingBuilder m = post(urlEqualTo(PATH))
        .withRequestBody(containing("grant_type=refresh_token"))
        .withRequestBody(containing("refresh_token=" + refreshToken))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody(tokenJson(access, expiresIn, nextRefresh)));
    wm.stubFor(m);
    return m;
  }

  static String tokenJson(String access, long expiresIn, String refresh) {
    return "{\"access_token\":\"" + access + "\",\"expires_in\":" + expiresIn
        + (refresh == null ? "" : ",\"refresh_token\":\"" + refresh + "\",\"refresh_token_expires_in\":7776000")
        + ",\"token_type\":\"Bearer\",\"scope\":\"spark-admin:wholesale_customers_read\"}";
  }

  void refuse(int status, String body) {
    wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withHeader("trackingid", "TOKEN_T1").withBody(body)));
  }

  int tokenRequests() {
    return wm.findAll(postRequestedFor(urlEqualTo(PATH))).size();
  }

  String lastTokenRequestBody() {
    var all = wm.findAll(postRequestedFor(urlEqualTo(PATH)));
    return all.get(all.size() - 1).getBodyAsString();
  }

  @Override
  public void close() {
    wm.stop();
  }
}
