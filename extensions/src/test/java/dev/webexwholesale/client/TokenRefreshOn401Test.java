package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.webexwholesale.client.auth.InMemoryTokenStore;
import dev.webexwholesale.client.auth.OAuthClient;
import dev.webexwholesale.client.auth.RefreshingTokenProvider;
import dev.webexwholesale.client.errors.NotFoundException;
import dev.webexwholesale.client.errors.SignInRequiredException;
import dev.webexwholesale.client.errors.UnauthorizedException;
import dev.webexwholesale.testing.FakeTime;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A 401 invalidates the token, refreshes once and replays the call once; a second 401 is typed. */
class TokenRefreshOn401Test extends WireMockTestBase {
  static final String SECRET = "secret-CLIENT-0123456789";
  static final String CUSTOMER = "/v1/wholesale/customers/Y3VzdC0x";
  static final String PRECHECK = "/v1/wholesale/subscribers/validate";

  private final FakeTime time = new FakeTime();
  private final List<String> logLines = new CopyOnWriteArrayList<>();

  /** AT-old is still valid by its expiry (a day), so only a 401 can make the provider refresh. */
  private WholesaleClient oauthClient() {
    tokenGrant("RT-old", "AT-old", "RT-1");
    tokenGrant("RT-1", "AT-new", "RT-2");
    OAuthClient oauth = OAuthClient.builder().clientId("C1").clientSecret(SECRET).baseUrl(baseUrl()).time(time)
        .build();
    RefreshingTokenProvider provider = RefreshingTokenProvider.builder().oauthClient(oauth)
        .store(new InMemoryTokenStore()).refreshToken("RT-old").time(time).build();
    client.close();
    client = clientBuilder().time(time).tokenProvider(provider).httpLogger(logLines::add).build();
    return client;
  }

  private RefreshingTokenProvider refreshingProvider() {
    OAuthClient oauth = OAuthClient.builder().clientId("C1").clientSecret(SECRET).baseUrl(baseUrl()).time(time)
        .build();
    return RefreshingTokenProvider.builder().oauthClient(oauth)
        .store(new InMemoryTokenStore()).refreshToken("RT-old").time(time).build();
  }

  private void tokenGrant(String refresh, String access, String next) {
    wm.stubFor(post(urlEqualTo("/v1/access_token")).withRequestBody(containing("refresh_token=" + refresh))
        .willReturn(okJson("{\"access_token\":\"" + access + "\",\"expires_in\":86400,\"refresh_token\":\"" + next
            + "\",\"refresh_token_expires_in\":7776000,\"token_type\":\"Bearer\"}")));
  }

  private void answers(com.github.tomakehurst.wiremock.client.MappingBuilder request, String token, int status,
      String body) {
    wm.stubFor(request.withHeader("Authorization", equalTo("Bearer " + token))
        .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
  }

  private static final String UNAUTHORIZED = "{\"message\":\"The request requires a valid access token.\","
      + "\"trackingId\":\"T401\"}";

  private List<LoggedRequest> apiRequests() {
    return requests().stream().filter(r -> r.getUrl().startsWith("/v1/wholesale")).toList();
  }

  private long tokenRequests() {
    return requests().stream().filter(r -> r.getUrl().equals("/v1/access_token")).count();
  }

  @Test
  void aGetRefusedWith401IsReplayedOnceWithAFreshToken() {
    WholesaleClient c = oauthClient();
    answers(get(urlPathEqualTo(CUSTOMER)), "AT-old", 401, UNAUTHORIZED);
    answers(get(urlPathEqualTo(CUSTOMER)), "AT-new", 200, TestData.CUSTOMER_JSON);

    assertEquals("Y3VzdC0x", c.customers().get("Y3VzdC0x").getId());

    List<LoggedRequest> api = apiRequests();
    assertEquals(2, api.size());
    assertEquals("Bearer AT-old", api.get(0).getHeader("Authorization"));
    assertEquals("Bearer AT-new", api.get(1).getHeader("Authorization"));
    assertEquals(2, tokenRequests(), "the first token, then exactly one refresh after the 401");
  }

  @Test
  void aPostRefusedWith401IsReplayedOnceWithTheSameBody() {
    WholesaleClient c = oauthClient();
    answers(post(urlPathEqualTo(PRECHECK)), "AT-old", 401, UNAUTHORIZED);
    answers(post(urlPathEqualTo(PRECHECK)), "AT-new", 200, "{\"message\":\"ok\"}");

    c.subscribers().precheck(TestData.subscriberPrecheck());

    List<LoggedRequest> api = apiRequests();
    assertEquals(2, api.size());
    assertEquals("POST", api.get(1).getMethod().getName());
    assertEquals(api.get(0).getBodyAsString(), api.get(1).getBodyAsString());
    assertTrue(api.get(1).getBodyAsString().contains("ann@example.com"));
    assertEquals("Bearer AT-new", api.get(1).getHeader("Authorization"));
    assertEquals(2, tokenRequests());
  }

  @Test
  void aRemoval404AfterA401IsNotFoundNotARemovalByTheRefusedAttempt() {
    oauthClient().close(); // stubs the token grants
    List<ResponseMetadata> seen = new CopyOnWriteArrayList<>();
    client = clientBuilder().time(time).tokenProvider(refreshingProvider()).responseListener(seen::add).build();
    WholesaleClient c = client;
    answers(com.github.tomakehurst.wiremock.client.WireMock.delete(urlPathEqualTo(CUSTOMER)), "AT-old", 401,
        UNAUTHORIZED);
    answers(com.github.tomakehurst.wiremock.client.WireMock.delete(urlPathEqualTo(CUSTOMER)), "AT-new", 404,
        "{\"message\":\"Customer not found\",\"trackingId\":\"T404\"}");

    // The 401 was refused before processing: the 404 is not "removed by an earlier attempt".
    NotFoundException e = assertThrows(NotFoundException.class, () -> c.customers().remove("Y3VzdC0x"));

    assertEquals(1, e.attempts(), "the replay after the refresh counts its own attempts");
    assertEquals(2, apiRequests().size());
    assertEquals(1, seen.size());
    assertEquals(2, seen.get(0).attempts(), "the listener still sees every attempt of the call");
  }

  @Test
  void aSecond401IsUnauthorizedExceptionAfterOneRefreshAndOneReplay() {
    WholesaleClient c = oauthClient();
    wm.stubFor(get(urlPathEqualTo(CUSTOMER)).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withBody(UNAUTHORIZED)));

    UnauthorizedException e = assertThrows(UnauthorizedException.class, () -> c.customers().get("Y3VzdC0x"));

    assertEquals(401, e.statusCode());
    assertEquals(2, apiRequests().size(), "one replay, no more");
    assertEquals(2, tokenRequests(), "one refresh, no more");
  }

  @Test
  void aProvisionPostIsReplayedOnlyOnceToo() {
    WholesaleClient c = oauthClient();
    wm.stubFor(post(urlPathEqualTo("/v1/wholesale/subscribers")).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withBody(UNAUTHORIZED)));

    assertThrows(UnauthorizedException.class, () -> c.subscribers().provision(TestData.subscriberProvision()));

    assertEquals(2, apiRequests().size());
  }

  @Test
  void aDeadRefreshTokenDuringTheReplayIsSignInRequired() {
    WholesaleClient c = oauthClient();
    wm.stubFor(post(urlEqualTo("/v1/access_token")).withRequestBody(containing("refresh_token=RT-1"))
        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
            .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"expired\"}")));
    answers(get(urlPathEqualTo(CUSTOMER)), "AT-old", 401, UNAUTHORIZED);

    SignInRequiredException e = assertThrows(SignInRequiredException.class, () -> c.customers().get("Y3VzdC0x"));

    assertTrue(e.getMessage().contains("sign in again"), e.getMessage());
    assertEquals(1, apiRequests().size(), "nothing is replayed without a token");
  }

  @Test
  void hundredThreadsRefusedTogetherCauseOneRefresh() throws Exception {
    WholesaleClient c = oauthClient();
    answers(get(urlPathEqualTo(CUSTOMER)), "AT-old", 401, UNAUTHORIZED);
    answers(get(urlPathEqualTo(CUSTOMER)), "AT-new", 200, TestData.CUSTOMER_JSON);
    c.customers().get("Y3VzdC0x"); // warm up: AT-old refused once, AT-new fetched
    wm.resetRequests();
    // Start over with AT-new refused, so 100 threads see the 401 for the same token.
    wm.resetMappings();
    tokenGrant("RT-2", "AT-newest", "RT-3");
    answers(get(urlPathEqualTo(CUSTOMER)), "AT-new", 401, UNAUTHORIZED);
    answers(get(urlPathEqualTo(CUSTOMER)), "AT-newest", 200, TestData.CUSTOMER_JSON);

    ExecutorService pool = Executors.newFixedThreadPool(100);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<String>> ids = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        ids.add(pool.submit(() -> {
          start.await();
          return c.customers().get("Y3VzdC0x").getId();
        }));
      }
      start.countDown();
      for (Future<String> f : ids) {
        assertEquals("Y3VzdC0x", f.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, tokenRequests(), "one refresh for all 100 refusals");
  }

  @Test
  void aPlainSupplierIsNotRefreshedOn401() {
    wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(401).withBody(UNAUTHORIZED)));

    assertThrows(UnauthorizedException.class, () -> client.customers().get("Y3VzdC0x"));

    assertEquals(1, requests().size(), "no replay, no token call");
  }

  @Test
  void noSecretReachesTheLogOrTheErrors() {
    WholesaleClient c = oauthClient();
    wm.stubFor(get(urlPathEqualTo(CUSTOMER)).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withBody(UNAUTHORIZED)));

    UnauthorizedException e = assertThrows(UnauthorizedException.class, () -> c.customers().get("Y3VzdC0x"));

    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String everything = String.join("\n", logLines) + trace + c + e;
    assertFalse(logLines.isEmpty());
    for (String secret : List.of(SECRET, "AT-old", "AT-new", "RT-old", "RT-1", "RT-2")) {
      assertFalse(everything.contains(secret), secret + " leaked:\n" + everything);
    }
  }
  /** Hands out AT-old until it is refused, then AT-new. */
  static final class SwitchingProvider implements dev.webexwholesale.client.auth.TokenProvider {
    volatile String token = "AT-old";

    @Override
    public String accessToken() {
      return token;
    }

    @Override
    public void invalidate(String rejected) {
      token = "AT-new";
    }
  }

  @Test
  void theReplayAfterA401KeepsTheCallsDeadline() {
    // 503 (Retry-After 4 s) -> wait 4 s -> 401 -> replay -> 503 (Retry-After 4 s). With a 6 s
    // call timeout only 2 s are left at the replay: it must not wait 4 s more as if the call
    // had started again, but end with the last answer.
    client.close();
    client = clientBuilder().time(time).tokenProvider(new SwitchingProvider())
        .callTimeout(java.time.Duration.ofSeconds(6)).build();
    String s = "deadline";
    wm.stubFor(get(urlPathEqualTo(CUSTOMER)).inScenario(s).whenScenarioStateIs(
        com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "4")).willSetStateTo("401"));
    wm.stubFor(get(urlPathEqualTo(CUSTOMER)).inScenario(s).whenScenarioStateIs("401")
        .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody(UNAUTHORIZED))
        .willSetStateTo("busy again"));
    wm.stubFor(get(urlPathEqualTo(CUSTOMER)).inScenario(s).whenScenarioStateIs("busy again")
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "4")).willSetStateTo("ok"));
    wm.stubFor(get(urlPathEqualTo(CUSTOMER)).inScenario(s).whenScenarioStateIs("ok")
        .willReturn(okJson(TestData.CUSTOMER_JSON)));

    assertThrows(dev.webexwholesale.client.errors.ServiceUnavailableException.class,
        () -> client.customers().get("Y3VzdC0x"));

    assertEquals(3, wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(anyUrl())).size());
    assertEquals(List.of(java.time.Duration.ofSeconds(4)), time.sleeps(), "one 4 s wait, the one that fit");
  }
}
