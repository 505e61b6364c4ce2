package dev.webexwholesale.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.webexwholesale.model.Customer;
import dev.webexwholesale.testing.FakeTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Time-driven transitions: state moves on with the (injected) clock, whatever is polled. */
class TimeDrivenTransitionsTest {
  static final FakeTime TIME = new FakeTime();

  @RegisterExtension
  static WholesaleSandboxExtension sandbox = WholesaleSandboxExtension.create(
      b -> b.provisioningDelay(Duration.ofSeconds(5)).clock(TIME));

  private final SandboxHttp http = new SandboxHttp(sandbox.get().baseUrl());

  private String status(String id) {
    return http.get("/wholesale/customers/" + id).as(Customer.class).getStatus().getValue();
  }

  @Test
  void pollingAloneDoesNotAdvanceStateButTimeDoes() {
    String id = SandboxHttp.idFromUrl(http.post("/wholesale/customers", SandboxHttp.customerBody("timed-1"))
        .header("Location"));
    for (int i = 0; i < 10; i++) {
      assertEquals("provisioning", status(id));
    }
    TIME.advance(Duration.ofSeconds(5));
    assertEquals("provisioned", status(id));
  }

  @Test
  void anUpdateEndsWithTimeSoARemoveWithoutAnyGetIsAccepted() {
    String id = SandboxHttp.idFromUrl(http.post("/wholesale/customers", SandboxHttp.customerBody("timed-2"))
        .header("Location"));
    TIME.advance(Duration.ofSeconds(5));
    assertEquals(202, http.put("/wholesale/customers/" + id, "{\"packages\":[\"webex_calling\"]}").status());

    assertEquals(423, http.delete("/wholesale/customers/" + id).status(), "still updating");
    TIME.advance(Duration.ofSeconds(5));
    assertEquals(202, http.delete("/wholesale/customers/" + id).status(), "no GET needed: the update ended in time");

    assertEquals("deleting", status(id));
    TIME.advance(Duration.ofSeconds(5));
    assertEquals(404, http.get("/wholesale/customers/" + id).status());
  }
}
