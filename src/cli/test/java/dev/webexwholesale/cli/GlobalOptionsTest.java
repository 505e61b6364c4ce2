package dev.webexwholesale.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class GlobalOptionsTest extends CliWireMockTestBase {
  static final String CUSTOMERS = "/v1/wholesale/customers";

  @Test
  void tokenComesFromTheEnvironmentUnlessGivenOnTheCommandLine() {
    wm.stubFor(get(urlPathEqualTo(CUSTOMERS)).willReturn(okJson("{\"items\":[]}")));

    assertEquals(0, run("customers", "list").exitCode());
    assertEquals(0, run("--token", "other-token", "customers", "list").exitCode());

    assertEquals("Bearer " + TOKEN, requests().get(0).getHeader("Authorization"));
    assertEquals("Bearer other-token", requests().get(1).getHeader("Authorization"));
  }

  @Test
  void callTimeoutBoundsACallWhoseBodyTrickles() {
    // The whole body arrives, but only over 1.5 s: within the default bound, past a 300 ms one.
    wm.stubFor(get(urlPathEqualTo(CUSTOMERS + "/Y3VzdC0x")).willReturn(okJson("{\"id\":\"Y3VzdC0x\"}")
        .withChunkedDribbleDelay(4, 1500)));

    CliRunner.Result bounded = run("customers", "get", "Y3VzdC0x", "--call-timeout", "300ms");

    assertEquals(1, bounded.exitCode(), bounded::toString);
    assertTrue(bounded.stderr().contains("(TIMEOUT)"), bounded::toString);
    assertEquals("", bounded.stdout(), bounded::toString);
    assertEquals(0, run("customers", "get", "Y3VzdC0x").exitCode(), "the default bound lets it finish");
  }

  @Test
  void missingTokenIsAUsageErrorAndSendsNothing() {
    cli.env.clear();

    CliRunner.Result r = run("customers", "list");

    assertEquals(2, r.exitCode(), r::toString);
    assertEquals("error: no access token: pass --token or set WEBEX_ACCESS_TOKEN\n", r.stderr());
    assertEquals(0, requests().size());
  }

  @Test
  void subPartnerScopesEveryCustomerCallButNotTheSubPartnerList() {
    wm.stubFor(get(urlPathEqualTo(CUSTOMERS)).willReturn(okJson("{\"items\":[]}")));
    wm.stubFor(get(urlPathEqualTo(CUSTOMERS + "/Y3VzdC0x")).willReturn(okJson(customer("Y3VzdC0x", "provisioned", ""))));
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/subPartners")).willReturn(okJson(
        "{\"subPartners\":[{\"orgId\":\"U1A=\",\"provisioningState\":\"active\",\"futureField\":1}]}")));

    assertEquals(0, run("--sub-partner", "U1A=", "customers", "list").exitCode());
    assertEquals(0, run("--sub-partner", "U1A=", "customers", "get", "Y3VzdC0x").exitCode());
    CliRunner.Result sp = run("--sub-partner", "U1A=", "sub-partners", "list", "--provisioning-state", "active");

    wm.verify(getRequestedFor(urlPathEqualTo(CUSTOMERS)).withQueryParam("onBehalfOfSubPartnerOrgId", equalTo("U1A=")));
    wm.verify(getRequestedFor(urlPathEqualTo(CUSTOMERS + "/Y3VzdC0x"))
        .withQueryParam("onBehalfOfSubPartnerOrgId", equalTo("U1A=")));
    wm.verify(getRequestedFor(urlPathEqualTo("/v1/wholesale/subPartners"))
        .withQueryParam("onBehalfOfSubPartnerOrgId", absent()).withQueryParam("provisioningState", equalTo("active")));
    assertEquals(JsonParser.parseString("[{\"orgId\":\"U1A=\",\"provisioningState\":\"active\",\"futureField\":1}]"),
        sp.json());
  }

  @Test
  void verboseLogsEachExchangeToStderrWithTheTokenRedacted() {
    wm.stubFor(get(urlPathEqualTo(CUSTOMERS + "/Y3VzdC0x")).willReturn(okJson(customer("Y3VzdC0x", "provisioned", ""))
        .withHeader("trackingid", "TRACK_1")));

    CliRunner.Result r = run("--verbose", "customers", "get", "Y3VzdC0x");

    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.stderr().contains("--> GET " + baseUrl() + "/wholesale/customers/Y3VzdC0x"), r::toString);
    assertTrue(r.stderr().contains("Authorization: <redacted>"), r::toString);
    assertTrue(r.stderr().contains("<-- 200 GET"), r::toString);
    assertTrue(r.stderr().contains("trackingid: TRACK_1"), r::toString);
    assertFalse(r.stderr().contains(TOKEN) || r.stdout().contains(TOKEN), r::toString);
    assertEquals("Y3VzdC0x", r.json().getAsJsonObject().get("id").getAsString(), "stdout stays pure JSON");
  }

  @Test
  void theTokenNeverAppearsEvenWhenPicocliEchoesAnArgument() {
    CliRunner.Result r = run("customers", "get", "a", TOKEN);

    assertEquals(2, r.exitCode(), r::toString);
    assertFalse(r.stderr().contains(TOKEN), r::toString);
    assertTrue(r.stderr().contains("<redacted>"), r::toString);
  }

  @Test
  void usageErrorsExitTwo() {
    CliRunner.Result unknown = run("customers", "lst");
    CliRunner.Result badDuration = run("customers", "await", "X", "--timeout", "soon");
    CliRunner.Result zeroDuration = run("customers", "await", "X", "--interval", "0s");
    CliRunner.Result noFile = run("customers", "provision", "--file", tmp.resolve("missing.json").toString());
    CliRunner.Result badJson = run("customers", "provision", "--file", file("bad.json", "{\"externalId\": "));
    CliRunner.Result notObject = run("customers", "precheck", "--file", file("arr.json", "[1]"));
    CliRunner.Result wrongShape = run("customers", "precheck", "--file", file("w.json", "{\"packages\":\"x\"}"));
    // The library's own validation: provisioning needs an externalId and an address.
    CliRunner.Result incomplete = run("customers", "provision", "--file",
        file("inc.json", "{\"provisioningId\":\"p\",\"packages\":[\"webex_calling\"]}"));

    for (CliRunner.Result r : new CliRunner.Result[] {unknown, badDuration, zeroDuration, noFile, badJson, notObject,
        wrongShape, incomplete}) {
      assertEquals(2, r.exitCode(), r::toString);
      assertTrue(r.stderr().startsWith("error: "), r::toString);
      assertEquals("", r.stdout(), r::toString);
      assertFalse(r.stderr().contains("\tat "), "no stack trace: " + r);
    }
    assertTrue(unknown.stderr().contains("Did you mean"), unknown::toString);
    assertTrue(badDuration.stderr().contains("'soon' is not a duration"), badDuration::toString);
    assertTrue(noFile.stderr().contains("cannot read request file"), noFile::toString);
    assertTrue(badJson.stderr().contains("is not valid JSON"), badJson::toString);
    assertTrue(incomplete.stderr().contains("externalId"), incomplete::toString);
    assertEquals(0, requests().size(), "nothing is sent for a usage error");
  }

  @Test
  void helpAndVersionExitZero() {
    CliRunner.Result help = cli.run("--help");
    CliRunner.Result version = cli.run("--version");

    assertEquals(0, help.exitCode());
    assertTrue(help.stdout().contains("customers") && help.stdout().contains("demo"), help::toString);
    assertTrue(help.stdout().contains("5  provisioning on hold"), help::toString);
    assertEquals(0, version.exitCode());
    assertTrue(version.stdout().startsWith("webex-wholesale "), version::toString);
  }

  @Test
  void serverErrorsAreRetriedForGetsThenExitOne() {
    wm.stubFor(get(urlPathEqualTo(CUSTOMERS + "/X")).willReturn(aResponse().withStatus(503)
        .withHeader("Content-Type", "application/json").withBody(errorBody("Try later", "T503", 1000))));

    CliRunner.Result r = run("customers", "get", "X");

    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.stderr().startsWith("error: HTTP 503 Service Unavailable: Try later [errorCode 1000"), r::toString);
    assertTrue(r.stderr().contains("(trackingId T503)"), r::toString);
    assertFalse(cli.time.sleeps().isEmpty(), "backoff went through the injected sleeper");
  }
}
