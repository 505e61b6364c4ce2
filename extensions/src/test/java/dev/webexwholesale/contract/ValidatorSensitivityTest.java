package dev.webexwholesale.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.webexwholesale.client.CustomerListParams;
import dev.webexwholesale.client.internal.json.WholesaleJson;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.spec.Specs;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract checks are only worth something if they fail when client and spec disagree:
 * each test here breaks one side on purpose and expects the validator to say so.
 */
class ValidatorSensitivityTest extends ContractTestBase {
  private static final String CUSTOMER_ID = CustomersContractTest.CUSTOMER_ID;

  @Test
  void aRenamedRequestBodyPropertyIsReported() {
    ServeEvent event = provisionCustomer();
    JsonObject body = JsonParser.parseString(event.getRequest().getBodyAsString()).getAsJsonObject();
    body.add("externalID", body.remove("externalId"));

    ValidationReport report = ContractValidator.SPEC.validate(
        withBody(event.getRequest(), body.toString()), ContractValidator.responseOf(event.getResponse()));

    List<String> keys = ContractValidator.errorKeys(report);
    assertTrue(keys.contains("validation.request.body.schema.additionalProperties"), ContractValidator.describe(report));
    assertTrue(keys.contains("validation.request.body.schema.required"), ContractValidator.describe(report));
  }

  @Test
  void anExtraOptionalLookingPropertyIsReportedToo() {
    ServeEvent event = provisionCustomer();
    JsonObject body = JsonParser.parseString(event.getRequest().getBodyAsString()).getAsJsonObject();
    body.getAsJsonObject("address").addProperty("zipCode", "95035"); // a typo'd name, nested

    ValidationReport report = ContractValidator.SPEC.validate(
        withBody(event.getRequest(), body.toString()), ContractValidator.responseOf(event.getResponse()));

    assertEquals(List.of("validation.request.body.schema.additionalProperties"), ContractValidator.errorKeys(report),
        ContractValidator.describe(report));
  }

  @Test
  void aWrongQueryParameterNameIsReported() {
    ServeEvent event = listCustomersByExternalId();
    LoggedRequest logged = event.getRequest();
    SimpleRequest.Builder renamed = new SimpleRequest.Builder("GET", "/v1/wholesale/customers")
        .withQueryParam("externalID", logged.queryParameter("externalId").firstValue());
    copyHeaders(logged, renamed);

    ValidationReport report = ContractValidator.SPEC.validate(renamed.build(),
        ContractValidator.responseOf(event.getResponse()));

    assertEquals(List.of("validation.request.parameter.query.unexpected"), ContractValidator.errorKeys(report),
        ContractValidator.describe(report));
  }

  @Test
  void aQueryValueOutsideTheEnumIsReported() {
    SimpleRequest request = new SimpleRequest.Builder("GET", "/v1/wholesale/customers")
        .withQueryParam("status", "provisionned")
        .withAuthorization("Bearer x")
        .build();

    ValidationReport report = ContractValidator.SPEC.validate(request,
        SimpleResponse.Builder.ok().withContentType("application/json").withBody("{\"items\":[]}").build());

    assertEquals(List.of("validation.request.parameter.schema.enum"), ContractValidator.errorKeys(report),
        ContractValidator.describe(report));
  }

  @Test
  void aResponseThatBreaksItsSchemaOrUsesAnUndocumentedStatusIsReported() {
    SimpleRequest request = new SimpleRequest.Builder("GET", "/v1/wholesale/customers/" + CUSTOMER_ID)
        .withAuthorization("Bearer x").build();
    String wrongType = "{\"id\":\"c1\",\"resourceDetails\":{\"packages\":[{\"warnings\":[{\"errorCode\":\"2560\"}]}]}}";

    ValidationReport typeReport = ContractValidator.SPEC.validate(request,
        SimpleResponse.Builder.ok().withContentType("application/json").withBody(wrongType).build());
    ValidationReport statusReport = ContractValidator.SPEC.validate(request,
        SimpleResponse.Builder.status(418).withContentType("application/json").withBody("{}").build());

    assertTrue(ContractValidator.errorKeys(typeReport).contains("validation.response.body.schema.type"),
        ContractValidator.describe(typeReport));
    assertEquals(List.of("validation.response.status.unknown"), ContractValidator.errorKeys(statusReport));
  }

  @Test
  void theUnchangedSpecRewrittenAsYamlStillAcceptsTheClient() {
    // Baseline for the drift tests below: they re-serialise the spec; that alone must not fail.
    ContractValidator same = ContractValidator.forSpecText(Yaml.pretty(OpenApiExamples.parse(Specs.text())));
    ServeEvent provision = provisionCustomer();
    assertFalse(same.validate(provision).hasErrors(), () -> ContractValidator.describe(same.validate(provision)));
  }

  @Test
  void aRenamedBodyPropertyInTheSpecFailsTheClientsRequest() {
    OpenAPI drifted = OpenApiExamples.parse(Specs.text());
    Schema<?> schema = drifted.getComponents().getSchemas().get("CustomerProvisionRequest");
    schema.setProperties(renamed(schema.getProperties(), "externalId", "externalCustomerId"));
    schema.setRequired(schema.getRequired().stream().map(n -> n.equals("externalId") ? "externalCustomerId" : n).toList());

    ValidationReport report = ContractValidator.forSpecText(Yaml.pretty(drifted)).validate(provisionCustomer());

    List<String> keys = ContractValidator.errorKeys(report);
    assertTrue(keys.contains("validation.request.body.schema.additionalProperties"), ContractValidator.describe(report));
    assertTrue(keys.contains("validation.request.body.schema.required"), ContractValidator.describe(report));
  }

  @Test
  void aRenamedQueryParameterInTheSpecFailsTheClientsRequest() {
    OpenAPI drifted = OpenApiExamples.parse(Specs.text());
    for (Parameter p : drifted.getPaths().get("/wholesale/customers").getGet().getParameters()) {
      if ("externalId".equals(p.getName())) {
        p.setName("externalCustomerId");
      }
    }

    ValidationReport report = ContractValidator.forSpecText(Yaml.pretty(drifted)).validate(listCustomersByExternalId());

    assertEquals(List.of("validation.request.parameter.query.unexpected"), ContractValidator.errorKeys(report),
        ContractValidator.describe(report));
  }

  @Test
  void aRenamedResponsePropertyInTheSpecFailsTheServedExample() {
    OpenAPI drifted = OpenApiExamples.parse(Specs.text());
    Schema<?> schema = drifted.getComponents().getSchemas().get("ResourceUrl");
    schema.setProperties(renamed(schema.getProperties(), "url", "href"));

    ValidationReport report = ContractValidator.forSpecText(Yaml.pretty(drifted)).validate(provisionCustomer());

    assertEquals(List.of("validation.response.body.schema.additionalProperties"), ContractValidator.errorKeys(report),
        ContractValidator.describe(report));
  }

  private ServeEvent provisionCustomer() {
    wm.resetAll();
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json")
        .withHeader("Location", CustomersContractTest.CUSTOMER_URL)
        .withBody(OpenApiExamples.responseExample("provisionCustomer", 202))));
    client.customers().provision(WholesaleJson.gson()
        .fromJson(OpenApiExamples.requestExample("provisionCustomer"), CustomerProvisionRequest.class));
    return onlyExchange();
  }

  private ServeEvent listCustomersByExternalId() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(OpenApiExamples.responseExample("listCustomers", 200))));
    client.customers().listPage(CustomerListParams.builder().externalId("ext-1").build());
    return onlyExchange();
  }

  private static SimpleRequest withBody(LoggedRequest logged, String body) {
    return ContractValidator.requestBuilder(logged).withBody(body).build();
  }

  private static void copyHeaders(LoggedRequest logged, SimpleRequest.Builder b) {
    for (HttpHeader h : logged.getHeaders().all()) {
      b.withHeader(h.key(), h.values());
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Map<String, Schema> renamed(Map<String, Schema> properties, String from, String to) {
    Map<String, Schema> copy = new LinkedHashMap<>();
    properties.forEach((name, s) -> copy.put(name.equals(from) ? to : name, s));
    return copy;
  }
}
