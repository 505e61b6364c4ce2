package dev.webexwholesale.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.model.CustomerList;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthAndScopeTest {
  @RegisterExtension
  static WholesaleSandboxExtension sandbox = WholesaleSandboxExtension.create(b -> b.subPartner("SP-A")
      .subPartner("SP-B"));

  @Test
  void missingOrMalformedAuthorizationIs401WithAnErrorBody() {
    SandboxHttp http = new SandboxHttp(sandbox.get().baseUrl()).token(null);
    SandboxHttp.Exchange none = http.get("/wholesale/customers");
    assertEquals(401, none.status());
    assertTrue(none.error().getMessage().contains("access token"));
    assertEquals(none.header("trackingid"), none.error().getTrackingId());

    SandboxHttp.Exchange basic = http.send("GET", HttpUrl.get(sandbox.get().baseUrl() + "/wholesale/customers"),
        null, null);
    assertEquals(401, basic.status());
    assertEquals(401, new SandboxHttp(sandbox.get().baseUrl()).token(" ").get("/wholesale/customers").status());
    assertEquals(200, new SandboxHttp(sandbox.get().baseUrl()).get("/wholesale/customers").status());
  }

  @Test
  void acceptedTokensRestrictWhichBearerWorks() {
    try (WholesaleSandbox strict = WholesaleSandbox.builder().acceptedTokens("good").build().start()) {
      assertEquals(401, new SandboxHttp(strict.baseUrl()).token("bad").get("/wholesale/customers").status());
      assertEquals(200, new SandboxHttp(strict.baseUrl()).token("good").get("/wholesale/customers").status());
    }
  }

  @Test
  void trackingIdIsEchoedOrGenerated() {
    SandboxHttp http = new SandboxHttp(sandbox.get().baseUrl());
    HttpUrl url = http.url("/wholesale/customers/nope", Map.of());
    SandboxHttp.Exchange echoed = http.send("GET", url, null, "MY_TRACKING_42");
    assertEquals(404, echoed.status());
    assertEquals("MY_TRACKING_42", echoed.header("trackingid"));
    assertEquals("MY_TRACKING_42", echoed.error().getTrackingId());

    SandboxHttp.Exchange first = http.get("/wholesale/customers");
    SandboxHttp.Exchange second = http.get("/wholesale/customers");
    assertTrue(first.header("trackingid").startsWith("SANDBOX_"), first.header("trackingid"));
    assertNotEquals(first.header("trackingid"), second.header("trackingid"));
  }

  @Test
  void unknownPathIs404WithTrackingId() {
    SandboxHttp.Exchange answer = new SandboxHttp(sandbox.get().baseUrl()).get("/wholesale/things");
    assertEquals(404, answer.status());
    assertTrue(answer.header("trackingid").startsWith("SANDBOX_"));
  }

  @Test
  void subPartnersSeeOnlyTheirOwnCustomersAndSubscribers() {
    String partnerCustomer = sandbox.get().createProvisionedCustomer("mine");
    String aCustomer = sandbox.get().createProvisionedCustomer("theirs", "SP-A");
    List<String> aSubscribers = sandbox.get().seedSubscribers(aCustomer, 2);
    sandbox.get().seedSubscribers(partnerCustomer, 3);

    SandboxHttp partner = new SandboxHttp(sandbox.get().baseUrl());
    SandboxHttp asA = partner.onBehalfOf("SP-A");
    SandboxHttp asB = partner.onBehalfOf("SP-B");

    assertEquals(List.of("theirs"), asA.get("/wholesale/customers").as(CustomerList.class).getItems().stream()
        .map(c -> c.getExternalId()).toList());
    assertEquals(List.of("mine"), partner.get("/wholesale/customers").as(CustomerList.class).getItems().stream()
        .map(c -> c.getExternalId()).toList());
    assertEquals(0, asB.get("/wholesale/customers").as(CustomerList.class).getItems().size());

    assertEquals(aSubscribers, asA.get("/wholesale/subscribers").as(SubscriberList.class).getItems().stream()
        .map(Subscriber::getId).toList());
    assertEquals(3, partner.get("/wholesale/subscribers").as(SubscriberList.class).getItems().size());

    assertEquals(200, asA.get("/wholesale/customers/" + aCustomer).status());
    assertEquals(404, asB.get("/wholesale/customers/" + aCustomer).status());
    assertEquals(404, partner.get("/wholesale/customers/" + aCustomer).status());
    assertEquals(404, asB.get("/wholesale/subscribers/" + aSubscribers.get(0)).status());
    assertEquals(404, asB.delete("/wholesale/subscribers/" + aSubscribers.get(0)).status());
    SandboxHttp.Exchange foreign = asB.post("/wholesale/subscribers",
        SandboxHttp.subscriberBody(aCustomer, "sneaky@b.com"));
    assertEquals(404, foreign.status());
    assertEquals(WebexErrors.CUSTOMER_NOT_FOUND, foreign.errorCode());

    SandboxHttp.Exchange created = asB.post("/wholesale/customers", SandboxHttp.customerBody("theirs"));
    assertEquals(202, created.status(), "externalIds are unique per sub-partner, not across them");
  }

  @Test
  void unknownSubPartnerIs403() {
    SandboxHttp.Exchange answer = new SandboxHttp(sandbox.get().baseUrl()).onBehalfOf("SP-NOBODY")
        .get("/wholesale/customers");
    assertEquals(403, answer.status());
    assertEquals(WebexErrors.UNKNOWN_SUB_PARTNER, answer.errorCode());
    assertEquals(answer.header("trackingid"), answer.error().getTrackingId());
    assertNull(answer.header("Link"));
  }
}
