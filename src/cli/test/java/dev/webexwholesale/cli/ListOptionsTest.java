package dev.webexwholesale.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --limit vs --max, unknown filter values, the /v1 hint, progress width and retries as they happen. */
class ListOptionsTest extends CliWireMockTestBase {
  static final String CUSTOMERS = "/v1/wholesale/customers";

  private void stubTwoPages() {
    String next = baseUrl() + "/wholesale/customers?max=2&offset=2";
    wm.stubFor(get(urlPathEqualTo(CUSTOMERS)).withQueryParam("offset", WireMock.absent()).willReturn(okJson(
        "{\"items\":[" + customer("QQ==", "provisioned", "") + "," + customer("Qg==", "provisioned", "") + "]}")
        .withHeader("Link", "<" + next + ">; rel=\"next\"")));
    wm.stubFor(get(urlPathEqualTo(CUSTOMERS)).withQueryParam("offset", equalTo("2")).willReturn(okJson(
        "{\"items\":[" + customer("Qw==", "provisioned", "") + "]}")));
  }

  @Test
  void limitStopsAfterNItemsAndFetchesNoFurtherPage() {
    stubTwoPages();

    CliRunner.Result r = run("customers", "list", "--max", "2", "--limit", "1");

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(1, r.json().getAsJsonArray().size());
    assertEquals(1, requests().size(), "the second page is never fetched");
    wm.verify(getRequestedFor(urlPathEqualTo(CUSTOMERS)).withQueryParam("max", equalTo("2")));
  }

  @Test
  void maxIsOnlyThePageSize() {
    stubTwoPages();

    CliRunner.Result r = run("customers", "list", "--max", "2");

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(3, r.json().getAsJsonArray().size(), "every page is followed");
    assertEquals(2, requests().size());
  }

  @Test
  void anUnknownStatusIsSentWithAWarningNamingTheKnownValues() {
    wm.stubFor(get(urlPathEqualTo(CUSTOMERS)).willReturn(okJson("{\"items\":[]}")));
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/subscribers")).willReturn(okJson("{\"items\":[]}")));

    CliRunner.Result r = run("customers", "list", "--status", "archived");
    CliRunner.Result s = run("subscribers", "list", "--status", "suspended");

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(List.of("warning: --status 'archived' is not a value this client knows (provisioned, "
        + "provisioned_with_errors, provisioning, updating, deleting, error, pending_rpl_review); sending it as given"),
        r.errLines());
    wm.verify(getRequestedFor(urlPathEqualTo(CUSTOMERS)).withQueryParam("status", equalTo("archived")));
    assertEquals(0, s.exitCode(), s::toString);
    assertTrue(s.stderr().startsWith("warning: --status 'suspended' is not a value this client knows ("), s::toString);
    assertTrue(s.stderr().contains("provisioned") && s.stderr().contains("pending_user_migration"), s::toString);
    CliRunner.Result known = run("customers", "list", "--status", "error");
    assertEquals("", known.stderr());
  }

  @Test
  void a404FromABaseUrlWithoutV1HintsAtIt() {
    wm.stubFor(get(urlPathEqualTo("/wholesale/customers/Y3VzdC0x")).willReturn(aResponse().withStatus(404)));
    String base = "http://127.0.0.1:" + wm.port();

    CliRunner.Result r = cli.run("--base-url", base, "customers", "get", "Y3VzdC0x");

    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(1, r.errLines().size(), r::toString);
    assertTrue(r.stderr().contains("(hint: --base-url " + base + " does not end in /v1; Webex's is "
        + "https://webexapis.com/v1)"), r::toString);
    wm.stubFor(get(urlPathEqualTo(CUSTOMERS + "/bm9wZQ==")).willReturn(aResponse().withStatus(404)));
    assertFalse(run("customers", "get", "bm9wZQ==").stderr().contains("hint"), "no hint when the URL has /v1");
  }

  @Test
  void liveProgressFitsTheTerminalWithShortIds() {
    String id = "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi9hYmNkZWYtMTIzNDU2Nzg5MA";
    cli.interactive = true;
    cli.columns = 40;
    stubGetSequence(CUSTOMERS + "/" + id, customer(id, "provisioning", ""), customer(id, "provisioning", ""),
        customer(id, "provisioned", ""));

    CliRunner.Result r = run("customers", "await", id, "--interval", "2s");

    assertEquals(0, r.exitCode(), r::toString);
    String progress = r.stderr();
    assertTrue(progress.endsWith("\n") && progress.indexOf('\n') == progress.length() - 1, "one line: " + progress);
    for (String frame : progress.substring(1, progress.length() - 1).split("\r")) {
      assertTrue(frame.length() <= 39, "fits 40 columns: '" + frame + "'");
    }
    assertTrue(progress.contains("customer Y2lzY29z…: provisioned"), progress);
  }

  @Test
  void plainProgressKeepsFullIdsOneLinePerStatus() {
    String id = "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi9hYmNkZWYtMTIzNDU2Nzg5MA";
    stubGetSequence(CUSTOMERS + "/" + id, customer(id, "provisioning", ""), customer(id, "provisioning", ""),
        customer(id, "provisioned", ""));

    CliRunner.Result r = run("customers", "await", id, "--interval", "2s");

    assertEquals(List.of("customer " + id + ": provisioning (attempt 1, 0.0s)",
        "customer " + id + ": provisioned (attempt 3, 4.0s)"), r.errLines());
  }

  @Test
  void verboseShowsEachRetryAndItsWaitAsItHappens() {
    wm.stubFor(get(urlPathEqualTo(CUSTOMERS + "/X")).inScenario("retry").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3")).willSetStateTo("ok"));
    wm.stubFor(get(urlPathEqualTo(CUSTOMERS + "/X")).inScenario("retry").whenScenarioStateIs("ok")
        .willReturn(okJson(customer("X", "provisioned", ""))));

    CliRunner.Result verbose = run("--verbose", "customers", "get", "X");

    assertEquals(0, verbose.exitCode(), verbose::toString);
    List<String> lines = verbose.errLines();
    int failed = indexOf(lines, "<-- 503 GET");
    int retry = indexOf(lines, "retry: GET /v1/wholesale/customers/X answered HTTP 503 (Retry-After 3); attempt 2 in "
        + DurationConverter.format(cli.time.sleeps().get(0)));
    int ok = indexOf(lines, "<-- 200 GET");
    assertTrue(failed >= 0 && failed < retry && retry < ok, verbose::toString);
  }

  @Test
  void withoutVerboseAnHttpRetryIsQuiet() {
    wm.stubFor(get(urlPathEqualTo(CUSTOMERS + "/X")).inScenario("retry").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    wm.stubFor(get(urlPathEqualTo(CUSTOMERS + "/X")).inScenario("retry").whenScenarioStateIs("ok")
        .willReturn(okJson(customer("X", "provisioned", ""))));

    CliRunner.Result r = run("customers", "get", "X");

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("", r.stderr());
  }

  private static int indexOf(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }
}
