package dev.webexwholesale.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.webexwholesale.testing.FakeTime;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's billing report answers (every status it gives) against Webex's official schemas of
 * the four operations: paths, parameters, properties, enums, required marks and response codes.
 */
class BillingReportsConformanceTest {
  private static final OpenApiInteractionValidator OFFICIAL = OpenApiInteractionValidator
      .createForSpecificationUrl(officialBillingSubset().toUri().toString())
      .build();

  /**
   * The vendored official file (openapi/sources, Webex's prose removed) cut to the billing paths
   * and the schemas they reach, with {@code servers} at {@code /v1} and the response
   * {@code description} OpenAPI requires (the vendored file has none: it was prose).
   */
  private static Path officialBillingSubset() {
    try {
      Path vendored = Path.of(System.getProperty("official.spec.path", "../../openapi/sources/webex-wholesale.official.json"));
      JsonObject official = JsonParser.parseString(Files.readString(vendored)).getAsJsonObject();
      JsonObject paths = new JsonObject();
      for (Map.Entry<String, JsonElement> path : official.getAsJsonObject("paths").entrySet()) {
        if (path.getKey().startsWith("/wholesale/billing/reports")) {
          for (Map.Entry<String, JsonElement> op : path.getValue().getAsJsonObject().entrySet()) {
            for (Map.Entry<String, JsonElement> answer : op.getValue().getAsJsonObject().getAsJsonObject("responses")
                .entrySet()) {
              answer.getValue().getAsJsonObject().addProperty("description", "HTTP " + answer.getKey());
            }
          }
          paths.add(path.getKey(), path.getValue());
        }
      }
      JsonObject schemas = new JsonObject();
      official.getAsJsonObject("components").getAsJsonObject("schemas").entrySet().forEach(e -> schemas.add(e.getKey(),
          e.getValue()));
      JsonObject subset = new JsonObject();
      subset.add("openapi", official.get("openapi"));
      JsonObject info = new JsonObject();
      info.addProperty("title", "billing reports (official)");
      info.addProperty("version", "1");
      subset.add("info", info);
      JsonObject server = new JsonObject();
      server.addProperty("url", "http://localhost/v1");
      JsonArray servers = new JsonArray();
      servers.add(server);
      subset.add("servers", servers);
      subset.add("paths", paths);
      JsonObject components = new JsonObject();
      components.add("schemas", schemas);
      subset.add("components", components);
      Path file = Files.createTempFile("official-billing", ".json");
      file.toFile().deleteOnExit();
      Files.writeString(file, subset.toString());
      return file;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private final List<String> violations = new ArrayList<>();
  private final TreeSet<String> seen = new TreeSet<>();

  private SandboxHttp.Exchange check(SandboxHttp.Exchange exchange, boolean requestValid) {
    HttpUrl url = exchange.url();
    String path = url.encodedPath();
    SimpleRequest.Builder request = new SimpleRequest.Builder(exchange.method(), path);
    for (String name : url.queryParameterNames()) {
      request.withQueryParam(name, url.queryParameterValues(name));
    }
    if (exchange.requestBody() != null) {
      request.withContentType("application/json").withBody(exchange.requestBody());
    }
    ValidationReport requestReport = OFFICIAL.validateRequest(request.build());
    String label = exchange.method() + " " + path + " -> " + exchange.status();
    seen.add(exchange.method() + " " + path.replaceAll("/reports/.+", "/reports/{id}") + " " + exchange.status());
    if (requestValid == requestReport.hasErrors()) {
      violations.add(label + " request validity expected " + requestValid + ": " + requestReport.getMessages());
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
    exchange.headers().names().forEach(name -> response.withHeader(name, exchange.headers().values(name)));
    // The official file declares no body for its error codes (the assembled spec adds Webex's error
    // model): an error answer is held to a declared status only.
    if (!exchange.body().isEmpty() && exchange.status() < 400) {
      response.withBody(exchange.body());
    }
    ValidationReport responseReport = OFFICIAL.validateResponse(path,
        com.atlassian.oai.validator.model.Request.Method.valueOf(exchange.method()), response.build());
    if (responseReport.hasErrors()) {
      violations.add(label + " response: " + responseReport.getMessages() + " body=" + exchange.body());
    }
    return exchange;
  }

  @Test
  void everyBillingAnswerIsOneTheOfficialSpecAllows() {
    FakeTime time = new FakeTime();
    try (WholesaleSandbox sandbox = WholesaleSandbox.builder().clock(time).provisioningPolls(0).billingReportPolls(1)
        .subPartner("SP-1").build().start()) {
      sandbox.seedSubscribers(sandbox.createProvisionedCustomer("acme"), 2);
      SandboxHttp http = new SandboxHttp(sandbox.baseUrl());
      String body = "{\"billingStartDate\":\"2025-12-01\",\"billingEndDate\":\"2025-12-31\",\"type\":\"USER\","
          + "\"subPartnerOrgId\":\"SP-1\",\"internal\":true}";
      String id = check(http.post("/wholesale/billing/reports", body), true).json().get("id").getAsString();
      check(http.post("/wholesale/billing/reports", "{\"billingStartDate\":\"2025-12-01\","
          + "\"billingEndDate\":\"2025-12-31\"}"), true);
      check(http.get("/wholesale/billing/reports/" + id), true);
      check(http.get("/wholesale/billing/reports/" + id), true);
      sandbox.failNextBillingReports(1, new BillingReportFailure(2100, "No usage data."));
      String failed = check(http.post("/wholesale/billing/reports", "{\"billingStartDate\":\"2025-11-01\","
          + "\"billingEndDate\":\"2025-11-30\",\"type\":\"CUSTOMER\"}"), true).json().get("id").getAsString();
      check(http.get("/wholesale/billing/reports/" + failed), true);
      check(http.get("/wholesale/billing/reports/" + failed), true);
      check(http.get("/wholesale/billing/reports"), true);
      check(http.get("/wholesale/billing/reports", Map.of("billingStartDate", "2025-12-01", "billingEndDate",
          "2025-12-31", "type", "USER", "sortBy", "status", "status", "COMPLETED", "max", "1",
          "subPartnerOrgId", "SP-1")), true);
      check(http.get("/wholesale/billing/reports", Map.of("status", "DONE")), false);
      check(http.post("/wholesale/billing/reports", "{\"billingEndDate\":\"2025-12-31\"}"), false);
      check(http.post("/wholesale/billing/reports", "{\"billingStartDate\":\"2025-12-01\","
          + "\"billingEndDate\":\"2025-12-31\",\"subPartnerOrgId\":\"nobody\"}"), true);
      check(http.delete("/wholesale/billing/reports/" + id), true);
      check(http.get("/wholesale/billing/reports/" + id), true);
      check(http.delete("/wholesale/billing/reports/" + id), true);
    }
    assertEquals(List.of(), violations);
    assertEquals(new TreeSet<>(List.of("DELETE /v1/wholesale/billing/reports/{id} 204",
        "DELETE /v1/wholesale/billing/reports/{id} 404", "GET /v1/wholesale/billing/reports 200",
        "GET /v1/wholesale/billing/reports 400", "GET /v1/wholesale/billing/reports/{id} 200",
        "GET /v1/wholesale/billing/reports/{id} 404", "POST /v1/wholesale/billing/reports 200",
        "POST /v1/wholesale/billing/reports 400", "POST /v1/wholesale/billing/reports 403")), seen);
  }
}
