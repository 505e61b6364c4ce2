package dev.webexwholesale.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.model.CustomerList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

class WholesaleSandboxExtensionTest {

  @Nested
  @ExtendWith(WholesaleSandboxExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class InjectedByExtendWith {
    @Test
    @Order(1)
    void injectsAStartedSandbox(WholesaleSandbox sandbox) {
      assertTrue(sandbox.isRunning());
      assertTrue(sandbox.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+/v1"), sandbox.baseUrl());
      sandbox.createProvisionedCustomer("left-over");
      assertEquals(1, new SandboxHttp(sandbox.baseUrl()).get("/wholesale/customers").as(CustomerList.class)
          .getItems().size());
    }

    @Test
    @Order(2)
    void stateIsResetBetweenTests(WholesaleSandbox sandbox) {
      assertEquals(0, sandbox.customerCount());
      assertEquals(0, sandbox.stats().totalRequests());
    }
  }

  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class BillingReportsUnderTheExtension {
    @RegisterExtension
    static final WholesaleSandboxExtension SANDBOX = WholesaleSandboxExtension.create(b -> b.billingReportPolls(0)
        .billingReportFailure(new BillingReportFailure(2100, "No usage data.")));

    @Test
    @Order(1)
    void theBuildersBillingSettingsApplyAndTheDownloadHostRuns(WholesaleSandbox sandbox) throws Exception {
      SandboxHttp http = new SandboxHttp(sandbox.baseUrl());
      String id = http.post("/wholesale/billing/reports", "{\"billingStartDate\":\"2024-01-01\","
          + "\"billingEndDate\":\"2024-01-31\"}").json().get("id").getAsString();
      assertEquals("FAILED", http.get("/wholesale/billing/reports/" + id).json().get("status").getAsString());
      assertTrue(sandbox.downloadOrigin().matches("http://127\\.0\\.0\\.1:\\d+"), sandbox.downloadOrigin());
      try (okhttp3.Response r = SandboxHttp.CLIENT.newCall(new okhttp3.Request.Builder()
          .url(sandbox.downloadOrigin() + "/WHOLESALE/x.csv").build()).execute()) {
        assertEquals(403, r.code(), "unsigned: refused");
      }
    }

    @Test
    @Order(2)
    void reportsAndDownloadCountersAreResetBetweenTests(WholesaleSandbox sandbox) {
      assertEquals("[]", new SandboxHttp(sandbox.baseUrl()).get("/wholesale/billing/reports").json()
          .getAsJsonArray("items").toString());
      assertEquals(new BillingDownloadStats(0, 0, 0, 0, 0, 0, 0), sandbox.downloadStats());
    }
  }

  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class RegisteredOnAStaticFieldKeepingState {
    @RegisterExtension
    static final WholesaleSandboxExtension SANDBOX = WholesaleSandboxExtension.create(b -> b.provisioningPolls(0))
        .keepingStateBetweenTests();
    static final List<WholesaleSandbox> SEEN = new ArrayList<>();

    @Test
    @Order(1)
    void first(WholesaleSandbox injected) {
      assertSame(SANDBOX.get(), injected);
      SEEN.add(injected);
      injected.createProvisionedCustomer("kept");
    }

    @Test
    @Order(2)
    void second(WholesaleSandbox injected) {
      assertSame(SEEN.get(0), injected, "one sandbox for the class");
      assertEquals(1, injected.customerCount(), "state kept on request");
    }
  }

  @Nested
  class RegisteredOnAnInstanceField {
    @RegisterExtension
    final WholesaleSandboxExtension sandbox = WholesaleSandboxExtension.create(b -> { });

    @Test
    void eachTestGetsItsOwnRunningSandbox(WholesaleSandbox injected) {
      assertSame(sandbox.get(), injected);
      assertTrue(injected.isRunning());
      assertEquals(200, new SandboxHttp(injected.baseUrl()).get("/wholesale/customers").status());
    }
  }
}
