package dev.webexwholesale.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * Drives every operation, successes and errors, and checks each exchange against the spec
 * with Atlassian's validator: a valid request must get an answer the spec allows.
 */
class SpecConformanceTest {
  private static final OpenApiInteractionValidator VALIDATOR =
      OpenApiInteractionValidator.createForSpecificationUrl(specPath()).build();

  private final List<String> violations = new ArrayList<>();
  private final Set<String> seen = new TreeSet<>();

  private static String specPath() {
    String property = System.getProperty("spec.path");
    Path path = property != null ? Paths.get(property) : Paths.get("openapi/webex-wholesale.yaml");
    assertTrue(Files.isRegularFile(path), "spec not found at " + path.toAbsolutePath());
    return path.toAbsolutePath().toUri().toString();
  }

  /**
   * Validates request and response; a request meant to be invalid must be flagged as such
   * ({@code requestValid} null: the validator cannot judge it, e.g. bearer auth).
   */
  private SandboxHttp.Exchange check(SandboxHttp.Exchange exchange, Boolean requestValid) {
    Request request = toRequest(exchange);
    SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
    exchange.headers().names().forEach(name -> response.withHeader(name, exchange.headers().values(name)));
    if (!exchange.body().isEmpty()) {
      response.withBody(exchange.body());
    }
    String label = exchange.method() + " " + exchange.url().encodedPath() + " -> " + exchange.status();
    seen.add(exchange.method() + " " + exchange.status());
    ValidationReport requestReport = VALIDATOR.validateRequest(request);
    if (Boolean.TRUE.equals(requestValid) && requestReport.hasErrors()) {
      violations.add(label + " request: " + requestReport.getMessages());
    } else if (Boolean.FALSE.equals(requestValid) && !requestReport.hasErrors()) {
      violations.add(label + " request was expected to violate the spec but passed");
    }
    ValidationReport responseReport =
        VALIDATOR.validateResponse(exchange.url().encodedPath(), request.getMethod(), response.build());
    if (responseReport.hasErrors()) {
      violations.add(label + " response: " + responseReport.getMessages() + " body=" + exchange.body());
    }
    return exchange;
  }

  private static Request toRequest(SandboxHttp.Exchange exchange) {
    HttpUrl url = exchange.url();
    SimpleRequest.Builder request = new SimpleRequest.Builder(exchange.method(), url.encodedPath());
    for (String name : url.queryParameterNames()) {
      request.withQueryParam(name, url.queryParameterValues(name));
    }
    Headers headers = exchange.requestHeaders();
    headers.names().forEach(name -> request.withHeader(name, headers.values(name)));
    if (exchange.requestBody() != null) {
      request.withContentType("application/json").withBody(exchange.requestBody());
    }
    return request.build();
  }

  @Test
  void everyOperationAnswersWhatTheSpecAllows() {
    try (WholesaleSandbox sandbox = WholesaleSandbox.builder().provisioningPolls(1).subPartner("SP-1").build().start()) {
      SandboxHttp http = new SandboxHttp(sandbox.baseUrl());
      String base = sandbox.baseUrl();

      // Customers: precheck, provision (202), poll, list with paging, update (202), busy (423), remove (202).
      check(http.post("/wholesale/customers/validate", "{\"externalId\":\"c-1\",\"packages\":[\"webex_calling\"],\"address\":{\"addressLine1\":\"771 Alder Drive\",\"city\":\"Milpitas\",\"country\":\"US\"}}"),
          true);
      check(http.post("/wholesale/customers/validate", "{\"externalId\":\"c-1\",\"packages\":[\"webex_calling\"]}"),
          false);
      SandboxHttp.Exchange accepted = check(http.post("/wholesale/customers", SandboxHttp.customerBody("c-1")), true);
      String customerId = SandboxHttp.idFromUrl(accepted.header("Location"));
      check(http.get("/wholesale/customers/" + customerId), true);
      check(http.get("/wholesale/customers/" + customerId), true);
      check(http.post("/wholesale/customers", SandboxHttp.customerBody("c-1")), true);
      check(http.post("/wholesale/customers/validate", "{\"externalId\":\"c-1\",\"address\":{\"addressLine1\":\"771 Alder Drive\",\"city\":\"Milpitas\",\"country\":\"US\"}}"), true);
      check(http.post("/wholesale/customers", "{\"externalId\":\"c-2\"}"), false);
      for (int i = 0; i < 3; i++) {
        sandbox.createProvisionedCustomer("more-" + i);
      }
      SandboxHttp.Exchange page = check(http.get("/wholesale/customers", Map.of("max", "2", "status", "provisioned")),
          true);
      check(http.getUrl(PagingTest.next(page)), true);
      check(http.put("/wholesale/customers/" + customerId, "{\"packages\":[\"webex_calling\",\"webex_suite\"]}"), true);
      check(http.put("/wholesale/customers/" + customerId, "{\"packages\":[\"webex_calling\"]}"), true);
      check(http.put("/wholesale/customers/" + customerId, "{\"address\":{\"city\":\"San Jose\"}}"), false);
      check(http.get("/wholesale/customers/" + customerId), true);
      check(http.get("/wholesale/customers/" + customerId, Map.of("includePackageLicenseInfo", "true")), true);
      check(http.get("/wholesale/customers/" + customerId), true);

      // Subscribers: precheck, provision, poll, list with paging, update, errors, remove (204).
      String ok = "{\"customerId\":\"" + customerId + "\",\"email\":\"s1@c.com\",\"packages\":[\"webex_calling\"]}";
      check(http.post("/wholesale/subscribers/validate", ok), true);
      check(http.post("/wholesale/subscribers/validate", "{\"package\":\"webex_calling\"}"), false);
      SandboxHttp.Exchange created = check(http.post("/wholesale/subscribers",
          SandboxHttp.subscriberBody(customerId, "s1@c.com")), true);
      String subscriberId = created.as(dev.webexwholesale.model.Subscriber.class).getId();
      check(http.post("/wholesale/subscribers", SandboxHttp.subscriberBody(customerId, "s1@c.com")), true);
      check(http.post("/wholesale/subscribers/validate", ok), true);
      check(http.post("/wholesale/subscribers", SandboxHttp.subscriberBody("missing", "s2@c.com")), true);
      check(http.post("/wholesale/subscribers", "{\"customerId\":\"" + customerId
          + "\",\"email\":\"s3@c.com\",\"package\":\"webex_calling\",\"packages\":[\"webex_calling\"],"
          + "\"provisioningParameters\":{}}"), true);
      check(http.post("/wholesale/subscribers", "{\"customerId\":\"" + customerId + "\",\"email\":\"s5@c.com\"}"), false);
      check(http.post("/wholesale/subscribers/validate", "{\"customerId\":\"ZjViMzYx\",\"email\":\"alice.anderson@acme.com\"}"),
          true);
      check(http.get("/wholesale/subscribers/" + subscriberId), true);
      check(http.get("/wholesale/subscribers/" + subscriberId), true);
      sandbox.freeAccount("s4@c.com");
      SandboxHttp.Exchange failing = check(http.post("/wholesale/subscribers",
          SandboxHttp.subscriberBody(customerId, "s4@c.com")), true);
      String failingId = failing.as(dev.webexwholesale.model.Subscriber.class).getId();
      check(http.get("/wholesale/subscribers/" + failingId), true);
      check(http.post("/subscribers/" + failingId + "/emails/consentMove", ""), true);
      check(http.get("/wholesale/subscribers/" + failingId), true);
      check(http.get("/wholesale/subscribers/" + failingId), true);
      check(http.post("/subscribers/" + failingId + "/emails/consentMove", ""), true);
      sandbox.seedSubscribers(customerId, 5);
      SandboxHttp.Exchange subscribers = check(http.get("/wholesale/subscribers",
          Map.of("customerId", customerId, "max", "3", "after", "2020-01-01T00:00:00Z")), true);
      check(http.getUrl(PagingTest.next(subscribers)), true);
      check(http.get("/wholesale/subscribers", Map.of("max", "500")), true);
      check(http.get("/wholesale/subscribers", Map.of("lastStatusChange", "1577836800000")), true);
      check(http.put("/wholesale/subscribers/" + subscriberId, "{\"packages\":[\"webex_suite\"]}"), true);
      check(http.put("/wholesale/subscribers/" + subscriberId, "{\"packages\":[\"webex_voice\"]}"), true);
      check(http.delete("/wholesale/subscribers/" + subscriberId), true);
      check(http.get("/wholesale/subscribers/" + subscriberId), true);

      // Sub-partners, scope, auth, rate-limit-like and server faults.
      SandboxHttp.Exchange partners = check(http.get("/wholesale/subPartners", Map.of("max", "1")), true);
      assertEquals(null, partners.header("Link"));
      check(http.onBehalfOf("SP-1").get("/wholesale/customers"), true);
      check(http.onBehalfOf("SP-404").get("/wholesale/customers"), true);
      // The validator does not enforce http bearer security, so only the answer is checked.
      check(new SandboxHttp(base).token(null).get("/wholesale/subscribers"), null);
      sandbox.injectFault("GET", "/wholesale/subPartners", 1, SandboxFault.status(429, 3));
      sandbox.injectFault("GET", "/wholesale/subPartners", 1, SandboxFault.status(503));
      check(http.get("/wholesale/subPartners"), true);
      check(http.get("/wholesale/subPartners"), true);

      // Customer removal: 202, deleting, then 404.
      check(http.delete("/wholesale/customers/" + customerId), true);
      check(http.delete("/wholesale/customers/" + customerId), true);
      check(http.get("/wholesale/customers/" + customerId), true);
      check(http.get("/wholesale/customers/" + customerId), true);

      // Billing reports: create, poll to COMPLETED and to FAILED, list, delete, 404, refused bodies.
      String report = check(http.post("/wholesale/billing/reports",
          "{\"billingStartDate\":\"2025-12-01\",\"billingEndDate\":\"2025-12-31\",\"type\":\"USER\"}"), true)
          .json().get("id").getAsString();
      check(http.get("/wholesale/billing/reports/" + report), true);
      check(http.get("/wholesale/billing/reports/" + report), true);
      sandbox.failNextBillingReports(1, new BillingReportFailure(2100, "No usage data."));
      String failedReport = check(http.post("/wholesale/billing/reports",
          "{\"billingStartDate\":\"2025-11-01\",\"billingEndDate\":\"2025-11-30\"}"), true).json().get("id")
          .getAsString();
      check(http.get("/wholesale/billing/reports/" + failedReport), true);
      check(http.get("/wholesale/billing/reports/" + failedReport), true);
      check(http.get("/wholesale/billing/reports", Map.of("type", "USER", "sortBy", "status", "max", "1",
          "subPartnerOrgId", "SP-1")), true);
      check(http.get("/wholesale/billing/reports"), true);
      check(http.post("/wholesale/billing/reports", "{\"billingEndDate\":\"2025-12-31\"}"), false);
      check(http.delete("/wholesale/billing/reports/" + report), true);
      check(http.get("/wholesale/billing/reports/" + report), true);

      Set<Operation> exercised = EnumSet.noneOf(Operation.class);
      sandbox.stats().requestsByOperation().forEach((op, count) -> {
        if (count > 0) {
          exercised.add(op);
        }
      });
      assertEquals(EnumSet.complementOf(EnumSet.of(Operation.UNKNOWN)), exercised, "all 18 operations driven");
    }
    assertTrue(seen.containsAll(List.of("POST 202", "PUT 202", "DELETE 202", "DELETE 204", "GET 200", "POST 200",
        "PUT 200", "POST 204", "POST 400", "POST 404", "POST 409", "PUT 423", "GET 404", "GET 401", "GET 403", "GET 429",
        "GET 503", "GET 400")), seen.toString());
    assertTrue(violations.isEmpty(), String.join("\n", violations));
  }

  @Test
  void subscriberAnswersCarryOnlyDocumentedStatusesUnlessTheFaultModeIsOn() {
    try (WholesaleSandbox sandbox = WholesaleSandbox.builder().freeAccount("free@c.com").build().start()) {
      SandboxHttp http = new SandboxHttp(sandbox.baseUrl());
      String customerId = sandbox.createProvisionedCustomer("statuses");
      check(http.post("/wholesale/subscribers", SandboxHttp.subscriberBody(customerId, "paid@c.com")), true);
      SandboxHttp.Exchange pending = check(http.post("/wholesale/subscribers",
          SandboxHttp.subscriberBody(customerId, "free@c.com")), true);
      assertEquals(202, pending.status());
      check(http.get("/wholesale/subscribers", Map.of("customerId", customerId)), true);
      assertTrue(violations.isEmpty(), String.join("\n", violations));

      // The opt-in fault answers a status no document lists: the spec's enum catches it.
      sandbox.nextSubscriberOutcome(SubscriberOutcome.UNDOCUMENTED_STATUS);
      check(http.post("/wholesale/subscribers", SandboxHttp.subscriberBody(customerId, "odd@c.com")), true);
      assertEquals(1, violations.size(), violations.toString());
      assertTrue(violations.get(0).contains("sandbox_undocumented_status"), violations.get(0));
    }
  }

  @Test
  void theValidatorRejectsAnAnswerOutsideTheSpec() {
    // Guards the test above: a 200 list with a wrongly typed field must be caught.
    SimpleResponse bad = SimpleResponse.Builder.status(200).withContentType("application/json")
        .withBody("{\"items\":[{\"status\":42,\"packages\":\"webex_calling\"}]}").build();
    assertTrue(VALIDATOR.validateResponse("/v1/wholesale/customers", Request.Method.GET, bad).hasErrors());
  }
}
