package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientBuilderTest extends WireMockTestBase {

  @BeforeEach
  void answerEverything() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{}")));
  }

  @Test
  void defaultsPointAtWebex() {
    try (WholesaleClient c = WholesaleClient.builder().accessToken("t").build()) {
      assertEquals("https://webexapis.com/v1/", c.baseUrl());
      assertEquals(4, c.retryPolicy().maxAttempts());
      assertSame(Time.system(), c.time());
      assertEquals(120_000, c.httpClient().callTimeoutMillis());
      assertFalse(c.httpClient().followRedirects());
      assertTrue(c.httpClient().retryOnConnectionFailure());
      assertEquals(10_000, c.httpClient().connectTimeoutMillis());
      assertEquals(60_000, c.httpClient().readTimeoutMillis());
    }
  }

  @Test
  void baseUrlWorksWithOrWithoutTrailingSlash() {
    try (WholesaleClient slash = clientBuilder().baseUrl(baseUrl() + "/").build()) {
      slash.customers().get("c1");
    }
    client.customers().get("c2");

    assertTrue(requests().stream().allMatch(r -> r.getUrl().startsWith("/v1/wholesale/customers/c")));
  }

  @Test
  void okHttpKeepsItsRouteFallbackButNeverFollowsRedirects() {
    // Route fallback stays on (POST bodies are one-shot: see OneShotPostTest); redirects are off.
    assertTrue(client.onBehalfOf("s").httpClient().retryOnConnectionFailure());
    assertFalse(client.onBehalfOf("s").httpClient().followRedirects());
    assertFalse(client.onBehalfOf("s").httpClient().followSslRedirects());
  }

  @Test
  void aCallerSuppliedOkHttpClientWithoutCallTimeoutStillGetsOne() {
    try (WholesaleClient c = clientBuilder().httpClient(new OkHttpClient()).build();
         WholesaleClient own = clientBuilder().httpClient(new OkHttpClient.Builder()
             .callTimeout(Duration.ofSeconds(30)).build()).build()) {
      assertEquals(120_000, c.httpClient().callTimeoutMillis());
      assertEquals(30_000, own.httpClient().callTimeoutMillis());
    }
  }

  @Test
  void aCallerSuppliedOkHttpClientIsSharedAndNotShutDown() throws Exception {
    OkHttpClient mine = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(5)).build();
    try (WholesaleClient c = clientBuilder().httpClient(mine).connectTimeout(Duration.ofSeconds(3)).build()) {
      c.customers().get("c1");
      assertSame(mine.connectionPool(), c.httpClient().connectionPool());
      assertEquals(5_000, c.httpClient().readTimeoutMillis(), "the caller's own setting is kept");
      assertEquals(3_000, c.httpClient().connectTimeoutMillis(), "an explicit builder setting wins");
    }
    assertTrue(mine.interceptors().isEmpty(), "the caller's client is not modified");
    try (Response r = mine.newCall(new Request.Builder().url(baseUrl() + "/ping").build()).execute()) {
      assertEquals(200, r.code(), "still usable after the WholesaleClient was closed");
    }
    assertFalse(mine.dispatcher().executorService().isShutdown());
  }

  @Test
  void closingAnOwningClientShutsItsDispatcherDown() {
    WholesaleClient c = clientBuilder().build();
    c.customers().get("c1");
    c.close();

    assertTrue(c.httpClient().dispatcher().executorService().isShutdown());
  }

  @Test
  void overPlainHttpTheApiStackSetsUpNoTlsButAnHttpsClientKeepsIt() {
    WholesaleClient plain = WholesaleClient.builder().baseUrl(baseUrl()).accessToken(TOKEN).build();
    WholesaleClient tls = WholesaleClient.builder().accessToken(TOKEN).build();
    try {
      assertEquals(java.util.List.of(okhttp3.ConnectionSpec.CLEARTEXT), plain.httpClient().connectionSpecs());
      assertTrue(tls.httpClient().connectionSpecs().stream().anyMatch(okhttp3.ConnectionSpec::isTls));
      // and the cleartext stack still answers
      wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
          .withBody("{\"id\":\"c1\"}")));
      assertEquals("c1", plain.customers().get("c1").getId());
    } finally {
      plain.close();
      tls.close();
    }
  }
}
