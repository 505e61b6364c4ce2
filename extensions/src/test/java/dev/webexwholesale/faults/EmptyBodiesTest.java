package dev.webexwholesale.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.errors.WebexApiException;
import dev.webexwholesale.client.errors.WholesaleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A success that should carry a body but has none is a typed failure, never a null. */
class EmptyBodiesTest extends FaultTestBase {

  private void emptyOk() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withHeader("trackingid", "ROUTER_empty")));
  }

  private void assertTypedEmptyBodyFailure(Executable call) {
    WholesaleException e = assertThrows(WholesaleException.class, call);
    assertTrue(!(e instanceof WebexApiException), "not an HTTP error status: " + e.getClass());
    assertTrue(e.getMessage().contains("empty body") && e.getMessage().contains("ROUTER_empty"), e.getMessage());
  }

  @Test
  void anEmpty200ToAGetIsATypedErrorNamingTheTrackingId() {
    emptyOk();
    assertTypedEmptyBodyFailure(() -> client.customers().get(CUSTOMER_ID));
    assertTypedEmptyBodyFailure(() -> client.subscribers().get("sub-1"));
    assertEquals(2, requestCount(), "an empty body is not retried: the server answered");
  }

  @Test
  void anEmpty200ToAProvisionOrPrecheckIsATypedError() {
    emptyOk();
    assertTypedEmptyBodyFailure(() -> client.subscribers().provision(Operations.subscriberProvision()));
    assertTypedEmptyBodyFailure(() -> client.customers().precheck(new dev.webexwholesale.model.CustomerPrecheckRequest()
        .address(new dev.webexwholesale.model.Address().addressLine1("1 Main St").city("Milpitas").country("US"))));
    assertEquals(2, requestCount());
  }

  @Test
  void anEmpty200WhilePollingEndsTheWaitWithATypedError() {
    emptyOk();
    assertTypedEmptyBodyFailure(() -> client.customers().awaitProvisioned(CUSTOMER_ID));
  }
}
