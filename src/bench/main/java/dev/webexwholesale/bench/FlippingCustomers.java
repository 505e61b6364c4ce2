package dev.webexwholesale.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves {@code GET /v1/wholesale/customers/{id}} for part 4: a customer reads
 * {@code provisioning} until its flip instant and {@code provisioned} from then on. The status
 * is computed on each read from {@link System#nanoTime()}, so the state change happens
 * exactly at the flip instant, on the same clock the waiter's caller reads.
 */
public final class FlippingCustomers {
  private static final String PATH = "/v1/wholesale/customers/";
  private final Map<String, Long> flipAtNanos = new ConcurrentHashMap<>();

  /** Registers {@code id}, turning provisioned at {@code flipAtNanos} (System.nanoTime). */
  public void add(String id, long flipAtNanos) {
    this.flipAtNanos.put(id, flipAtNanos);
  }

  public LoopbackHttpServer.Handler handler() {
    return (method, target) -> {
      String id = target.startsWith(PATH) ? target.substring(PATH.length()).split("\\?", 2)[0] : "";
      Long flipAt = flipAtNanos.get(id);
      if (!"GET".equals(method) || flipAt == null) {
        return LoopbackHttpServer.Reply.json(404, "{\"message\":\"not found\",\"trackingId\":\"BENCH_0\"}");
      }
      String status = System.nanoTime() < flipAt ? "provisioning" : "provisioned";
      return LoopbackHttpServer.Reply.json(200, "{\"id\":\"" + id + "\",\"externalId\":\"bench\","
          + "\"status\":\"" + status + "\",\"packages\":[\"webex_calling\"]}");
    };
  }
}
