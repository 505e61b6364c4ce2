package dev.webexwholesale.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberStatus;
import dev.webexwholesale.model.WholesalePackagesSubscriber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SubscriberLifecycleTest {
  @RegisterExtension
  static WholesaleSandboxExtension sandbox = WholesaleSandboxExtension.create(b -> b.provisioningPolls(1));

  private SandboxHttp http;
  private String customerId;

  @BeforeEach
  void customer() {
    http = new SandboxHttp(sandbox.get().baseUrl());
    customerId = sandbox.get().createProvisionedCustomer("acme");
  }

  private Subscriber provision(String email) {
    SandboxHttp.Exchange answer = http.post("/wholesale/subscribers", SandboxHttp.subscriberBody(customerId, email));
    assertEquals(200, answer.status(), answer.body());
    Subscriber subscriber = answer.as(Subscriber.class);
    assertEquals(sandbox.get().baseUrl() + "/wholesale/subscribers/" + subscriber.getId(), answer.header("Location"));
    return subscriber;
  }

  private Subscriber get(String id) {
    SandboxHttp.Exchange answer = http.get("/wholesale/subscribers/" + id);
    assertEquals(200, answer.status(), answer.body());
    return answer.as(Subscriber.class);
  }

  @Test
  void provisionAnswers200ProvisionedAtOnce() {
    Subscriber created = provision("alice@acme.com");
    assertEquals(SubscriberStatus.PROVISIONED, created.getStatus());
    assertEquals(customerId, created.getCustomerId());
    assertEquals("acme", created.getExternalCustomerId());
    assertEquals(WholesalePackagesSubscriber.WEBEX_CALLING, created.getPackages().get(0));
    assertNull(created.getPackage(), "the deprecated field is echoed only when it was used");
    assertNotNull(created.getPersonId());
    Subscriber again = get(created.getId());
    assertEquals(SubscriberStatus.PROVISIONED, again.getStatus());
    assertEquals(created.getCreated(), again.getCreated());
    assertTrue(!again.getLastStatusChange().isBefore(again.getCreated()));
  }

  @Test
  void freeAccountAnswers202PendingUntilConsentEmailAndConsent() {
    sandbox.get().freeAccount("Free@Acme.com");
    SandboxHttp.Exchange answer = http.post("/wholesale/subscribers", SandboxHttp.subscriberBody(customerId, "free@acme.com"));
    assertEquals(202, answer.status(), answer.body());
    Subscriber pending = answer.as(Subscriber.class);
    assertEquals(SubscriberStatus.PENDING_USER_MIGRATION, pending.getStatus());
    assertNull(pending.getPersonId(), "personId is only presented when provisioned");
    for (int i = 0; i < 3; i++) {
      assertEquals(SubscriberStatus.PENDING_USER_MIGRATION, get(pending.getId()).getStatus(), "no consent without the email");
    }

    SandboxHttp.Exchange sent = http.post("/subscribers/" + pending.getId() + "/emails/consentMove", "");
    assertEquals(204, sent.status(), sent.body());
    assertEquals("", sent.body());
    // consentPolls(1) by default: one more read still pending, then the person has consented.
    assertEquals(SubscriberStatus.PENDING_USER_MIGRATION, get(pending.getId()).getStatus());
    Subscriber moved = get(pending.getId());
    assertEquals(SubscriberStatus.PROVISIONED, moved.getStatus());
    assertNotNull(moved.getPersonId());

    SandboxHttp.Exchange notPending = http.post("/subscribers/" + pending.getId() + "/emails/consentMove", "");
    assertEquals(409, notPending.status());
    assertEquals(WebexErrors.NOT_PENDING_USER_MIGRATION, notPending.errorCode());
    SandboxHttp.Exchange missing = http.post("/subscribers/bm9uZQ==/emails/consentMove", "");
    assertEquals(404, missing.status());
    assertEquals(WebexErrors.SUBSCRIBER_NOT_FOUND, missing.errorCode());
  }

  @Test
  void undocumentedStatusIsOnlyAnOptInFault() {
    sandbox.get().nextSubscriberOutcome(SubscriberOutcome.UNDOCUMENTED_STATUS);
    Subscriber odd = provision("odd@acme.com");
    assertEquals("sandbox_undocumented_status", odd.getStatus().getValue());
    assertEquals(false, odd.getStatus().isKnown());
    assertEquals("sandbox_undocumented_status", get(odd.getId()).getStatus().getValue());
    sandbox.get().resolveSubscriberHold(odd.getId());
    assertEquals(SubscriberStatus.PROVISIONED, get(odd.getId()).getStatus());
    assertEquals(SubscriberStatus.PROVISIONED, provision("after@acme.com").getStatus());
  }

  @Test
  void updateAnswersTheUpdatedSubscriberAtOnce() {
    Subscriber created = provision("carol@acme.com");
    SandboxHttp.Exchange updated = http.put("/wholesale/subscribers/" + created.getId(), "{\"package\":\"webex_suite\"}");
    assertEquals(200, updated.status(), updated.body());
    Subscriber after = updated.as(Subscriber.class);
    assertEquals(SubscriberStatus.PROVISIONED, after.getStatus());
    assertEquals(WholesalePackagesSubscriber.WEBEX_SUITE, after.getPackage());
    assertEquals(WholesalePackagesSubscriber.WEBEX_SUITE, after.getPackages().get(0));
    assertEquals(WholesalePackagesSubscriber.WEBEX_SUITE, get(created.getId()).getPackages().get(0));

    SandboxHttp.Exchange both = http.put("/wholesale/subscribers/" + created.getId(),
        "{\"package\":\"webex_suite\",\"packages\":[\"webex_suite\"]}");
    assertEquals(400, both.status());
    assertEquals(WebexErrors.PACKAGE_CHOICE, both.errorCode());
  }

  @Test
  void removeAnswers204ThenNotFound() {
    Subscriber created = provision("dave@acme.com");
    SandboxHttp.Exchange removed = http.delete("/wholesale/subscribers/" + created.getId());
    assertEquals(204, removed.status());
    assertEquals("", removed.body());
    SandboxHttp.Exchange gone = http.get("/wholesale/subscribers/" + created.getId());
    assertEquals(404, gone.status());
    assertEquals(WebexErrors.SUBSCRIBER_NOT_FOUND, gone.errorCode());
    provision("dave@acme.com");
    assertEquals(2, sandbox.get().provisionsAccepted(customerId, "DAVE@acme.com"), "re-provisioned after removal");
  }

  @Test
  void provisionRejectsBadRequests() {
    String neither = "{\"customerId\":\"" + customerId + "\",\"email\":\"e@acme.com\",\"provisioningParameters\":{}}";
    assertEquals(WebexErrors.PACKAGE_CHOICE, http.post("/wholesale/subscribers", neither).errorCode());
    String both = "{\"customerId\":\"" + customerId + "\",\"email\":\"e@acme.com\",\"package\":\"webex_calling\","
        + "\"packages\":[\"webex_calling\"],\"provisioningParameters\":{}}";
    assertEquals(WebexErrors.PACKAGE_CHOICE, http.post("/wholesale/subscribers", both).errorCode());
    SandboxHttp.Exchange unknown = http.post("/wholesale/subscribers", SandboxHttp.subscriberBody("nope", "e@acme.com"));
    assertEquals(404, unknown.status());
    assertEquals(WebexErrors.CUSTOMER_NOT_FOUND, unknown.errorCode());
    SandboxHttp.Exchange badEmail = http.post("/wholesale/subscribers", SandboxHttp.subscriberBody(customerId, "no-at"));
    assertEquals(400, badEmail.status());
    SandboxHttp.Exchange noParameters = http.post("/wholesale/subscribers",
        "{\"customerId\":\"" + customerId + "\",\"email\":\"e@acme.com\",\"packages\":[\"webex_calling\"]}");
    assertEquals(400, noParameters.status());
    assertEquals(WebexErrors.INVALID_REQUEST, noParameters.errorCode());
    assertTrue(noParameters.body().contains("provisioningParameters"), noParameters.body());
    SandboxHttp.Exchange notJson = http.post("/wholesale/subscribers", "{oops");
    assertEquals(400, notJson.status());
    assertEquals(0, sandbox.get().subscriberCount());
  }

  @Test
  void subscribersWaitForTheirCustomer() {
    SandboxHttp.Exchange accepted = http.post("/wholesale/customers", SandboxHttp.customerBody("young"));
    String youngId = SandboxHttp.idFromUrl(accepted.header("Location"));
    SandboxHttp.Exchange early = http.post("/wholesale/subscribers", SandboxHttp.subscriberBody(youngId, "x@young.com"));
    assertEquals(400, early.status());
    assertEquals(WebexErrors.CUSTOMER_NOT_READY, early.errorCode());
  }

  @Test
  void duplicateEmailAnswers409AndIsCounted() {
    provision("erin@acme.com");
    SandboxHttp.Exchange again = http.post("/wholesale/subscribers",
        SandboxHttp.subscriberBody(customerId, "ERIN@acme.com"));
    assertEquals(409, again.status());
    assertEquals(WebexErrors.DUPLICATE_EMAIL, again.errorCode());
    assertEquals(1, sandbox.get().provisionsAccepted(customerId, "erin@acme.com"));
    assertEquals(1, sandbox.get().stats().duplicateAttempts());
    assertEquals(1, sandbox.get().stats().subscriberProvisionsAccepted());
  }

  @Test
  void precheckAnswersSuccessOrTheDetectedProblem() {
    String ok = "{\"customerId\":\"" + customerId + "\",\"email\":\"new@acme.com\",\"packages\":[\"webex_calling\"]}";
    SandboxHttp.Exchange success = http.post("/wholesale/subscribers/validate", ok);
    assertEquals(200, success.status());
    assertEquals("{\"message\":\"success\",\"info\":[{\"infoCode\":100,"
        + "\"description\":\"Provisioning preCheck validation successful.\"}]}", success.body());

    provision("taken@acme.com");
    SandboxHttp.Exchange duplicate = http.post("/wholesale/subscribers/validate", ok.replace("new@", "taken@"));
    assertEquals(409, duplicate.status());
    assertEquals(WebexErrors.DUPLICATE_EMAIL, duplicate.errorCode());
    assertEquals(0, sandbox.get().stats().duplicateAttempts(), "a precheck is not a provision attempt");

    // The seed's own example: customerId and email only, a customer no sandbox has.
    SandboxHttp.Exchange seed = http.post("/wholesale/subscribers/validate", "{\"customerId\":"
        + "\"ZjViMzYxODctYzhkZC00NzI3LThiMmYtZjljNDQ3ZjI5MDQ2OjQyODVmNTk0LTViNTEtNDdiZS05Mzk2LTZjMzZlMmFkODNhNQ\","
        + "\"email\":\"alice.anderson@acme.com\"}");
    assertEquals(200, seed.status(), seed.body());

    SandboxHttp.Exchange both = http.post("/wholesale/subscribers/validate",
        ok.replace("\"packages\"", "\"package\":\"webex_calling\",\"packages\""));
    assertEquals(400, both.status());
    assertEquals(WebexErrors.PACKAGE_CHOICE, both.errorCode());
    SandboxHttp.Exchange neither = http.post("/wholesale/subscribers/validate", "{\"email\":\"n@acme.com\"}");
    assertEquals(200, neither.status(), "a precheck without any package is one of the documented variants");
    SandboxHttp.Exchange noEmail = http.post("/wholesale/subscribers/validate", "{\"package\":\"webex_calling\"}");
    assertEquals(400, noEmail.status());
    assertEquals(WebexErrors.INVALID_REQUEST, noEmail.errorCode());
  }
}
