package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.webexwholesale.client.errors.ConflictException;
import dev.webexwholesale.client.errors.NotFoundException;
import dev.webexwholesale.client.errors.WebexApiException;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.client.retry.Backoff;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerUpdateRequest;
import dev.webexwholesale.model.WholesalePackagesCustomer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Issue 11, correct outcomes: what the caller is told matches what happened on the server. */
class CorrectOutcomesTest extends WireMockTestBase {
  private static final String ID = "c1";
  private static final String PATH = "/v1/wholesale/customers/" + ID;
  private static final WaiterConfig STEADY = WaiterConfig.builder().backoff(Backoff.fixed(Duration.ofSeconds(2)))
      .maxTime(Duration.ofMinutes(5)).build();

  private static ResponseDefinitionBuilder customer(String status) {
    return okJson("{\"id\":\"" + ID + "\",\"status\":\"" + status + "\"}");
  }

  /** The stub answers in order, the last one for ever after. */
  private void inOrder(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... answers) {
    for (int i = 0; i < answers.length; i++) {
      var m = request.get().inScenario("seq").whenScenarioStateIs(i == 0 ? Scenario.STARTED : "s" + i)
          .willReturn(answers[i]);
      wm.stubFor(i < answers.length - 1 ? m.willSetStateTo("s" + (i + 1)) : m);
    }
  }

  @Test
  void aReplayedDeleteAnswered404IsTheRemovalsSuccess() {
    inOrder(() -> any(urlPathEqualTo(PATH)), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        aResponse().withStatus(404).withBody("{\"message\":\"not found\"}"));

    ProvisioningAccepted removed = client.customers().remove(ID);

    assertEquals(ID, removed.id());
    assertEquals(2, requests().size());
  }

  @Test
  void aFirstDeleteAnswered404IsStillNotFound() {
    wm.stubFor(any(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(404).withBody("{}")));

    assertThrows(NotFoundException.class, () -> client.customers().remove(ID));
  }

  @Test
  void aReplayedPutAnswered409SaysHowManyAttemptsWereMade() {
    inOrder(() -> put(urlPathEqualTo(PATH)), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        aResponse().withStatus(409).withBody("{\"message\":\"Update already in progress\"}"));

    ConflictException e = assertThrows(ConflictException.class, () -> client.customers().update(ID, update()));

    assertEquals(2, e.attempts());
    assertTrue(e.getMessage().contains("after 2 attempts (an earlier attempt whose answer was lost may have applied"),
        e.getMessage());
  }

  @Test
  void updateAndWaitDoesNotTakeThePreUpdateStatusForTheResult() {
    wm.stubFor(put(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(202)
        .withHeader("Location", PATH)));
    inOrder(() -> get(urlPathEqualTo(PATH)), customer("provisioned"), customer("updating"), customer("provisioned"));

    WaitOutcome<Customer> outcome = client.customers().updateAndWait(ID, update(), STEADY, null);

    assertTrue(outcome.isSuccess(), outcome.describe());
    assertEquals(3, outcome.attempts(), "the stale provisioned, then updating, then the result");
  }

  @Test
  void updateAndWaitAcceptsAnUnchangedStatusAfterTheGracePeriod() {
    wm.stubFor(put(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(202).withHeader("Location", PATH)));
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(customer("provisioned")));

    WaitOutcome<Customer> outcome = client.customers().updateAndWait(ID, update(), STEADY, null);

    assertTrue(outcome.isSuccess(), outcome.describe());
    assertTrue(outcome.elapsed().compareTo(Duration.ofSeconds(CustomersResource.UPDATE_GRACE_SECONDS)) >= 0,
        outcome.describe());
  }

  @Test
  void provisionAndWaitToleratesA404RightAfterThe202() {
    wm.stubFor(post(urlPathEqualTo("/v1/wholesale/customers")).willReturn(aResponse().withStatus(202)
        .withHeader("Location", PATH)));
    inOrder(() -> get(urlPathEqualTo(PATH)), aResponse().withStatus(404).withBody("{}"),
        aResponse().withStatus(404).withBody("{}"), customer("provisioning"), customer("provisioned"));

    WaitOutcome<Customer> outcome = client.customers().provisionAndWait(TestData.customerProvision(), STEADY, null);

    assertTrue(outcome.isSuccess(), outcome.describe());
    assertEquals(4, outcome.attempts());
  }

  @Test
  void provisionAndWaitFailsWhenThe404OutlastsTheGrace() {
    wm.stubFor(post(urlPathEqualTo("/v1/wholesale/customers")).willReturn(aResponse().withStatus(202)
        .withHeader("Location", PATH)));
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(404).withBody("{}")));

    WaitOutcome<Customer> outcome = client.customers().provisionAndWait(TestData.customerProvision(), STEADY, null);

    assertEquals(WaitOutcome.Kind.FAILED, outcome.kind(), outcome.describe());
    assertTrue(outcome.elapsed().compareTo(CustomersResource.NOT_YET_VISIBLE_GRACE) >= 0, outcome.describe());
  }

  @Test
  void aThrowingResponseListenerCannotHideAnAcceptedProvision() {
    wm.stubFor(post(urlPathEqualTo("/v1/wholesale/customers")).willReturn(aResponse().withStatus(202)
        .withHeader("Location", PATH)));
    client.close();
    client = clientBuilder().responseListener(m -> {
      throw new IllegalStateException("metrics backend down");
    }).build();
    Thread.UncaughtExceptionHandler previous = Thread.currentThread().getUncaughtExceptionHandler();
    List<Throwable> reported = new java.util.ArrayList<>();
    Thread.currentThread().setUncaughtExceptionHandler((t, e) -> reported.add(e));
    try {
      assertEquals(ID, client.customers().provision(TestData.customerProvision()).id());
    } finally {
      Thread.currentThread().setUncaughtExceptionHandler(previous);
    }
    assertEquals(1, requests().size());
    assertEquals("metrics backend down", reported.get(0).getMessage());
  }

  @Test
  void callsAfterCloseAreRefusedAlsoThroughViews() {
    wm.stubFor(any(anyUrl()).willReturn(customer("provisioned")));
    WholesaleClient view = client.onBehalfOf("sub-1");
    client.close();

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> client.customers().get(ID));
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> view.customers().get(ID));
    assertThrows(IllegalStateException.class, () -> client.customers().list().iterator().hasNext());
    assertEquals(0, requests().size());
  }

  @Test
  void aWebexApiExceptionKeepsItsDataThroughJavaSerialisation() throws Exception {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(409).withHeader("Retry-After", "5")
        .withBody("{\"message\":\"busy\",\"errors\":[{\"errorCode\":4003,\"description\":\"locked\"}],"
            + "\"trackingId\":\"T1\"}")));
    ConflictException original = assertThrows(ConflictException.class, () -> client.customers().get(ID));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(original);
    }
    WebexApiException copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (WebexApiException) in.readObject();
    }

    assertEquals(ConflictException.class, copy.getClass());
    assertEquals(409, copy.statusCode());
    assertEquals(List.of(4003L), copy.errorCodes());
    assertEquals("locked", copy.errors().get(0).getDescription());
    assertEquals("T1", copy.trackingId());
    assertEquals(Duration.ofSeconds(5), copy.retryAfter().orElseThrow());
    assertEquals(original.rawBody(), copy.rawBody());
    assertEquals(original.url(), copy.url());
    assertEquals(original.getMessage(), copy.getMessage());
  }

  private static CustomerUpdateRequest update() {
    return new CustomerUpdateRequest().packages(List.of(WholesalePackagesCustomer.WEBEX_MEETINGS));
  }
}
