package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.webexwholesale.client.errors.ForeignNextLinkException;
import dev.webexwholesale.client.errors.RedirectRefusedException;
import dev.webexwholesale.client.retry.Backoff;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.testing.LogCapture;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: what the client logs through System.Logger, captured as JUL records (the JDK binds
 * System.Logger to java.util.logging by default; DEBUG arrives as FINE, TRACE as FINER).
 */
class ObservabilityLoggingTest extends WireMockTestBase {
  private static final String RETRY = "dev.webexwholesale.client.retry";
  private static final String WAIT = "dev.webexwholesale.client.wait";
  private static final String HTTP = "dev.webexwholesale.client.http";
  private static final String PAGING = "dev.webexwholesale.client.paging";
  private static final String RATE_LIMIT = "dev.webexwholesale.client.ratelimit";
  private static final String SUB_PARTNER = "SUB-ORG-QUERY-VALUE";

  private LogCapture logs;

  @BeforeEach
  void capture() {
    logs = LogCapture.at(Level.FINEST);
  }

  @AfterEach
  void release() {
    logs.close();
  }

  private void assertNoSecretOrQuery() {
    String all = logs.all();
    assertFalse(all.contains(TOKEN), all);
    assertFalse(all.contains(SUB_PARTNER), all);
    assertFalse(all.contains("onBehalfOfSubPartnerOrgId"), all);
  }

  private static List<String> messages(List<LogCapture.Line> lines) {
    return lines.stream().map(LogCapture.Line::message).collect(Collectors.toList());
  }

  @Test
  void aRetryIsLoggedAtDebugWithWhatWhyAndHowLong() {
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3")).willSetStateTo("up"));
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs("up").willReturn(okJson(TestData.CUSTOMER_JSON)));

    client.onBehalfOf(SUB_PARTNER).customers().get("c1");

    List<LogCapture.Line> retries = logs.of(RETRY);
    assertEquals(1, retries.size(), logs.all());
    assertEquals(Level.FINE, retries.get(0).level());
    assertEquals("retrying GET " + baseUrl() + "/wholesale/customers/c1 (getCustomer) after attempt 1"
        + " (status 503, Retry-After 3): attempt 2 in 3.0 s", retries.get(0).message());
    assertNoSecretOrQuery();
  }

  @Test
  void theWireLogShowsLinesAndHeadersAtDebugAndTheSameLinesReachTheHttpLogger() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1")).willReturn(okJson(TestData.CUSTOMER_JSON)
        .withHeader("WWW-Authenticate", "Bearer realm=x, token=" + TOKEN).withHeader("trackingid", "T-1")));
    List<String> sink = new CopyOnWriteArrayList<>();
    client.close();
    client = clientBuilder().httpLogger(sink::add).build();

    client.onBehalfOf(SUB_PARTNER).customers().get("c1");

    List<LogCapture.Line> debug = logs.of(HTTP).stream().filter(l -> l.level() == Level.FINE).collect(Collectors.toList());
    assertEquals(sink, messages(debug), "the httpLogger gets exactly the DEBUG lines");
    assertEquals("--> GET " + baseUrl() + "/wholesale/customers/c1", sink.get(0));
    assertTrue(sink.contains("    Authorization: <redacted>"), sink.toString());
    assertTrue(sink.stream().anyMatch(l -> l.startsWith("<-- 200 GET " + baseUrl() + "/wholesale/customers/c1 (")), sink.toString());
    assertTrue(sink.contains("    trackingid: T-1"), sink.toString());
    assertTrue(sink.contains("    WWW-Authenticate: Bearer realm=x, token=<redacted>"), sink.toString());
    List<LogCapture.Line> trace = logs.of(HTTP).stream().filter(l -> l.level() == Level.FINER).collect(Collectors.toList());
    assertEquals(List.of("<-- body: " + TestData.CUSTOMER_JSON), messages(trace));
    assertNoSecretOrQuery();
  }

  @Test
  void aLongBodyIsCutInTheTraceLineAndTheCallStillReadsAllOfIt() {
    String big = "{\"id\":\"c1\",\"pad\":\"" + "x".repeat(10_000) + "\"}";
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1")).willReturn(okJson(big)));

    assertEquals("c1", client.customers().get("c1").getId());

    List<String> trace = messages(logs.of(HTTP).stream().filter(l -> l.level() == Level.FINER)
        .collect(Collectors.toList()));
    assertEquals(1, trace.size());
    assertTrue(trace.get(0).startsWith("<-- body (first 4096 bytes): {\"id\":\"c1\""), trace.get(0));
    assertTrue(trace.get(0).length() < 4200, "capped: " + trace.get(0).length());
  }

  @Test
  void noWireLogWhenDebugIsOff() {
    logs.close();
    logs = LogCapture.at(Level.INFO);
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1")).willReturn(okJson(TestData.CUSTOMER_JSON)));

    client.customers().get("c1");

    assertEquals(List.of(), logs.lines());
  }

  @Test
  void eachPollOfAWaitIsLoggedAtDebug() {
    String path = "/v1/wholesale/customers/Y3VzdC0x";
    wm.stubFor(get(urlPathEqualTo(path)).inScenario("w").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"id\":\"Y3VzdC0x\",\"status\":\"provisioning\"}")).willSetStateTo("done"));
    wm.stubFor(get(urlPathEqualTo(path)).inScenario("w").whenScenarioStateIs("done")
        .willReturn(okJson("{\"id\":\"Y3VzdC0x\",\"status\":\"provisioned\"}")));
    WaiterConfig steady = WaiterConfig.builder().backoff(Backoff.fixed(Duration.ofSeconds(2))).build();

    assertTrue(client.onBehalfOf(SUB_PARTNER).customers().awaitProvisioned("Y3VzdC0x", steady, null).isSuccess());

    List<LogCapture.Line> waits = logs.of(WAIT);
    assertEquals(List.of(
        "customer Y3VzdC0x poll 1 after 0 ms: status provisioning -> RETRY, next poll in 2.0 s",
        "customer Y3VzdC0x poll 2 after 2.0 s: status provisioned -> SUCCESS",
        "wait ended: customer Y3VzdC0x succeeded with status provisioned after 2 attempts in PT2S"),
        messages(waits));
    assertTrue(waits.stream().allMatch(l -> l.level() == Level.FINE));
    assertNoSecretOrQuery();
  }

  @Test
  void aRefusedRedirectIsAWarningWithoutQueryOrPassword() {
    wm.stubFor(post(urlPathEqualTo("/v1/wholesale/customers")).willReturn(aResponse().withStatus(307)
        .withHeader("Location", "http://user:secret-pw@127.0.0.1:1/v1/elsewhere?x=" + SUB_PARTNER)));

    assertThrows(RedirectRefusedException.class, () -> client.customers().provision(TestData.customerProvision()));

    List<LogCapture.Line> warnings = logs.of(HTTP).stream().filter(l -> l.level() == Level.WARNING)
        .collect(Collectors.toList());
    assertEquals(List.of("refused a redirect: POST " + baseUrl() + "/wholesale/customers answered 307 to "
        + "http://127.0.0.1:1/v1/elsewhere; the client never follows redirects"), messages(warnings));
    assertFalse(logs.all().contains("secret-pw"), logs.all());
    assertTrue(messages(logs.of(HTTP)).contains("    Location: http://127.0.0.1:1/v1/elsewhere"), logs.all());
    assertNoSecretOrQuery();
  }

  @Test
  void aForeignNextLinkIsAWarningWithoutQuery() {
    wm.stubFor(get(urlEqualTo("/v1/wholesale/customers?max=2")).willReturn(okJson("{\"items\":[{\"id\":\"a\"}]}")
        .withHeader("Link", "<http://evil.example.com:" + port + "/steal?offset=" + SUB_PARTNER + ">; rel=\"next\"")));

    var it = client.customers().list(CustomerListParams.builder().max(2).build()).iterator();
    it.next();
    assertThrows(ForeignNextLinkException.class, it::hasNext);

    List<LogCapture.Line> paging = logs.of(PAGING);
    assertEquals(1, paging.size());
    assertEquals(Level.WARNING, paging.get(0).level());
    assertEquals("refused a next link to another origin: http://evil.example.com:" + port + "/steal",
        paging.get(0).message());
    assertTrue(messages(logs.of(HTTP)).contains("    Link: <http://evil.example.com:" + port + "/steal>; rel=\"next\""),
        logs.all());
    assertNoSecretOrQuery();
  }

  @Test
  void rateLimitPacingIsLoggedAtDebug() {
    wm.stubFor(any(anyUrl()).willReturn(okJson(TestData.CUSTOMER_JSON)));
    client.close();
    client = clientBuilder().rateLimit(10).build();

    client.customers().get("c1");
    client.customers().get("c1");

    List<LogCapture.Line> pacing = logs.of(RATE_LIMIT);
    assertEquals(1, pacing.size(), "the first call goes at once");
    assertEquals(Level.FINE, pacing.get(0).level());
    assertEquals("holding a request 100 ms for the client's rate limit (one request every 100 ms)",
        pacing.get(0).message());
  }

  @Test
  void everyLoggerSitsUnderTheClientsRootName() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1")).willReturn(okJson(TestData.CUSTOMER_JSON)));
    client.customers().get("c1");
    assertTrue(logs.lines().stream().allMatch(l -> l.logger().startsWith("dev.webexwholesale.client.")));
    assertFalse(logs.lines().isEmpty());
  }
}
