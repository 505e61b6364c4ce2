package dev.webexwholesale.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
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

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class SubscribersCommandTest extends CliWireMockTestBase {
  static final String PATH = "/v1/wholesale/subscribers";
  static final String ID = "c3ViLTE=";
  static final String PROVISION_JSON = "{\"customerId\":\"Y3VzdC0x\",\"email\":\"ann@example.com\","
      + "\"packages\":[\"webex_calling\"],\"provisioningParameters\":{\"extension\":\"7209\"}}";

  @Test
  void listSendsEveryFilterAndPrintsTheItems() {
    String body = "{\"items\":[" + subscriber(ID, "provisioned", "\"created\":\"2024-05-01T10:15:30Z\"") + "]}";
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(body)));

    CliRunner.Result r = run("subscribers", "list", "--customer-id", "Y3VzdC0x", "--email", "ann@example.com",
        "--status", "provisioned", "--after", "2024-05-01T00:00:00Z", "--sort-order", "DESC", "--max", "50");

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(JsonParser.parseString(body).getAsJsonObject().get("items"), r.json());
    wm.verify(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("customerId", equalTo("Y3VzdC0x"))
        .withQueryParam("email", equalTo("ann@example.com")).withQueryParam("status", equalTo("provisioned"))
        .withQueryParam("after", equalTo("2024-05-01T00:00:00Z")).withQueryParam("sortOrder", equalTo("DESC"))
        .withQueryParam("max", equalTo("50")));
  }

  @Test
  void datesAndPageSizesAreSentAsGivenForTheServerToJudge() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("{\"items\":[]}")));

    CliRunner.Result epoch = run("subscribers", "list", "--after", "1714521600000", "--last-status-change",
        "2024-05-01T00:00:00Z", "--max", "500", "--sort-order", "desc");

    assertEquals(0, epoch.exitCode(), epoch::toString);
    wm.verify(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("after", equalTo("1714521600000"))
        .withQueryParam("lastStatusChange", equalTo("2024-05-01T00:00:00Z"))
        .withQueryParam("max", equalTo("500")).withQueryParam("sortOrder", equalTo("desc")));
  }

  @Test
  void precheckFromOptionsBuildsTheRequestBody() {
    String answer = "{\"message\":\"success\"}";
    wm.stubFor(post(urlPathEqualTo(PATH + "/validate")).willReturn(okJson(answer)));

    CliRunner.Result r = run("subscribers", "precheck", "--email", "ann@example.com", "--customer-id", "Y3VzdC0x",
        "--package", "webex_calling", "--first-name", "Ann", "--last-name", "Lee", "--phone", "+14085550100",
        "--extension", "100", "--location-id", "TE9D");

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(JsonParser.parseString(answer), r.json());
    wm.verify(postRequestedFor(urlPathEqualTo(PATH + "/validate")).withRequestBody(equalToJson(
        "{\"email\":\"ann@example.com\",\"customerId\":\"Y3VzdC0x\",\"packages\":[\"webex_calling\"],"
            + "\"provisioningParameters\":{\"firstName\":\"Ann\",\"lastName\":\"Lee\","
            + "\"primaryPhoneNumber\":\"+14085550100\",\"extension\":\"100\",\"locationId\":\"TE9D\"}}")));
  }

  @Test
  void precheckFromStdinFile() {
    wm.stubFor(post(urlPathEqualTo(PATH + "/validate")).willReturn(okJson("{\"message\":\"success\"}")));
    cli.stdin = "{\"email\":\"ann@example.com\",\"package\":\"webex_voice\"}";

    CliRunner.Result r = run("subscribers", "precheck", "--file", "-");

    assertEquals(0, r.exitCode(), r::toString);
    wm.verify(postRequestedFor(urlPathEqualTo(PATH + "/validate"))
        .withRequestBody(equalToJson("{\"email\":\"ann@example.com\",\"package\":\"webex_voice\"}")));
  }

  @Test
  void precheckNeedsEitherFileOrEmailButNotBoth() {
    CliRunner.Result both = run("subscribers", "precheck", "--file", file("p.json", "{}"), "--email", "a@b.c");
    CliRunner.Result neither = run("subscribers", "precheck", "--first-name", "Ann");

    assertEquals(2, both.exitCode(), both::toString);
    assertEquals(2, neither.exitCode(), neither::toString);
    assertEquals(0, requests().size());
  }

  @Test
  void precheckWithoutAnyPackageIsSentAsTheSeedsExampleIs() {
    wm.stubFor(post(urlPathEqualTo(PATH + "/validate")).willReturn(okJson("{\"message\":\"success\"}")));

    CliRunner.Result r = run("subscribers", "precheck", "--email", "a@b.c", "--customer-id", "Y3VzdC0x");

    assertEquals(0, r.exitCode(), r::toString);
    wm.verify(postRequestedFor(urlPathEqualTo(PATH + "/validate"))
        .withRequestBody(equalToJson("{\"email\":\"a@b.c\",\"customerId\":\"Y3VzdC0x\"}")));
  }

  @Test
  void provisionPrintsTheSubscriberAsAnswered() {
    String created = subscriber(ID, "provisioning", "\"futureField\":[1,2]");
    wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson(created)));

    CliRunner.Result r = run("subscribers", "provision", "--file", file("s.json", PROVISION_JSON));

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(JsonParser.parseString(created), r.json());
  }

  @Test
  void provisionWaitOnAnUndocumentedStatusTimesOutWithItsErrorCodesNeverSucceeds() {
    wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson(subscriber(ID, "provisioning", ""))));
    stubGetSequence(PATH + "/" + ID, subscriber(ID, "provisioning", ""),
        subscriber(ID, "error", "\"errors\":[{\"errorCode\":5010,\"description\":\"Email in use\"}]"));

    CliRunner.Result r = run("subscribers", "provision", "--file", file("s.json", PROVISION_JSON), "--wait",
        "--interval", "1s", "--timeout", "3s");

    assertEquals(4, r.exitCode(), r::toString);
    assertTrue(r.stderr().contains("last status seen: error"), r::toString);
    assertTrue(r.stderr().contains("error 5010 Email in use"), r::toString);
    wm.verify(1, postRequestedFor(urlPathEqualTo(PATH)));
  }

  @Test
  void provisionWaitOn202ExitsFiveNamingTheConsentCommand() {
    wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json").withBody(subscriber(ID, "pending_user_migration", ""))));
    wm.stubFor(get(urlPathEqualTo(PATH + "/" + ID)).willReturn(okJson(subscriber(ID, "pending_user_migration", ""))));

    CliRunner.Result r = run("subscribers", "provision", "--file", file("s.json", PROVISION_JSON), "--wait");

    assertEquals(5, r.exitCode(), r::toString);
    assertTrue(r.stderr().contains("has status pending_user_migration"), r::toString);
    assertTrue(r.stderr().contains("subscribers send-consent-email ID"), r::toString);
  }

  @Test
  void sendConsentEmailPostsToTheConsentMovePath() {
    wm.stubFor(post(urlPathEqualTo("/v1/subscribers/c3ViMQ/emails/consentMove")).willReturn(aResponse().withStatus(204)));

    CliRunner.Result r = run("subscribers", "send-consent-email", "c3ViMQ");

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("", r.stdout());
    wm.verify(1, postRequestedFor(urlPathEqualTo("/v1/subscribers/c3ViMQ/emails/consentMove")));
  }

  @Test
  void awaitOnConsentHoldExitsFive() {
    wm.stubFor(get(urlPathEqualTo(PATH + "/" + ID)).willReturn(okJson(subscriber(ID, "pending_user_migration", ""))));

    CliRunner.Result r = run("subscribers", "await", ID);

    assertEquals(5, r.exitCode(), r::toString);
    assertTrue(r.stderr().contains("has status pending_user_migration"), r::toString);
    assertEquals("pending_user_migration", r.json().getAsJsonObject().get("status").getAsString());
  }

  @Test
  void updateWaitAndRemove() {
    String update = "{\"packages\":[\"webex_suite\"]}";
    wm.stubFor(put(urlPathEqualTo(PATH + "/" + ID)).withRequestBody(equalToJson(update))
        .willReturn(okJson(subscriber(ID, "updating", ""))));
    stubGetSequence(PATH + "/" + ID, subscriber(ID, "updating", ""), subscriber(ID, "provisioned", ""));
    wm.stubFor(delete(urlPathEqualTo(PATH + "/" + ID)).willReturn(aResponse().withStatus(204)));

    CliRunner.Result updated = run("subscribers", "update", ID, "--file", file("u.json", update), "--wait",
        "--interval", "1s");
    CliRunner.Result removed = run("subscribers", "remove", ID);

    assertEquals(0, updated.exitCode(), updated::toString);
    assertEquals("provisioned", updated.json().getAsJsonObject().get("status").getAsString());
    assertEquals(0, removed.exitCode(), removed::toString);
    assertEquals("", removed.stdout());
    wm.verify(1, deleteRequestedFor(urlPathEqualTo(PATH + "/" + ID)));
  }
}
