package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.webexwholesale.model.Address;
import dev.webexwholesale.model.CustomerPrecheckRequest;
import dev.webexwholesale.model.CustomerStatus;
import dev.webexwholesale.model.CustomerUpdateRequest;
import dev.webexwholesale.model.SubPartnerProvisioningState;
import dev.webexwholesale.model.SubscriberStatus;
import dev.webexwholesale.model.WholesalePackagesCustomer;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every request the client sends for the 13 operations validates against the OpenAPI spec. */
class SpecConformanceTest extends WireMockTestBase {

  @Test
  void allThirteenOperationsSendSpecConformingRequests() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{}")));
    WholesaleClient c = client.onBehalfOf("c3Vi").withTrackingId("job-1");
    OffsetDateTime t = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);

    c.customers().listPage(CustomerListParams.builder().externalId("e").orgId("o")
        .status(CustomerStatus.PROVISIONED).offset(0).max(10).build());
    c.customers().provision(TestData.customerProvision());
    c.customers().get("Y3VzdA==");
    c.customers().update("Y3VzdA==", new CustomerUpdateRequest()
        .packages(List.of(WholesalePackagesCustomer.WEBEX_MEETINGS)).address(new Address().addressLine1("1 Main St").city("Milpitas").country("US")));
    c.customers().remove("Y3VzdA==");
    c.customers().precheck(TestData.customerPrecheck());
    c.subscribers().listPage(SubscriberListParams.builder().max(100).offset(0).customerId("c").personId("p")
        .externalCustomerId("x").email("a@b.example").status(SubscriberStatus.PENDING_USER_MIGRATION).after(t).lastStatusChange(t)
        .sortBy("created").sortOrder("ASC").build());
    c.subscribers().provision(TestData.subscriberProvision());
    c.subscribers().get("c3ViMQ==");
    c.subscribers().update("c3ViMQ==", TestData.subscriberUpdate());
    c.subscribers().remove("c3ViMQ==");
    c.subscribers().precheck(TestData.subscriberPrecheck());
    c.subPartners().listPage(SubPartnerListParams.builder()
        .provisioningState(SubPartnerProvisioningState.ACTIVE).offset(0).max(5).build());

    OpenApiInteractionValidator validator = OpenApiInteractionValidator
        .createForSpecificationUrl(specPath())
        .withBasePathOverride("/v1")
        .build();
    List<String> problems = new ArrayList<>();
    List<LoggedRequest> sent = requests();
    for (LoggedRequest r : sent) {
      ValidationReport report = validator.validateRequest(toValidatorRequest(r));
      if (report.hasErrors()) {
        problems.add(r.getMethod() + " " + r.getUrl() + ": " + report.getMessages());
      }
    }
    assertEquals(13, sent.size());
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void theValidatorDoesRejectANonConformingRequest() {
    OpenApiInteractionValidator validator = OpenApiInteractionValidator
        .createForSpecificationUrl(specPath()).withBasePathOverride("/v1").build();

    ValidationReport report = validator.validateRequest(SimpleRequest.Builder.post("/v1/wholesale/subscribers")
        .withHeader("Authorization", "Bearer x").withContentType("application/json")
        .withBody("{\"customerId\":\"c\"}").build());

    assertTrue(report.hasErrors(), "a subscriber provision without email must not validate");
  }

  private static String specPath() {
    String configured = System.getProperty("spec.path");
    return Path.of(configured != null ? configured : "openapi/webex-wholesale.yaml").toAbsolutePath().toUri().toString();
  }

  private static SimpleRequest toValidatorRequest(LoggedRequest r) {
    String rawPath = r.getUrl().contains("?") ? r.getUrl().substring(0, r.getUrl().indexOf('?')) : r.getUrl();
    SimpleRequest.Builder b = new SimpleRequest.Builder(r.getMethod().getName(), rawPath);
    r.getQueryParams().forEach((name, values) -> b.withQueryParam(name, values.values()));
    for (String header : List.of("Authorization", "Content-Type")) {
      if (r.containsHeader(header)) {
        b.withHeader(header, r.getHeader(header));
      }
    }
    if (r.getBodyAsString() != null && !r.getBodyAsString().isEmpty()) {
      b.withBody(r.getBodyAsString());
    }
    return b.build();
  }
}
