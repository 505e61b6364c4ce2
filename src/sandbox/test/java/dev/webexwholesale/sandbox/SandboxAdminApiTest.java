package dev.webexwholesale.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerStatus;
import java.io.UncheckedIOException;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin HTTP API under /__sandbox/: what a test in any language uses to steer a running sandbox. */
class SandboxAdminApiTest {
  @RegisterExtension
  static WholesaleSandboxExtension sandbox = WholesaleSandboxExtension.create(b -> b.provisioningPolls(0));

  private final SandboxHttp http = new SandboxHttp(sandbox.get().baseUrl());

  private SandboxHttp.Exchange admin(String method, String route, String json) {
    String root = sandbox.get().baseUrl().replaceAll("/v1$", "");
    return http.send(method, HttpUrl.get(root + "/__sandbox/" + route), json, null);
  }

  private Customer provisioned(String externalId) {
    SandboxHttp.Exchange accepted = http.post("/wholesale/customers", SandboxHttp.customerBody(externalId));
    assertEquals(202, accepted.status(), accepted.body());
    return http.get("/wholesale/customers/" + SandboxHttp.idFromUrl(accepted.header("Location"))).as(Customer.class);
  }

  @Test
  void customerOutcomesByExternalIdAndQueuedNext() {
    assertEquals(204, admin("POST", "outcomes/customers", "{\"externalId\":\"acme-bad\",\"outcome\":\"error\"}").status());
    assertEquals(204, admin("POST", "outcomes/customers", "{\"outcome\":\"pending_rpl_review\"}").status());

    assertEquals(CustomerStatus.ERROR, provisioned("acme-bad").getStatus());
    Customer held = provisioned("acme-next");
    assertEquals(CustomerStatus.PENDING_RPL_REVIEW, held.getStatus());
    assertEquals(CustomerStatus.PROVISIONED, provisioned("acme-default").getStatus(), "the queued outcome was used once");

    assertEquals(204, admin("POST", "customers/" + held.getId() + "/complete-rpl-review", "").status());
    assertEquals(CustomerStatus.PROVISIONED, http.get("/wholesale/customers/" + held.getId()).as(Customer.class)
        .getStatus());
  }

  @Test
  void subscriberOutcomesByEmailGoThroughTheSameRules() {
    String customerId = provisioned("acme-subs").getId();
    assertEquals(204, admin("POST", "outcomes/subscribers",
        "{\"email\":\"Held@Acme.example\",\"outcome\":\"pending_user_migration\"}").status());

    SandboxHttp.Exchange created = http.post("/wholesale/subscribers",
        SandboxHttp.subscriberBody(customerId, "held@acme.example"));
    assertEquals(202, created.status(), "an active free account answers 202");
    String id = created.json().get("id").getAsString();

    assertEquals("pending_user_migration", http.get("/wholesale/subscribers/" + id).json().get("status").getAsString());
    assertEquals(400, admin("POST", "outcomes/subscribers", "{\"email\":\"x@acme.example\",\"outcome\":\"error\"}")
        .status(), "no document gives subscribers an error status");
  }

  @Test
  void faultsApplyToTheNextMatchingRequestsAndCanBeCleared() {
    assertEquals(204, admin("POST", "faults",
        "{\"fault\":\"503\",\"method\":\"GET\",\"path\":\"/wholesale/customers\",\"times\":2,\"retryAfter\":7}")
        .status());

    SandboxHttp.Exchange first = http.get("/wholesale/customers");
    assertEquals(503, first.status());
    assertEquals("7", first.header("Retry-After"));
    assertEquals(503, http.get("/wholesale/customers").status());
    assertEquals(200, http.get("/wholesale/customers").status(), "only the next two");

    assertEquals(204, admin("POST", "faults", "{\"fault\":\"reset\",\"path\":\"/wholesale/subPartners\"}").status());
    assertEquals(204, admin("DELETE", "faults", null).status());
    assertEquals(200, http.get("/wholesale/subPartners").status());

    assertEquals(204, admin("POST", "faults", "{\"fault\":\"reset\",\"path\":\"/wholesale/subPartners\"}").status());
    assertTrue(assertThrowsUnchecked(() -> http.get("/wholesale/subPartners")), "the connection was reset");
  }

  @Test
  void seedingCountersAndResetAreReachableOverHttp() {
    SandboxHttp.Exchange seeded = admin("POST", "customers", "{\"externalId\":\"seeded\",\"subscribers\":3}");
    assertEquals(201, seeded.status(), seeded.body());
    String id = seeded.json().get("id").getAsString();
    assertEquals(3, seeded.json().get("subscribers").getAsInt());
    http.get("/wholesale/customers/" + id);

    var counters = admin("GET", "counters", null).json();
    assertEquals(1, counters.get("requestsByOperation").getAsJsonObject().get("getCustomer").getAsLong());
    assertEquals(3, counters.get("subscribers").getAsInt());
    assertTrue(counters.get("totalRequests").getAsLong() >= 1);

    assertEquals(204, admin("POST", "reset", "").status());
    var after = admin("GET", "counters", null).json();
    assertEquals(0, after.get("totalRequests").getAsLong(), "admin calls are not counted");
    assertEquals(0, after.get("customers").getAsInt());
    assertEquals(404, http.get("/wholesale/customers/" + id).status());
  }

  @Test
  void badAdminRequestsAnswerWebexShapedErrors() {
    SandboxHttp.Exchange unknownOutcome = admin("POST", "outcomes/customers", "{\"outcome\":\"bogus\"}");
    assertEquals(400, unknownOutcome.status());
    assertTrue(unknownOutcome.error().getMessage().contains("known: provisioned, provisioned_with_errors, error,"
        + " pending_rpl_review"), unknownOutcome.body());
    assertEquals(400, admin("POST", "faults", "{\"fault\":\"200\"}").status());
    assertEquals(400, admin("POST", "faults", "not json").status());
    SandboxHttp.Exchange unknown = admin("GET", "nowhere", null);
    assertEquals(404, unknown.status());
    assertTrue(unknown.error().getTrackingId().startsWith("SANDBOX_"), unknown.body());
    assertEquals(409, admin("POST", "customers/" + provisioned("not-held").getId() + "/complete-rpl-review", "")
        .status());
  }

  private static boolean assertThrowsUnchecked(Runnable call) {
    try {
      call.run();
      return false;
    } catch (UncheckedIOException e) {
      return true;
    }
  }
}
