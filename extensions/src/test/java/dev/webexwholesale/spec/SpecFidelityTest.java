package dev.webexwholesale.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the seed documents say is in the spec, spelled exactly. */
class SpecFidelityTest {
  /** The error codes of the seeds' response-code table; every operation documents each of them. */
  private static final List<String> SEED_ERROR_CODES = List.of("400", "401", "403", "404", "405",
      "409", "410", "415", "423", "428", "429", "500", "502", "503", "504");
  /** The success codes each operation really answers, per Webex's official spec. */
  private static final Map<String, List<String>> SUCCESS_CODES = Map.ofEntries(
      Map.entry("listCustomers", List.of("200")), Map.entry("provisionCustomer", List.of("202")),
      Map.entry("getCustomer", List.of("200")), Map.entry("updateCustomer", List.of("202")),
      Map.entry("removeCustomer", List.of("202")), Map.entry("precheckCustomer", List.of("200")),
      Map.entry("listSubscribers", List.of("200")), Map.entry("provisionSubscriber", List.of("200", "202")),
      Map.entry("getSubscriber", List.of("200")), Map.entry("updateSubscriber", List.of("200")),
      Map.entry("removeSubscriber", List.of("204")), Map.entry("precheckSubscriber", List.of("200")),
      Map.entry("sendConsentEmail", List.of("204")), Map.entry("listSubPartners", List.of("200")),
      Map.entry("listBillingReports", List.of("200")), Map.entry("createBillingReport", List.of("200")),
      Map.entry("getBillingReport", List.of("200")), Map.entry("deleteBillingReport", List.of("204")));
  /** Billing reports take subPartnerOrgId (list query, create body), never onBehalfOfSubPartnerOrgId. */
  private static final List<String> BILLING = List.of("listBillingReports", "createBillingReport", "getBillingReport",
      "deleteBillingReport");
  private static final String BACKGROUND_NOTE = "+ This list captures errors that occurred during *asynchronous or background*"
      + " provisioning of the customer, *after* the API has been accepted and 202 response returned.";

  private final OpenAPI api = new OpenAPIParser().readContents(Specs.text(), null, null).getOpenAPI();

  private Schema<?> schema(String name) {
    Schema<?> s = api.getComponents().getSchemas().get(name);
    assertNotNull(s, "schema " + name);
    return s;
  }

  private Schema<?> prop(String schema, String prop) {
    Schema<?> p = schema(schema).getProperties().get(prop);
    assertNotNull(p, schema + "." + prop);
    return p;
  }

  private Map<String, Operation> operations() {
    Map<String, Operation> ops = new LinkedHashMap<>();
    for (PathItem item : api.getPaths().values()) {
      item.readOperationsMap().values().forEach(o -> ops.put(o.getOperationId(), o));
    }
    return ops;
  }

  @Test
  void packageSchemaMatchesSeed000() {
    assertEquals(List.of("name", "status", "warnings", "errors", "licenseIds"), new ArrayList<>(schema("Package").getProperties().keySet()));
    assertEquals("#/components/schemas/WholesalePackagesCustomer", prop("Package", "name").get$ref());
    assertEquals(List.of("provisioned", "provisioning", "deleting", "error"), prop("Package", "status").getEnum());
    assertTrue(prop("Package", "status").getDescription().startsWith("The provisioning status of the a particular package.\n"
        + " * `provisioned` - Customer is fully provisioned on Cisco Webex."));
    for (String list : List.of("warnings", "errors")) {
      assertEquals("#/components/schemas/Error", prop("Package", list).getItems().get$ref());
      assertTrue(prop("Package", list).getDescription().contains(BACKGROUND_NOTE), list);
    }
    assertTrue(prop("Package", "warnings").getDescription().startsWith("List of warnings that occurred during that last attempt to provision/update this customer."));
    assertEquals("List of licenseIds for the package.", prop("Package", "licenseIds").getDescription());
    assertEquals("Y2lzY29zcGFyazovL3VzL0xJQ0VOU0UvYjdjNGRlZTgtODZmNi00YzAxLWJkYjMtMTM3MjM2ZWY3NGRmOlNMV0NBXzdmYTBkZjhjLTlmNTEtNGE1Zi05YzY4LTU1ODRlNWM2N2E0Yg",
        prop("Package", "licenseIds").getItems().getExample());
    assertEquals("An error code that identifies the reason for the error.", prop("Error", "errorCode").getDescription());
    assertEquals("A textual representation of the error code.", prop("Error", "description").getDescription());
  }

  @Test
  void customerSchemaMatchesSeed001() {
    // The seed's properties in the seed's order; the official spec adds the customer-level errors.
    assertEquals(List.of("id", "orgId", "externalId", "address", "status", "packages", "resourceDetails", "errors"),
        new ArrayList<>(schema("Customer").getProperties().keySet()));
    assertEquals(List.of("addressLine1", "addressLine2", "city", "stateOrProvince", "zipOrPostalCode", "country"),
        new ArrayList<>(schema("Address").getProperties().keySet()));
    assertEquals("ISO2 country code of the customer size = 2.", prop("Address", "country").getDescription());
    assertEquals(List.of("provisioned", "provisioned_with_errors", "provisioning", "updating", "deleting", "error", "pending_rpl_review"),
        schema("CustomerStatus").getEnum());
    String statusDoc = schema("CustomerStatus").getDescription();
    for (String line : List.of("Customer is fully provisioned on Cisco Webex.", "Customer is provisioned with errors.",
        "Customer is provisioning.", "Customer is updating.", "Customer is being deleted.",
        "An error occurred provisioning the customer on Cisco Webex.", "The customer is pending a Denied Party List compliance check.")) {
      assertTrue(statusDoc.contains(line), line);
    }
    // The seed's eight values, plus the six the official spec adds (14 in all).
    assertTrue(schema("WholesalePackagesCustomer").getEnum().containsAll(List.of("common_area_calling", "webex_calling",
        "webex_meetings", "webex_suite", "webex_voice", "cx_essentials", "cisco_calling_plan", "attendant_console")));
    assertEquals(14, schema("WholesalePackagesCustomer").getEnum().size());
    String pkgDoc = schema("WholesalePackagesCustomer").getDescription();
    for (String line : List.of("Webex Common Area Calling Package.", "Webex Calling Package.", "Webex Meetings Package.",
        "Webex Suite Package.", "Webex Voice Package.", "Customer Experience Essentials Package.", "Cisco Calling Plan Package.",
        "Attendant Console Package.")) {
      assertTrue(pkgDoc.contains(line), line);
    }
    assertEquals("List of package names provisioned", prop("Customer", "packages").getDescription());
    assertEquals("#/components/schemas/Package", prop("ResourceDetails", "packages").getItems().get$ref());
    assertTrue(prop("Customer", "orgId").getDescription().endsWith("Only presented when status is `provisioned`."));
  }

  @Test
  void getCustomerAnswersTheSeedExample() throws IOException {
    Operation get = operations().get("getCustomer");
    assertEquals("Get a Wholesale Customer", get.getSummary());
    assertEquals("This API will allow a Service Provider to retrieve details of a provisioned Wholesale customer on Cisco Webex.", get.getDescription());
    Object example = get.getResponses().get("200").getContent().get("application/json").getExample();
    assertEquals(JsonParser.parseString(SeedExamples.read("customer.json")), JsonParser.parseString(Json.mapper().writeValueAsString(example)));
  }

  @Test
  void subscriberPrecheckMatchesSeed003() throws IOException {
    Schema<?> req = schema("SubscriberPrecheckRequest");
    assertEquals(List.of("provisioningId", "customerId", "email", "package", "packages", "provisioningParameters", "customerInfo"),
        new ArrayList<>(req.getProperties().keySet()));
    assertEquals(List.of("email"), req.getRequired());
    Schema<?> pkg = prop("SubscriberPrecheckRequest", "package");
    assertEquals(Boolean.TRUE, pkg.getDeprecated());
    assertEquals(List.of("webex_calling", "webex_meetings", "webex_suite", "webex_voice", "cx_essentials"), pkg.getEnum());
    for (String line : List.of("Calling Basic Package.", "Meetings Package.", "Suite Package.", "Voice Package.", "Customer Experience Essentials Package.")) {
      assertTrue(pkg.getDescription().contains(line), line);
    }
    assertEquals(List.of("firstName", "lastName", "primaryPhoneNumber", "extension", "locationId"),
        new ArrayList<>(schema("SubscriberProvisioningParameters").getProperties().keySet()));
    assertEquals(List.of("primaryEmail"), new ArrayList<>(schema("SubscriberCustomerInfo").getProperties().keySet()));
    assertEquals("array", prop("ProvisioningPreCheckResponse", "info").getType());
    assertEquals("A list of ProvisioningPreCheckResponseInfo object.", prop("ProvisioningPreCheckResponse", "info").getDescription());
    assertEquals(List.of("infoCode", "description"), new ArrayList<>(schema("ProvisioningPreCheckResponseInfo").getProperties().keySet()));

    Operation op = operations().get("precheckSubscriber");
    assertTrue(op.getDescription().contains("Either `packages` or `package` field is required but not both."));
    Object reqExample = op.getRequestBody().getContent().get("application/json").getExample();
    assertEquals(JsonParser.parseString(SeedExamples.read("subscriber-precheck-request.json")), JsonParser.parseString(Json.mapper().writeValueAsString(reqExample)));
    Object respExample = op.getResponses().get("200").getContent().get("application/json").getExample();
    assertEquals(JsonParser.parseString(SeedExamples.read("subscriber-precheck-response.json")), JsonParser.parseString(Json.mapper().writeValueAsString(respExample)));
  }

  @Test
  void everyOperationDocumentsEveryResponseCodeAndErrorsUseTheWebexBody() {
    Map<String, Operation> ops = operations();
    assertEquals(18, ops.size());
    ops.forEach((id, op) -> {
      List<String> expected = new ArrayList<>(SUCCESS_CODES.get(id));
      expected.addAll(SEED_ERROR_CODES);
      assertEquals(expected, new ArrayList<>(op.getResponses().keySet()), id);
      op.getResponses().forEach((code, response) -> {
        if (code.compareTo("400") >= 0) {
          assertTrue(response.get$ref().startsWith("#/components/responses/"), id + " " + code);
        }
      });
    });
    Map<String, ApiResponse> shared = api.getComponents().getResponses();
    assertEquals("The requested resource is temporarily unavailable. A Retry-After header may be present that specifies how many seconds you need to wait before attempting the request again.",
        shared.get("Locked").getDescription());
    for (String error : List.of("BadRequest", "Unauthorized", "Forbidden", "NotFound", "MethodNotAllowed", "Conflict", "Gone",
        "UnsupportedMediaType", "Locked", "PreconditionRequired", "TooManyRequests", "InternalServerError", "BadGateway",
        "ServiceUnavailable", "GatewayTimeout")) {
      assertEquals("#/components/schemas/WebexError", shared.get(error).getContent().get("application/json").getSchema().get$ref(), error);
    }
    assertEquals(List.of("message", "errors", "trackingId"), new ArrayList<>(schema("WebexError").getProperties().keySet()));
  }

  @Test
  void everyOperationButListSubPartnersAndBillingTakesTheSubPartnerScopeAndAllUseBearerAuth() {
    operations().forEach((id, op) -> {
      boolean scoped = op.getParameters().stream().map(this::resolve)
          .anyMatch(p -> p.getName().equals("onBehalfOfSubPartnerOrgId") && p.getIn().equals("query")
              && "The encoded organization ID for the sub partner.".equals(p.getDescription()));
      assertEquals(!id.equals("listSubPartners") && !BILLING.contains(id), scoped, id);
      assertTrue(op.getOperationId().matches("[a-z][A-Za-z]+"), "camelCase operationId " + id);
      assertEquals(1, op.getTags().size(), id);
    });
    assertTrue(operations().get("listBillingReports").getParameters().stream().map(this::resolve)
        .anyMatch(p -> p.getName().equals("subPartnerOrgId") && p.getIn().equals("query")));
    SecurityScheme bearer = api.getComponents().getSecuritySchemes().get("bearerAuth");
    assertEquals(SecurityScheme.Type.HTTP, bearer.getType());
    assertEquals("bearer", bearer.getScheme());
    assertEquals("bearerAuth", api.getSecurity().get(0).keySet().iterator().next());
  }

  private Parameter resolve(Parameter p) {
    return p.get$ref() == null ? p : api.getComponents().getParameters().get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1));
  }
}
