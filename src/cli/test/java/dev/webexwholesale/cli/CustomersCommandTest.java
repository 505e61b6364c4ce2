package dev.webexwholesale.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomersCommandTest extends CliWireMockTestBase {
  static final String PATH = "/v1/wholesale/customers";
  static final String ID = "Y3VzdC0x";
  static final String PROVISION_JSON = "{\"provisioningId\":\"prov-1\",\"packages\":[\"webex_calling\"],"
      + "\"externalId\":\"ext-1\",\"address\":{\"addressLine1\":\"1 Main St\",\"city\":\"Milpitas\","
      + "\"country\":\"US\"},\"futureRequestField\":true}";

  @Test
  void listFollowsEveryPageAndPrintsOneArrayWithUnknownFieldsAndValuesAsReceived() {
    String next = "<" + baseUrl() + "/wholesale/customers?status=provisioned&max=1&offset=1>; rel=\"next\"";
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("offset", absent())
        .withQueryParam("status", equalTo("provisioned")).withQueryParam("max", equalTo("1"))
        .willReturn(okJson("{\"items\":[" + customer("YS0x", "provisioned", "\"futureField\":{\"x\":1}") + "]}")
            .withHeader("Link", next)));
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("offset", equalTo("1"))
        .willReturn(okJson("{\"items\":[" + customer("Yi0y", "brand_new_status", "") + "]}")));

    CliRunner.Result r = run("customers", "list", "--status", "provisioned", "--max", "1");

    assertEquals(0, r.exitCode(), r::toString);
    JsonArray expected = JsonParser.parseString("[" + customer("YS0x", "provisioned", "\"futureField\":{\"x\":1}")
        + "," + customer("Yi0y", "brand_new_status", "") + "]").getAsJsonArray();
    assertEquals(expected, r.json());
    assertEquals("", r.stderr());
  }

  @Test
  void getPrintsTheCustomerAndNothingElse() {
    String body = customer(ID, "provisioned", "\"resourceDetails\":{\"packages\":[{\"name\":\"new_pkg\","
        + "\"status\":\"provisioned\"}]}");
    wm.stubFor(get(urlPathEqualTo(PATH + "/" + ID)).willReturn(okJson(body)));

    CliRunner.Result r = run("customers", "get", ID);

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(JsonParser.parseString(body), r.json());
    assertEquals("Bearer " + TOKEN, requests().get(0).getHeader("Authorization"));
  }

  @Test
  void precheckSendsTheFileAsIsAndPrintsTheAnswer() {
    String answer = "{\"message\":\"success\",\"info\":[{\"infoCode\":100,\"description\":\"ok\"}]}";
    wm.stubFor(post(urlPathEqualTo(PATH + "/validate")).willReturn(okJson(answer)));

    CliRunner.Result r = run("customers", "precheck", "--file", file("req.json", PROVISION_JSON));

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(JsonParser.parseString(answer), r.json());
    wm.verify(postRequestedFor(urlPathEqualTo(PATH + "/validate")).withRequestBody(equalToJson(PROVISION_JSON)));
  }

  @Test
  void failedPrecheckExitsOneWithStatusCodesAndTrackingId() {
    wm.stubFor(post(urlPathEqualTo(PATH + "/validate")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody(errorBody("Precheck failed", "ROUTER_ABC", 4003, 4010))));

    CliRunner.Result r = run("customers", "precheck", "--file", file("req.json", PROVISION_JSON));

    assertEquals(1, r.exitCode(), r::toString);
    assertEquals("", r.stdout());
    List<String> lines = r.errLines();
    assertEquals(1, lines.size(), r::toString);
    String line = lines.get(0);
    assertTrue(line.startsWith("error: HTTP 400"), line);
    assertTrue(line.contains("4003") && line.contains("4010"), line);
    assertTrue(line.contains("Precheck failed"), line);
    assertTrue(line.contains("ROUTER_ABC"), line);
  }

  @Test
  void provisionWithoutWaitPrintsTheNewCustomerAsCreated() {
    wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(202)
        .withHeader("Location", baseUrl() + "/wholesale/customers/" + ID)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"url\":\"" + baseUrl() + "/wholesale/customers/" + ID + "\"}")));
    wm.stubFor(get(urlPathEqualTo(PATH + "/" + ID)).willReturn(okJson(customer(ID, "provisioning", ""))));

    CliRunner.Result r = run("customers", "provision", "--file", file("req.json", PROVISION_JSON));

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(JsonParser.parseString(customer(ID, "provisioning", "")), r.json());
    wm.verify(1, postRequestedFor(urlPathEqualTo(PATH)).withRequestBody(equalToJson(PROVISION_JSON)));
    assertTrue(r.stderr().contains("accepted: " + ID), r::toString);
  }

  @Test
  void provisionStillExitsZeroWhenTheReadBackFailsSoScriptsDoNotProvisionTwice() {
    stubAccepted();
    wm.stubFor(get(urlPathEqualTo(PATH + "/" + ID)).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody(errorBody("Customer not found", "T404", 4008))));

    CliRunner.Result r = run("customers", "provision", "--file", file("req.json", PROVISION_JSON));

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(JsonParser.parseString("{\"id\":\"" + ID + "\",\"url\":\"" + baseUrl() + "/wholesale/customers/" + ID
        + "\"}"), r.json());
    assertTrue(r.stderr().contains("warning: accepted, but reading the customer back failed: HTTP 404"), r::toString);
    wm.verify(1, postRequestedFor(urlPathEqualTo(PATH)));
  }

  @Test
  void provisionWaitPrintsTheProvisionedCustomerAndOneProgressLinePerStatus() {
    stubAccepted();
    stubGetSequence(PATH + "/" + ID, customer(ID, "provisioning", ""), customer(ID, "provisioning", ""),
        customer(ID, "provisioned", ""));

    CliRunner.Result r = run("customers", "provision", "--file", file("req.json", PROVISION_JSON), "--wait",
        "--interval", "1s", "--timeout", "1m");

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(JsonParser.parseString(customer(ID, "provisioned", "")), r.json());
    wm.verify(1, postRequestedFor(urlPathEqualTo(PATH)));
    List<String> progress = r.errLines().stream().filter(l -> l.startsWith("customer " + ID + ":")).toList();
    assertEquals(List.of("customer " + ID + ": provisioning (attempt 1, 0.0s)",
        "customer " + ID + ": provisioned (attempt 3, 2.0s)"), progress, r::toString);
    assertEquals(List.of(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1)), cli.time.sleeps());
  }

  @Test
  void provisioningErrorExitsThreeAndListsEachPackagesErrorAndWarningCodes() {
    stubAccepted();
    String failed = customer(ID, "provisioned_with_errors", "\"errors\":[{\"errorCode\":2571,\"description\":"
        + "\"Location failed\"}],\"resourceDetails\":{\"packages\":["
        + "{\"name\":\"webex_calling\",\"status\":\"error\",\"errors\":[{\"errorCode\":4003,\"description\":"
        + "\"Number unavailable\"}],\"warnings\":[{\"errorCode\":7001,\"description\":\"Slow\"}]},"
        + "{\"name\":\"webex_meetings\",\"status\":\"provisioned\"}]}");
    stubGetSequence(PATH + "/" + ID, customer(ID, "provisioning", ""), failed);

    CliRunner.Result r = run("customers", "provision", "--file", file("req.json", PROVISION_JSON), "--wait",
        "--interval", "1s");

    assertEquals(3, r.exitCode(), r::toString);
    assertEquals(JsonParser.parseString(failed), r.json()); // the failed customer, for scripts to inspect
    assertTrue(r.errLines().contains("error: customer " + ID + " failed with status provisioned_with_errors"
        + " after 2 attempts in 1.0s"), r::toString);
    assertTrue(r.errLines().contains("  package webex_calling (error): error 4003 Number unavailable;"
        + " warning 7001 Slow"), r::toString);
    assertTrue(r.errLines().contains("  customer (provisioned_with_errors): error 2571 Location failed"),
        "the customer-level errors[] next to the packages'\n" + r);
  }

  @Test
  void getWithLicenseInfoAsksForTheLicenseIds() {
    String body = customer(ID, "provisioned", "\"resourceDetails\":{\"packages\":[{\"name\":\"webex_calling\","
        + "\"status\":\"provisioned\",\"licenseIds\":[\"TElD\"]}]}");
    wm.stubFor(get(urlPathEqualTo(PATH + "/" + ID)).willReturn(okJson(body)));

    CliRunner.Result with = run("customers", "get", ID, "--license-info");
    CliRunner.Result without = run("customers", "get", ID);

    assertEquals(0, with.exitCode(), with::toString);
    assertEquals(JsonParser.parseString(body), with.json());
    assertEquals("true", requests().get(0).queryParameter("includePackageLicenseInfo").firstValue());
    assertEquals(0, without.exitCode(), without::toString);
    assertTrue(!requests().get(1).queryParameter("includePackageLicenseInfo").isPresent(), "not sent unless asked");
  }

  @Test
  void awaitTimesOutWithExitFourNamingTheLastStatus() {
    wm.stubFor(get(urlPathEqualTo(PATH + "/" + ID)).willReturn(okJson(customer(ID, "updating", ""))));

    CliRunner.Result r = run("customers", "await", ID, "--timeout", "5s", "--interval", "1s");

    assertEquals(4, r.exitCode(), r::toString);
    assertTrue(r.stderr().contains("timed out: customer " + ID + " still not done"), r::toString);
    assertTrue(r.stderr().contains("last status seen: updating"), r::toString);
    assertTrue(requests().size() >= 5, "polled until the deadline: " + requests().size());
  }

  @Test
  void rplReviewHoldExitsFive() {
    stubGetSequence(PATH + "/" + ID, customer(ID, "provisioning", ""), customer(ID, "pending_rpl_review", ""));

    CliRunner.Result r = run("customers", "await", ID, "--interval", "500ms");

    assertEquals(5, r.exitCode(), r::toString);
    assertTrue(r.stderr().contains("on hold: customer " + ID + " has status pending_rpl_review"), r::toString);
  }

  @Test
  void liveProgressOnATerminalRewritesOneLine() {
    cli.interactive = true;
    stubGetSequence(PATH + "/" + ID, customer(ID, "provisioning", ""), customer(ID, "provisioned", ""));

    CliRunner.Result r = run("customers", "await", ID, "--interval", "2s");

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("\rcustomer " + ID + ": provisioning (attempt 1, 0.0s)"
        // one trailing blank wipes the last character of the longer line before
        + "\rcustomer " + ID + ": provisioned (attempt 2, 2.0s) \n", r.stderr());
  }

  @Test
  void updateWaitsUntilTheUpdateEnds() {
    String update = "{\"packages\":[\"webex_calling\",\"webex_meetings\"]}";
    wm.stubFor(put(urlPathEqualTo(PATH + "/" + ID)).withRequestBody(equalToJson(update))
        .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
            .withBody("{\"url\":\"" + baseUrl() + "/wholesale/customers/" + ID + "\"}")));
    stubGetSequence(PATH + "/" + ID, customer(ID, "updating", ""), customer(ID, "provisioned", ""));

    CliRunner.Result r = run("customers", "update", ID, "--file", file("u.json", update), "--wait",
        "--interval", "1s");

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("provisioned", ((JsonObject) r.json()).get("status").getAsString());
  }

  @Test
  void updateWaitDoesNotTakeTheCustomerAsItWasBeforeTheUpdateForItsEnd() {
    String update = "{\"packages\":[\"webex_calling\"]}";
    wm.stubFor(put(urlPathEqualTo(PATH + "/" + ID)).willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"url\":\"" + baseUrl() + "/wholesale/customers/" + ID + "\"}")));
    // The first read still shows the customer as it was before the update.
    stubGetSequence(PATH + "/" + ID, customer(ID, "provisioned", ""), customer(ID, "updating", ""),
        customer(ID, "provisioned", ""));

    CliRunner.Result r = run("customers", "update", ID, "--file", file("u.json", update), "--wait",
        "--interval", "1s");

    assertEquals(0, r.exitCode(), r::toString);
    wm.verify(3, getRequestedFor(urlPathEqualTo(PATH + "/" + ID)));
  }

  @Test
  void provisionWaitToleratesA404RightAfterThe202() {
    stubAccepted();
    wm.stubFor(get(urlPathEqualTo(PATH + "/" + ID)).inScenario("new").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
            .withBody(errorBody("Customer not found", "T1", 4008))).willSetStateTo("visible"));
    wm.stubFor(get(urlPathEqualTo(PATH + "/" + ID)).inScenario("new").whenScenarioStateIs("visible")
        .willReturn(okJson(customer(ID, "provisioned", ""))));

    CliRunner.Result r = run("customers", "provision", "--file", file("req.json", PROVISION_JSON), "--wait",
        "--interval", "1s", "--timeout", "1m");

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(JsonParser.parseString(customer(ID, "provisioned", "")), r.json());
    wm.verify(1, postRequestedFor(urlPathEqualTo(PATH)));
  }

  @Test
  void removeWaitEndsWhenTheCustomerAnswers404AndPrintsNothing() {
    wm.stubFor(delete(urlPathEqualTo(PATH + "/" + ID)).willReturn(aResponse().withStatus(202)));
    wm.stubFor(get(urlPathEqualTo(PATH + "/" + ID)).inScenario("rm").whenScenarioStateIs("Started")
        .willReturn(okJson(customer(ID, "deleting", ""))).willSetStateTo("gone"));
    wm.stubFor(get(urlPathEqualTo(PATH + "/" + ID)).inScenario("rm").whenScenarioStateIs("gone")
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
            .withBody(errorBody("Customer not found", "T1", 4008))));

    CliRunner.Result r = run("customers", "remove", ID, "--wait", "--interval", "1s", "--timeout", "30s");

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("", r.stdout());
    wm.verify(2, getRequestedFor(urlPathEqualTo(PATH + "/" + ID)));
  }

  @Test
  void notFoundExitsOneWithOneLineAndNoStackTrace() {
    wm.stubFor(get(urlPathEqualTo(PATH + "/nope")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withHeader("trackingid", "HDR_TRACK")
        .withBody("{\"message\":\"Customer not found\",\"errors\":[{\"errorCode\":4008}]}")));

    CliRunner.Result r = run("customers", "get", "nope");

    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(List.of("error: HTTP 404 Not Found: Customer not found [errorCode 4008] (trackingId HDR_TRACK)"),
        r.errLines());
    assertEquals("", r.stdout());
  }

  @Test
  void nothingListeningExitsOneWithTransportError() {
    int port = wm.port();
    wm.stop();

    CliRunner.Result r = cli.run("--base-url", "http://127.0.0.1:" + port + "/v1", "customers", "get", ID);

    assertEquals(1, r.exitCode(), r::toString);
    List<String> lines = r.errLines();
    // Told at once, before the first retry wait, not after seconds of silence.
    assertEquals("warning: cannot connect to 127.0.0.1:" + port + " (connection refused); attempt 2 in "
        + DurationConverter.format(cli.time.sleeps().get(0)), lines.get(0), r::toString);
    assertEquals(cli.time.sleepCount(), lines.size() - 1, r::toString);
    assertTrue(lines.get(lines.size() - 1).startsWith("error: GET http://127.0.0.1:" + port), r::toString);
    assertTrue(!r.stderr().contains("\tat "), "no stack trace");
  }

  private void stubAccepted() {
    wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(202)
        .withHeader("Location", baseUrl() + "/wholesale/customers/" + ID)));
  }
}
