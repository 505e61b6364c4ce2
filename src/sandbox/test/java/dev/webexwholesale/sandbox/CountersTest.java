package dev.webexwholesale.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CountersTest {
  @RegisterExtension
  static WholesaleSandboxExtension sandbox = WholesaleSandboxExtension.create(b -> b.provisioningPolls(0));

  @Test
  void requestsAreCountedPerOperation() {
    SandboxHttp http = new SandboxHttp(sandbox.get().baseUrl());
    String customerId = sandbox.get().createProvisionedCustomer("count");
    http.get("/wholesale/customers");
    http.get("/wholesale/customers");
    http.get("/wholesale/customers/" + customerId);
    http.post("/wholesale/subscribers", SandboxHttp.subscriberBody(customerId, "a@count.com"));
    http.get("/wholesale/nothing");
    new SandboxHttp(sandbox.get().baseUrl()).token(null).get("/wholesale/subPartners");

    SandboxStats stats = sandbox.get().stats();
    assertEquals(6, stats.totalRequests());
    assertEquals(2, stats.requests(Operation.LIST_CUSTOMERS));
    assertEquals(1, stats.requests(Operation.GET_CUSTOMER));
    assertEquals(1, stats.requests(Operation.PROVISION_SUBSCRIBER));
    assertEquals(1, stats.requests(Operation.UNKNOWN));
    assertEquals(1, stats.requests(Operation.LIST_SUB_PARTNERS), "a refused request still counts");
    assertEquals(0, stats.requests(Operation.REMOVE_SUBSCRIBER));
    assertEquals(1, stats.subscriberProvisionsAccepted());

    sandbox.get().resetStats();
    assertEquals(0, sandbox.get().stats().totalRequests());
    assertEquals(0, sandbox.get().provisionsAccepted(customerId, "a@count.com"));
  }

  @Test
  void concurrentProvisionsAreCountedExactlyPerCustomerAndEmail() throws Exception {
    String customerId = sandbox.get().createProvisionedCustomer("concurrent");
    SandboxHttp http = new SandboxHttp(sandbox.get().baseUrl());
    int emails = 150;
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < emails; i++) {
          String body = SandboxHttp.subscriberBody(customerId, "user" + i + "@concurrent.com");
          statuses.add(pool.submit(() -> http.post("/wholesale/subscribers", body).status()));
        }
      }
      int created = 0;
      int conflicts = 0;
      for (Future<Integer> status : statuses) {
        int code = status.get();
        if (code == 200) {
          created++;
        } else if (code == 409) {
          conflicts++;
        }
      }
      assertEquals(emails, created, "each email is accepted exactly once");
      assertEquals(emails, conflicts);
    } finally {
      pool.shutdownNow();
    }
    SandboxStats stats = sandbox.get().stats();
    assertEquals(emails, stats.subscriberProvisionsAccepted());
    assertEquals(emails, stats.duplicateAttempts());
    assertEquals(2L * emails, stats.requests(Operation.PROVISION_SUBSCRIBER));
    Map<String, Integer> perEmail = sandbox.get().provisionsAcceptedByEmail(customerId);
    assertEquals(emails, perEmail.size());
    perEmail.values().forEach(count -> assertEquals(1, count));
    assertEquals(emails, sandbox.get().subscriberCount());
  }
}
