package dev.webexwholesale.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerStatus;
import dev.webexwholesale.model.Package;
import dev.webexwholesale.model.ResourceUrl;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.webexwholesale.testing.FakeTime;

class CustomerLifecycleTest {
  @RegisterExtension
  static WholesaleSandboxExtension sandbox = WholesaleSandboxExtension.create(b -> b.provisioningPolls(2));

  private SandboxHttp http() {
    return new SandboxHttp(sandbox.get().baseUrl());
  }

  private String provision(SandboxHttp http, String externalId) {
    SandboxHttp.Exchange accepted = http.post("/wholesale/customers", SandboxHttp.customerBody(externalId));
    assertEquals(202, accepted.status(), accepted.body());
    String url = accepted.as(ResourceUrl.class).getUrl();
    assertEquals(url, accepted.header("Location"));
    assertTrue(url.startsWith(sandbox.get().baseUrl() + "/wholesale/customers/"), url);
    return SandboxHttp.idFromUrl(url);
  }

  private Customer get(SandboxHttp http, String id) {
    SandboxHttp.Exchange answer = http.get("/wholesale/customers/" + id);
    assertEquals(200, answer.status(), answer.body());
    return answer.as(Customer.class);
  }

  @Test
  void provisioningBecomesProvisionedAfterTheConfiguredPolls() {
    SandboxHttp http = http();
    String id = provision(http, "acme-1");
    Customer first = get(http, id);
    assertEquals(CustomerStatus.PROVISIONING, first.getStatus());
    assertNull(first.getOrgId(), "orgId appears only once provisioned");
    assertEquals(Package.StatusEnum.PROVISIONING, first.getResourceDetails().getPackages().get(0).getStatus());
    assertEquals(CustomerStatus.PROVISIONING, get(http, id).getStatus());
    Customer done = get(http, id);
    assertEquals(CustomerStatus.PROVISIONED, done.getStatus());
    assertNotNull(done.getOrgId());
    assertEquals("acme-1", done.getExternalId());
    Package pkg = done.getResourceDetails().getPackages().get(0);
    assertEquals(Package.StatusEnum.PROVISIONED, pkg.getStatus());
    assertNull(pkg.getLicenseIds(), "licenseIds only with includePackageLicenseInfo=true");
    Customer withLicenses = http.get("/wholesale/customers/" + id, java.util.Map.of("includePackageLicenseInfo", "true"))
        .as(Customer.class);
    assertEquals(1, withLicenses.getResourceDetails().getPackages().get(0).getLicenseIds().size());
    assertNull(done.getErrors());
  }

  @Test
  void provisionedWithErrorsCarriesPackageErrorsAndWarnings() {
    sandbox.get().customerOutcome("acme-pwe", CustomerOutcome.PROVISIONED_WITH_ERRORS);
    SandboxHttp http = http();
    String id = provision(http, "acme-pwe");
    get(http, id);
    get(http, id);
    Customer done = get(http, id);
    assertEquals(CustomerStatus.PROVISIONED_WITH_ERRORS, done.getStatus());
    Package pkg = done.getResourceDetails().getPackages().get(0);
    assertEquals(Package.StatusEnum.ERROR, pkg.getStatus());
    assertEquals(CustomerRecord.PACKAGE_ERROR_CODE, pkg.getErrors().get(0).getErrorCode());
    assertEquals(2560L, pkg.getWarnings().get(0).getErrorCode());
  }

  @Test
  void queuedOutcomesApplyInOrderThenTheDefault() {
    sandbox.get().nextCustomerOutcome(CustomerOutcome.ERROR).nextCustomerOutcome(CustomerOutcome.PENDING_RPL_REVIEW);
    SandboxHttp http = http();
    String failed = provision(http, "q-1");
    String held = provision(http, "q-2");
    String normal = provision(http, "q-3");
    for (int i = 0; i < 2; i++) {
      get(http, failed);
      get(http, held);
      get(http, normal);
    }
    Customer error = get(http, failed);
    assertEquals(CustomerStatus.ERROR, error.getStatus());
    assertEquals(Package.StatusEnum.ERROR, error.getResourceDetails().getPackages().get(0).getStatus());
    assertNotNull(error.getResourceDetails().getPackages().get(0).getErrors().get(0).getErrorCode());
    assertEquals(CustomerStatus.PENDING_RPL_REVIEW, get(http, held).getStatus());
    assertEquals(CustomerStatus.PENDING_RPL_REVIEW, get(http, held).getStatus(), "a hold does not end by polling");
    assertEquals(CustomerStatus.PROVISIONED, get(http, normal).getStatus());

    sandbox.get().completeRplReview(held);
    assertEquals(CustomerStatus.PROVISIONED, get(http, held).getStatus());
  }

  @Test
  void updateGoesThroughUpdatingAndBack() {
    SandboxHttp http = http();
    String id = sandbox.get().createProvisionedCustomer("acme-upd");
    SandboxHttp.Exchange accepted = http.put("/wholesale/customers/" + id,
        "{\"packages\":[\"webex_calling\",\"webex_meetings\"]}");
    assertEquals(202, accepted.status(), accepted.body());
    assertEquals(accepted.header("Location"), accepted.as(ResourceUrl.class).getUrl());
    Customer updating = get(http, id);
    assertEquals(CustomerStatus.UPDATING, updating.getStatus());
    assertEquals(2, updating.getPackages().size());

    SandboxHttp.Exchange incomplete = http.put("/wholesale/customers/" + id, "{\"externalId\":\"other\"}");
    assertEquals(400, incomplete.status(), "packages is required on update");
    assertEquals(WebexErrors.INVALID_REQUEST, incomplete.errorCode());
    SandboxHttp.Exchange busy = http.put("/wholesale/customers/" + id, "{\"externalId\":\"other\",\"packages\":[\"webex_calling\"]}");
    assertEquals(423, busy.status());
    assertEquals("1", busy.header("Retry-After"));
    assertEquals(WebexErrors.RESOURCE_BUSY, busy.errorCode());

    get(http, id);
    assertEquals(CustomerStatus.PROVISIONED, get(http, id).getStatus());
  }

  @Test
  void removeGoesThroughDeletingToNotFound() {
    SandboxHttp http = http();
    String id = sandbox.get().createProvisionedCustomer("acme-del");
    sandbox.get().seedSubscribers(id, 3);
    SandboxHttp.Exchange accepted = http.delete("/wholesale/customers/" + id);
    assertEquals(202, accepted.status());
    assertEquals(CustomerStatus.DELETING, get(http, id).getStatus());
    assertEquals(CustomerStatus.DELETING, get(http, id).getStatus());
    SandboxHttp.Exchange gone = http.get("/wholesale/customers/" + id);
    assertEquals(404, gone.status());
    assertEquals(WebexErrors.CUSTOMER_NOT_FOUND, gone.errorCode());
    assertEquals(0, sandbox.get().subscriberCount(), "a deleted customer's subscribers go with it");
    assertEquals(404, http.delete("/wholesale/customers/" + id).status());
  }

  @Test
  void provisionRejectsMissingFieldsAndDuplicateExternalId() {
    SandboxHttp http = http();
    SandboxHttp.Exchange missing = http.post("/wholesale/customers", "{\"externalId\":\"x\"}");
    assertEquals(400, missing.status());
    assertEquals(WebexErrors.INVALID_REQUEST, missing.errorCode());
    assertTrue(missing.error().getMessage().contains("provisioningId"), missing.body());
    assertTrue(missing.error().getMessage().contains("address"), missing.body());

    SandboxHttp.Exchange badPackage = http.post("/wholesale/customers",
        SandboxHttp.customerBody("y").replace("webex_calling", "webex_teleport"));
    assertEquals(400, badPackage.status());

    provision(http, "dup");
    SandboxHttp.Exchange duplicate = http.post("/wholesale/customers", SandboxHttp.customerBody("dup"));
    assertEquals(409, duplicate.status());
    assertEquals(WebexErrors.DUPLICATE_EXTERNAL_ID, duplicate.errorCode());
    assertEquals(duplicate.header("trackingid"), duplicate.error().getTrackingId());
  }

  @Test
  void precheckAnswersTheSeedShapeOrAConflict() {
    SandboxHttp http = http();
    SandboxHttp.Exchange noAddress = http.post("/wholesale/customers/validate", "{\"externalId\":\"fresh\"}");
    assertEquals(400, noAddress.status());
    assertTrue(noAddress.body().contains("address"), noAddress.body());
    SandboxHttp.Exchange ok = http.post("/wholesale/customers/validate", "{\"externalId\":\"fresh\",\"address\":{\"addressLine1\":\"1 Main St\",\"city\":\"Milpitas\",\"country\":\"US\"}}");
    assertEquals(200, ok.status());
    assertEquals("{\"message\":\"success\",\"info\":[{\"infoCode\":100,"
        + "\"description\":\"Provisioning preCheck validation successful.\"}]}", ok.body());
    sandbox.get().createProvisionedCustomer("taken");
    SandboxHttp.Exchange taken = http.post("/wholesale/customers/validate", "{\"externalId\":\"taken\",\"address\":{\"addressLine1\":\"1 Main St\",\"city\":\"Milpitas\",\"country\":\"US\"}}");
    assertEquals(409, taken.status());
    assertEquals(WebexErrors.DUPLICATE_EXTERNAL_ID, taken.errorCode());
  }

  @Test
  void timeBasedTransitionFollowsTheInjectedClock() {
    FakeTime clock = new FakeTime(Instant.parse("2026-03-01T10:15:30Z"));
    try (WholesaleSandbox timed = WholesaleSandbox.builder().provisioningDelay(Duration.ofMinutes(5)).clock(clock)
        .build().start()) {
      SandboxHttp http = new SandboxHttp(timed.baseUrl());
      SandboxHttp.Exchange accepted = http.post("/wholesale/customers", SandboxHttp.customerBody("timed"));
      String id = SandboxHttp.idFromUrl(accepted.header("Location"));
      for (int i = 0; i < 5; i++) {
        assertEquals("provisioning", http.get("/wholesale/customers/" + id).json().get("status").getAsString());
      }
      clock.advance(Duration.ofMinutes(5));
      assertEquals("provisioned", http.get("/wholesale/customers/" + id).json().get("status").getAsString());
      assertEquals("provisioned", http.get("/wholesale/customers", Map.of("externalId", "timed")).json()
          .getAsJsonArray("items").get(0).getAsJsonObject().get("status").getAsString());
    }
  }
}
