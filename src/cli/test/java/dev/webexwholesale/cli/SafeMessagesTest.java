package dev.webexwholesale.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What reaches stderr: never a secret, never a mangled word, never a raw control character. */
class SafeMessagesTest extends CliWireMockTestBase {
  static final String CUSTOMERS = "/v1/wholesale/customers";

  private void stubNotFound(String message, String trackingId) {
    wm.stubFor(get(urlPathEqualTo(CUSTOMERS + "/Y3VzdC0x")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withHeader("trackingid", trackingId)
        .withBody("{\"message\":\"" + message + "\",\"errors\":[{\"errorCode\":4008,\"description\":\"" + message
            + "\"}],\"trackingId\":\"" + trackingId + "\"}")));
  }

  @Test
  void aOneCharacterTokenAltersNoMessage() {
    stubNotFound("Customer not found", "ROUTER_e5e5e5e5-0000");
    for (String token : List.of("e", "r", "0", "-", "5")) {
      CliRunner.Result r = run("--token", token, "--verbose", "customers", "get", "Y3VzdC0x");

      assertEquals(1, r.exitCode(), r::toString);
      String last = r.errLines().get(r.errLines().size() - 1);
      assertEquals("error: HTTP 404 Not Found: Customer not found [errorCode 4008]"
          + " (trackingId ROUTER_e5e5e5e5-0000)", last, "token " + token + "\n" + r);
      assertFalse(r.stderr().contains("<redacted>r") || r.stderr().contains("Custom<"), r::toString);
      assertTrue(r.stderr().contains("--> GET " + baseUrl() + "/wholesale/customers/Y3VzdC0x"), r::toString);
    }
  }

  @Test
  void aRealTokenEchoedByTheServerIsHiddenAsAWholeWord() {
    stubNotFound("token " + TOKEN + " is not valid here", "T1");

    CliRunner.Result r = run("customers", "get", "Y3VzdC0x");

    assertEquals(1, r.exitCode(), r::toString);
    assertFalse(r.stderr().contains(TOKEN), r::toString);
    assertTrue(r.stderr().contains("token <redacted> is not valid here"), r::toString);
  }

  @Test
  void aPasswordInTheBaseUrlIsNeverPrinted() {
    stubNotFound("Customer not found", "T2");
    String url = "http://admin:pa55-w0rd-SECRET@127.0.0.1:" + wm.port() + "/v1";

    CliRunner.Result r = cli.run("--base-url", url, "--verbose", "customers", "get", "Y3VzdC0x");
    int port = wm.port();
    wm.stop();
    CliRunner.Result refused = cli.run("customers", "get", "Y3VzdC0x", "--base-url", url);

    for (CliRunner.Result each : List.of(r, refused)) {
      assertEquals(1, each.exitCode(), each::toString);
      assertFalse(each.stderr().contains("pa55-w0rd-SECRET") || each.stdout().contains("pa55-w0rd-SECRET"),
          each::toString);
      assertFalse(each.stderr().contains("admin:"), each::toString);
      assertTrue(each.stderr().startsWith("warning: --base-url: the user info is ignored"), each::toString);
    }
    assertTrue(refused.stderr().contains("127.0.0.1:" + port), refused::toString);
  }

  @Test
  void controlCharactersFromTheServerAreShownEscapedOnOneLine() {
    stubNotFound("bad\\u001b[31mred\\u0007 \\u202egnp.exe\\nsecond line", "T3");

    CliRunner.Result r = run("customers", "get", "Y3VzdC0x");

    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(1, r.errLines().size(), r::toString);
    String line = r.errLines().get(0);
    assertTrue(line.contains("bad\\u001b[31mred\\u0007 \\u202egnp.exe"), line);
    assertFalse(line.chars().anyMatch(c -> c < 0x20 || c == 0x202e), line);
  }

  @Test
  void aFailureAfterTheRequestWasSentIsNotAUsageError() {
    // Webex accepted the customer but named nothing to follow: the POST happened, so exit 1, never 2.
    wm.stubFor(post(urlPathEqualTo(CUSTOMERS)).willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json").withBody("{}")));

    CliRunner.Result r = run("customers", "provision", "--file", file("c.json", "{\"provisioningId\":\"p\","
        + "\"packages\":[\"webex_calling\"],\"externalId\":\"x\",\"address\":{\"addressLine1\":\"1 Main\","
        + "\"city\":\"Milpitas\",\"country\":\"US\"}}"));

    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(1, requests().size());
  }

  @Test
  void globalOptionsWorkAfterTheCommandToo() {
    wm.stubFor(get(urlPathEqualTo(CUSTOMERS)).willReturn(okJson("{\"items\":[]}")));

    CliRunner.Result r = cli.run("customers", "list", "--sub-partner", "U1A=", "--token", "after-token",
        "--base-url", baseUrl(), "--verbose");

    assertEquals(0, r.exitCode(), r::toString);
    wm.verify(getRequestedFor(urlPathEqualTo(CUSTOMERS)).withQueryParam("onBehalfOfSubPartnerOrgId", equalTo("U1A="))
        .withHeader("Authorization", equalTo("Bearer after-token")));
    assertTrue(r.stderr().contains("--> GET"), "--verbose after the command: " + r);
    CliRunner.Result mixed = cli.run("--base-url", baseUrl(), "customers", "--sub-partner", "U1B=", "list");
    assertEquals(0, mixed.exitCode(), mixed::toString);
    wm.verify(getRequestedFor(urlPathEqualTo(CUSTOMERS)).withQueryParam("onBehalfOfSubPartnerOrgId", equalTo("U1B=")));
  }
}
