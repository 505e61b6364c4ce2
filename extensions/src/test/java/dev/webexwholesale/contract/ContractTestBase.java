package dev.webexwholesale.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.retry.RetryPolicy;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** WireMock on loopback, a client without retries, and the spec validator over every exchange. */
abstract class ContractTestBase {
  static final String TOKEN = "tok-CONTRACT-0123456789";
  static final String SUB_PARTNER = "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi9zdWJwYXJ0bmVyLTE=";

  WireMockServer wm;
  WholesaleClient client;

  @BeforeEach
  void startServer() {
    wm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    wm.start();
    client = WholesaleClient.builder()
        .baseUrl("http://127.0.0.1:" + wm.port() + "/v1")
        .accessToken(TOKEN)
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  @AfterEach
  void stopServer() {
    client.close();
    wm.stop();
  }

  /** Every request gets this JSON answer with a trackingid and the given header name/value pairs. */
  void answer(int status, String json, String... headerPairs) {
    ResponseDefinitionBuilder response = aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withHeader("trackingid", "ROUTER_contract")
        .withBody(json);
    for (int i = 0; i + 1 < headerPairs.length; i += 2) {
      response.withHeader(headerPairs[i], headerPairs[i + 1]);
    }
    wm.stubFor(any(anyUrl()).willReturn(response));
  }

  /** The single exchange of the test. */
  ServeEvent onlyExchange() {
    List<ServeEvent> events = wm.getAllServeEvents();
    assertEquals(1, events.size(), "exchanges");
    return events.get(0);
  }

  LoggedRequest onlyRequest() {
    return onlyExchange().getRequest();
  }

  /** The request and the served response both conform to the spec. */
  ServeEvent assertExchangeConformsToSpec() {
    ServeEvent event = onlyExchange();
    ValidationReport report = ContractValidator.SPEC.validate(event);
    assertFalse(report.hasErrors(), () -> event.getRequest().getMethod() + " " + event.getRequest().getUrl()
        + " does not conform to the spec:\n" + ContractValidator.describe(report));
    return event;
  }
}
