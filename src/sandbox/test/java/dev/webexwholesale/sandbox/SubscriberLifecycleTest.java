package dev.webexwholesale.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
  void provisioningBecomesProvisionedAfterOnePoll() {
    Subscriber created = provision("alice@acme.com");
    assertEquals(SubscriberStatus.PROVISIONING, created.getStatus());
    assertEquals(customerId, created.getCustomerId());
    assertEquals("acme", created.getExternalCustomerId());
    assertEquals(WholesalePackagesSubscriber.WEBEX_CALLING, created.getPackages().get(0));
    assertNull(created.getPackage(), "the deprecated field is echoed only when it was used");
    assertEquals(SubscriberStatus.PROVISIONING, get(created.getId()).getStatus());
    Subscriber done = get(created.getId());
    assertEquals(SubscriberStatus.PROVISIONED, done.getStatus());
    assertEquals(created.getCreated(), done.getCreated());
    assertTrue(!done.getLastStatusChange().isBefore(done.getCreated()));
  }

  @Test
  void errorOutcomeCarriesErrors() {
    sandbox.get().subscriberOutcome("Bob@Acme.com", SubscriberOutcome.ERROR);
    Subscriber created = provision("bob@acme.com");
    get(created.getId());
    Subscriber failed = get(created.getId());
    assertEquals(SubscriberStatus.ERROR, failed.getStatus());
    assertEquals(SubscriberRecord.PROVISIONING_ERROR_CODE, failed.getErrors().get(0).getErrorCode());
  }

  @Test
  void pendingHoldsStayUntilResolved() {
    sandbox.get().nextSubscriberOutcome(SubscriberOutcome.PENDING_EMAIL_INPUT)
        .nextSubscriberOutcome(SubscriberOutcome.PENDING_EMAIL_VALIDATION)
        .nextSubscriberOutcome(SubscriberOutcome.PENDING_USER_MIGRATION);
    SubscriberStatus[] expected = {SubscriberStatus.PENDING_EMAIL_INPUT, SubscriberStatus.PENDING_EMAIL_VALIDATION,
        SubscriberStatus.PENDING_USER_MIGRATION};
    for (int i = 0; i < expected.length; i++) {
      Subscriber created = provision("held" + i + "@acme.com");
      get(created.getId());
      assertEquals(expected[i], get(created.getId()).getStatus());
      assertEquals(expected[i], get(created.getId()).getStatus());
      sandbox.get().resolveSubscriberHold(created.getId());
      assertEquals(SubscriberStatus.PROVISIONED, get(created.getId()).getStatus());
    }
    assertEquals(SubscriberStatus.PROVISIONING, provision("after@acme.com").getStatus());
  }

  @Test
  void updateGoesThroughUpdatingAndBack() {
    Subscriber created = provision("carol@acme.com");
    get(created.getId());
    get(created.getId());
    SandboxHttp.Exchange updated = http.put("/wholesale/subscribers/" + created.getId(), "{\"package\":\"webex_suite\"}");
    assertEquals(200, updated.status(), updated.body());
    Subscriber updating = updated.as(Subscriber.class);
    assertEquals(SubscriberStatus.UPDATING, updating.getStatus());
    assertEquals(WholesalePackagesSubscriber.WEBEX_SUITE, updating.getPackage());
    assertEquals(WholesalePackagesSubscriber.WEBEX_SUITE, updating.getPackages().get(0));
    assertEquals(423, http.put("/wholesale/subscribers/" + created.getId(), "{\"package\":\"webex_voice\"}").status());
    get(created.getId());
    assertEquals(SubscriberStatus.PROVISIONED, get(created.getId()).getStatus());

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
    String neither = "{\"customerId\":\"" + customerId + "\",\"email\":\"e@acme.com\"}";
    assertEquals(WebexErrors.PACKAGE_CHOICE, http.post("/wholesale/subscribers", neither).errorCode());
    String both = "{\"customerId\":\"" + customerId + "\",\"email\":\"e@acme.com\",\"package\":\"webex_calling\","
        + "\"packages\":[\"webex_calling\"]}";
    assertEquals(WebexErrors.PACKAGE_CHOICE, http.post("/wholesale/subscribers", both).errorCode());
    SandboxHttp.Exchange unknown = http.post("/wholesale/subscribers", SandboxHttp.subscriberBody("nope", "e@acme.com"));
    assertEquals(404, unknown.status());
    assertEquals(WebexErrors.CUSTOMER_NOT_FOUND, unknown.errorCode());
    SandboxHttp.Exchange badEmail = http.post("/wholesale/subscribers", SandboxHttp.subscriberBody(customerId, "no-at"));
    assertEquals(400, badEmail.status());
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

    SandboxHttp.Exchange unknown = http.post("/wholesale/subscribers/validate", ok.replace(customerId, "missing"));
    assertEquals(404, unknown.status());
    assertEquals(WebexErrors.CUSTOMER_NOT_FOUND, unknown.errorCode());

    SandboxHttp.Exchange both = http.post("/wholesale/subscribers/validate",
        ok.replace("\"packages\"", "\"package\":\"webex_calling\",\"packages\""));
    assertEquals(400, both.status());
    assertEquals(WebexErrors.PACKAGE_CHOICE, both.errorCode());
    SandboxHttp.Exchange neither = http.post("/wholesale/subscribers/validate", "{\"email\":\"n@acme.com\"}");
    assertEquals(WebexErrors.PACKAGE_CHOICE, neither.errorCode());
    SandboxHttp.Exchange noEmail = http.post("/wholesale/subscribers/validate", "{\"package\":\"webex_calling\"}");
    assertEquals(400, noEmail.status());
    assertEquals(WebexErrors.INVALID_REQUEST, noEmail.errorCode());
  }
}
