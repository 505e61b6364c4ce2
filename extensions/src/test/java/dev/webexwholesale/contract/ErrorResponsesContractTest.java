package dev.webexwholesale.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.webexwholesale.client.SubscriberListParams;
import dev.webexwholesale.client.errors.BadRequestException;
import dev.webexwholesale.client.errors.ConflictException;
import dev.webexwholesale.client.errors.LockedException;
import dev.webexwholesale.client.errors.NotFoundException;
import dev.webexwholesale.client.errors.RateLimitedException;
import dev.webexwholesale.client.internal.json.WholesaleJson;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.SubscriberPrecheckRequest;
import dev.webexwholesale.model.SubscriberUpdateRequest;
import dev.webexwholesale.model.WholesalePackagesSubscriber;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Error answers shaped as the spec documents them, and what the client makes of them. */
class ErrorResponsesContractTest extends ContractTestBase {
  private static final String CONFLICT = "{\"message\":\"Customer already exists\",\"errors\":[{\"errorCode\":4003,"
      + "\"description\":\"A customer with this externalId already exists\"}],\"trackingId\":\"ROUTER_409\"}";
  private static final String RATE_LIMITED = "{\"message\":\"Too many requests\",\"trackingId\":\"ROUTER_429\"}";

  @Test
  void notFoundUsesTheSpecsOwnErrorExample() {
    answer(404, OpenApiExamples.responseExample("getCustomer", 404));

    NotFoundException e = assertThrows(NotFoundException.class,
        () -> client.customers().get(CustomersContractTest.CUSTOMER_ID));

    assertEquals(404, e.statusCode());
    assertEquals(List.of(4008L), e.errorCodes());
    assertEquals("ROUTER_5E6C2F4B-1D2B-4C7A-9B50-8C3E9A0D1F22", e.trackingId(), "the body's ID wins");
    assertEquals("HTTP 404 Not Found: Customer not found [errorCode 4008] "
        + "(trackingId ROUTER_5E6C2F4B-1D2B-4C7A-9B50-8C3E9A0D1F22)", e.getMessage());
    assertExchangeConformsToSpec();
  }

  @Test
  void conflictOnProvisionCarriesTheWebexErrorCode() {
    answer(409, CONFLICT);

    ConflictException e = assertThrows(ConflictException.class, () -> client.customers().provision(
        WholesaleJson.gson().fromJson(OpenApiExamples.requestExample("provisionCustomer"), CustomerProvisionRequest.class)));

    assertEquals(List.of(4003L), e.errorCodes());
    assertEquals("ROUTER_409", e.trackingId());
    assertEquals(CONFLICT, e.rawBody());
    assertEquals("POST", e.method());
    assertExchangeConformsToSpec();
  }

  @Test
  void rateLimitOnAListCarriesRetryAfter() {
    answer(429, RATE_LIMITED, "Retry-After", "30");

    RateLimitedException e = assertThrows(RateLimitedException.class,
        () -> client.subscribers().listPage(SubscriberListParams.builder().email("alice.anderson@acme.com").build()));

    assertEquals(Duration.ofSeconds(30), e.retryAfter().orElseThrow());
    assertEquals("ROUTER_429", e.trackingId());
    assertEquals(1, wm.getAllServeEvents().size(), "RetryPolicy.none(): one attempt");
    assertExchangeConformsToSpec();
  }

  @Test
  void lockedOnAnUpdateCarriesRetryAfter() {
    answer(423, "{\"message\":\"Subscriber is being provisioned\",\"errors\":[{\"description\":\"try later\"}]}",
        "Retry-After", "5");

    LockedException e = assertThrows(LockedException.class, () -> client.subscribers().update(
        SubscribersContractTest.SUBSCRIBER_ID,
        new SubscriberUpdateRequest().addPackagesItem(WholesalePackagesSubscriber.WEBEX_SUITE)));

    assertEquals(List.of(), e.errorCodes(), "errorCode may be absent");
    assertEquals("ROUTER_contract", e.trackingId(), "no body trackingId: the header's");
    assertEquals(Duration.ofSeconds(5), e.retryAfter().orElseThrow());
    assertExchangeConformsToSpec();
  }

  @Test
  void aFailedPrecheckAnswers400WithTheReasonCode() {
    answer(400, "{\"message\":\"Provisioning preCheck validation failed\",\"errors\":[{\"errorCode\":1125,"
        + "\"description\":\"Email address is already in use.\"}],\"trackingId\":\"ROUTER_400\"}");
    SubscriberPrecheckRequest request = new SubscriberPrecheckRequest()
        .email("alice.anderson@acme.com").addPackagesItem(WholesalePackagesSubscriber.WEBEX_CALLING);

    BadRequestException e = assertThrows(BadRequestException.class, () -> client.subscribers().precheck(request));

    assertEquals(List.of(1125L), e.errorCodes());
    assertExchangeConformsToSpec();
  }

  @Test
  void anErrorBodyOffTheSpecIsCaughtByTheValidator() {
    // The check above is not vacuous: an errorCode sent as text breaks the Error schema.
    answer(409, CONFLICT.replace("4003", "\"4003\""));
    assertThrows(ConflictException.class, () -> client.customers().provision(
        WholesaleJson.gson().fromJson(OpenApiExamples.requestExample("provisionCustomer"), CustomerProvisionRequest.class)));

    ServeEvent event = onlyExchange();
    ValidationReport report = ContractValidator.SPEC.validate(event);

    assertEquals(List.of("validation.response.body.schema.type"), ContractValidator.errorKeys(report),
        ContractValidator.describe(report));
  }
}
