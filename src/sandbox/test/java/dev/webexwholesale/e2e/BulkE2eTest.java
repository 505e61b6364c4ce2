package dev.webexwholesale.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberStatus;
import dev.webexwholesale.sandbox.Operation;
import dev.webexwholesale.sandbox.SubscriberOutcome;
import dev.webexwholesale.sandbox.WholesaleSandboxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.webexwholesale.testing.FakeTime;

/** A batch job: many provisions awaited concurrently; each test gets its own sandbox. */
class BulkE2eTest {
  private static final int POLLS = 2;

  @RegisterExtension
  final WholesaleSandboxExtension sandbox = WholesaleSandboxExtension.create(b -> b.provisioningPolls(POLLS));

  @Test
  void provisionsABatchAndAwaitsEveryoneConcurrently() throws Exception {
    FakeTime time = new FakeTime();
    int n = 40;
    try (WholesaleClient client = E2e.clientFor(sandbox.get(), time).build()) {
      String customerId = sandbox.get().createProvisionedCustomer("batch");
      sandbox.get().freeAccount("user7@batch.example.com");
      sandbox.get().subscriberOutcome("user9@batch.example.com", SubscriberOutcome.PENDING_USER_MIGRATION);

      List<CompletableFuture<WaitOutcome<Subscriber>>> waits = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Subscriber s = client.subscribers().provision(E2e.subscriber(customerId, "user" + i + "@batch.example.com"));
        waits.add(client.subscribers().awaitProvisionedAsync(s.getId()));
      }
      CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

      Map<WaitOutcome.Kind, Long> kinds = waits.stream().map(CompletableFuture::join)
          .collect(Collectors.groupingBy(WaitOutcome::kind, Collectors.counting()));
      assertEquals(Map.of(WaitOutcome.Kind.SUCCEEDED, (long) n - 2, WaitOutcome.Kind.ON_HOLD, 2L), kinds);
      assertEquals("user7@batch.example.com", waits.get(7).join().resource().orElseThrow().getEmail());
      assertEquals(SubscriberStatus.PENDING_USER_MIGRATION, waits.get(9).join().resource().orElseThrow().getStatus());
      assertEquals(n, sandbox.get().stats().requests(Operation.GET_SUBSCRIBER),
          "subscriber provisioning is synchronous: each wait reads its subscriber once");
      assertEquals(n, sandbox.get().stats().subscriberProvisionsAccepted());
      assertTrue(sandbox.get().provisionsAcceptedByEmail(customerId).values().stream().allMatch(c -> c == 1));
    }
  }
}
