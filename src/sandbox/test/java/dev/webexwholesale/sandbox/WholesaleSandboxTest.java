package dev.webexwholesale.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.model.SubPartnerList;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class WholesaleSandboxTest {
  @Test
  void builderRejectsBadSettings() {
    assertThrows(IllegalArgumentException.class, () -> WholesaleSandbox.builder().port(70000));
    assertThrows(IllegalArgumentException.class, () -> WholesaleSandbox.builder().provisioningPolls(-1));
    assertThrows(IllegalArgumentException.class, () -> WholesaleSandbox.builder().threads(2));
    assertThrows(IllegalArgumentException.class, () -> WholesaleSandbox.builder().rateLimit(0));
    assertThrows(NullPointerException.class, () -> WholesaleSandbox.builder().clock(null));
  }

  @Test
  void lifecycleOfTheServer() {
    WholesaleSandbox sandbox = WholesaleSandbox.builder().build();
    assertThrows(IllegalStateException.class, sandbox::baseUrl);
    assertFalse(sandbox.isRunning());
    sandbox.start();
    try {
      assertTrue(sandbox.isRunning());
      assertEquals("http://127.0.0.1:" + sandbox.port() + "/v1", sandbox.baseUrl());
      assertThrows(IllegalStateException.class, sandbox::start);
    } finally {
      sandbox.close();
    }
    sandbox.close();
    assertFalse(sandbox.isRunning());
    SandboxHttp http = new SandboxHttp(sandbox.baseUrl());
    assertThrows(UncheckedIOException.class, () -> http.get("/wholesale/customers"), "nothing listens any more");
  }

  @Test
  void resetForgetsStateButKeepsSubPartners() {
    try (WholesaleSandbox sandbox = WholesaleSandbox.builder().subPartner("SP-KEEP").build().start()) {
      String customerId = sandbox.createProvisionedCustomer("gone", "SP-KEEP");
      sandbox.seedSubscribers(customerId, 4);
      sandbox.nextCustomerOutcome(CustomerOutcome.ERROR);
      sandbox.injectFault("GET", "/wholesale", 5, SandboxFault.status(500));
      sandbox.reset();
      assertEquals(0, sandbox.customerCount());
      assertEquals(0, sandbox.subscriberCount());
      SandboxHttp http = new SandboxHttp(sandbox.baseUrl());
      SandboxHttp.Exchange partners = http.get("/wholesale/subPartners");
      assertEquals(200, partners.status(), "the fault rule was cleared");
      assertEquals("SP-KEEP", partners.as(SubPartnerList.class).getItems().get(0).getOrgId());
      String accepted = http.post("/wholesale/customers", SandboxHttp.customerBody("after")).header("Location");
      http.get("/wholesale/customers/" + SandboxHttp.idFromUrl(accepted));
      http.get("/wholesale/customers/" + SandboxHttp.idFromUrl(accepted));
      assertEquals("provisioned", http.get("/wholesale/customers/" + SandboxHttp.idFromUrl(accepted)).json()
          .get("status").getAsString(), "the queued ERROR outcome was cleared");
    }
  }

  @Test
  void seedingChecksItsArguments() {
    WholesaleSandbox sandbox = WholesaleSandbox.builder().build();
    String customerId = sandbox.createProvisionedCustomer("seeded");
    assertThrows(IllegalArgumentException.class, () -> sandbox.createProvisionedCustomer("seeded"));
    assertThrows(IllegalArgumentException.class, () -> sandbox.createProvisionedCustomer("x", "SP-UNKNOWN"));
    assertThrows(IllegalArgumentException.class, () -> sandbox.seedSubscribers("missing", 1));
    assertThrows(IllegalArgumentException.class, () -> sandbox.seedSubscribers(customerId, -1));
    assertThrows(IllegalStateException.class, () -> sandbox.completeRplReview(customerId));
    String subscriberId = sandbox.seedSubscribers(customerId, 1).get(0);
    assertThrows(IllegalStateException.class, () -> sandbox.resolveSubscriberHold(subscriberId));
    assertEquals(0, sandbox.stats().subscriberProvisionsAccepted(), "seeding is not a provision request");
  }
}
