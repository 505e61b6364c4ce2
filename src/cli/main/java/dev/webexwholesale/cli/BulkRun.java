package dev.webexwholesale.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.webexwholesale.client.CustomerListParams;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.bulk.BulkError;
import dev.webexwholesale.client.bulk.BulkEvent;
import dev.webexwholesale.client.bulk.BulkOutcome;
import dev.webexwholesale.client.bulk.BulkProvisioner;
import dev.webexwholesale.client.bulk.BulkResult;
import dev.webexwholesale.client.bulk.BulkStoppedException;
import dev.webexwholesale.client.bulk.BulkSummary;
import dev.webexwholesale.client.bulk.JsonLinesJournal;
import dev.webexwholesale.client.errors.WholesaleException;
import dev.webexwholesale.client.internal.json.WholesaleJson;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Runs one {@code bulk ... provision}: input, journal, client, provisioner, output, exit code. */
final class BulkRun {
  static final String CUSTOMER_EXTERNAL_ID = "customerExternalId";

  private BulkRun() {
  }

  static int customers(RootCommand root, BulkOptions o) throws Exception {
    o.check();
    WholesaleClient rootClient = client(root, o);
    WholesaleClient client = scoped(root, rootClient);
    try (BulkInput<CustomerProvisionRequest> input = BulkInput.open(o.file, CustomerProvisionRequest.class, List.of(),
        tree -> tree);
        JsonLinesJournal journal = openJournal(o)) {
      return run(root, o, input, BulkProvisioner.customers(client, journal));
    } finally {
      rootClient.close();
    }
  }

  static int subscribers(RootCommand root, BulkOptions o) throws Exception {
    o.check();
    WholesaleClient rootClient = client(root, o);
    WholesaleClient client = scoped(root, rootClient);
    CustomerResolver customers = new CustomerResolver(client);
    try (BulkInput<SubscriberProvisionRequest> input = BulkInput.open(o.file, SubscriberProvisionRequest.class,
        List.of(CUSTOMER_EXTERNAL_ID), customers::prepare);
        JsonLinesJournal journal = openJournal(o)) {
      return run(root, o, input, BulkProvisioner.subscribers(client, journal));
    } finally {
      rootClient.close();
    }
  }

  private static <T> int run(RootCommand root, BulkOptions o, BulkInput<T> input, BulkProvisioner.Builder<T> builder)
      throws Exception {
    PrintWriter out = root.ctx.out;
    BulkProgress progress = new BulkProgress(root.ctx.err, root.ctx.interactive, root.ctx.time,
        BulkInput.estimateRows(o.file));
    builder.concurrency(o.concurrency).precheck(o.precheck).waitForProvisioned(o.waitForProvisioned)
        .retryFailed(o.retryFailed).settleDelay(o.settleDelay).maxRetryAfter(o.maxRetryAfter)
        .listener(e -> {
          if (e.step() == BulkEvent.Step.FINISHED) {
            out.println(line(e.result()));
            out.flush();
          }
          progress.onEvent(e);
        });
    if (o.timeout != null) {
      builder.waitTimeout(o.timeout);
    }
    BulkProvisioner<T> provisioner = builder.build();
    // Ctrl-C or SIGTERM interrupts the run, which ends its rows in flight, and waits for the
    // summary: the journal stays consistent and the exit code names the interrupt.
    Thread main = Thread.currentThread();
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      main.interrupt();
      try {
        finished.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "bulk-stop");
    boolean hooked = addHook(hook);
    try {
      BulkSummary summary = provisioner.run(input);
      progress.summary(summary.skipped(), summary.resent(), summary.unresolved());
      return exitCode(summary.outcomes());
    } catch (BulkStoppedException e) {
      BulkSummary s = e.summary();
      progress.summary(s.skipped(), s.resent(), s.unresolved());
      root.ctx.err.println("error: bulk run stopped: " + root.safe(e.getMessage()));
      root.ctx.err.flush();
      Thread.interrupted(); // the interrupt is reported; let the journal and client close normally
      return e.reason() == BulkStoppedException.Reason.INTERRUPTED ? ExitCodes.INTERRUPTED : ExitCodes.RUN_STOPPED;
    } finally {
      out.flush();
      finished.countDown();
      if (hooked) {
        removeHook(hook);
      }
    }
  }

  /** How long a signal waits for the run to print its summary before the JVM exits anyway. */
  private static final long STOP_WAIT_SECONDS = 40;

  private static boolean addHook(Thread hook) {
    try {
      Runtime.getRuntime().addShutdownHook(hook);
      return true;
    } catch (IllegalStateException e) {
      return false; // already shutting down
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // shutting down: the hook is running and will find the latch counted down
    }
  }

  /** 0 all succeeded; 3 any failed or rejected; else 5 any on hold; else 4 any timed out. */
  static int exitCode(Map<BulkOutcome, Long> counts) {
    if (n(counts, BulkOutcome.FAILED) + n(counts, BulkOutcome.REJECTED_BEFORE_SENDING)
        + n(counts, BulkOutcome.REJECTED_BY_SERVER) > 0) {
      return ExitCodes.PROVISIONING_FAILED;
    }
    if (n(counts, BulkOutcome.ON_HOLD) > 0) {
      return ExitCodes.ON_HOLD;
    }
    if (n(counts, BulkOutcome.TIMED_OUT) > 0) {
      return ExitCodes.TIMED_OUT;
    }
    return ExitCodes.OK;
  }

  private static long n(Map<BulkOutcome, Long> counts, BulkOutcome o) {
    Long v = counts.get(o);
    return v == null ? 0 : v;
  }

  /** One stdout line: what a script needs to act on the row. */
  static String line(BulkResult r) {
    JsonObject o = new JsonObject();
    o.addProperty("row", r.row());
    o.addProperty("key", r.key());
    o.addProperty("outcome", r.outcome().wireName());
    o.addProperty("id", r.id());
    o.addProperty("status", r.status());
    if (r.adopted()) {
      o.addProperty("adopted", true);
    }
    o.add("errors", errors(r.errors()));
    o.addProperty("trackingId", r.trackingId());
    if (r.message() != null) {
      o.addProperty("message", r.message());
    }
    if (r.fromJournal()) {
      o.addProperty("fromJournal", true);
    }
    return WholesaleJson.gson().toJson(o);
  }

  static JsonArray errors(List<BulkError> errors) {
    JsonArray a = new JsonArray();
    for (BulkError e : errors) {
      JsonObject j = new JsonObject();
      if (e.errorCode() != null) {
        j.addProperty("errorCode", e.errorCode());
      }
      j.addProperty("description", e.description());
      a.add(j);
    }
    return a;
  }

  private static JsonLinesJournal openJournal(BulkOptions o) throws IOException {
    try {
      return JsonLinesJournal.open(o.journalPath());
    } catch (IllegalStateException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** A client like the root command's, paced at {@code --rate}. */
  private static WholesaleClient client(RootCommand root, BulkOptions o) {
    return root.buildClient(b -> {
      if (o.rate != null) {
        b.rateLimit(o.rate);
      }
    });
  }

  private static WholesaleClient scoped(RootCommand root, WholesaleClient client) {
    return root.subPartner == null ? client : client.onBehalfOf(root.subPartner);
  }

  /**
   * {@code customerExternalId} → {@code customerId}, one lookup per customer. A found id and a
   * definite "no such customer" are kept for the run; a failed lookup (timeout, 5xx) is not, so
   * the next row naming that customer looks it up again.
   */
  static final class CustomerResolver {
    private final WholesaleClient client;
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> problems = new HashMap<>();

    CustomerResolver(WholesaleClient client) {
      this.client = client;
    }

    JsonObject prepare(JsonObject tree) {
      JsonElement external = tree.remove(CUSTOMER_EXTERNAL_ID);
      if (external == null) {
        return tree;
      }
      if (tree.has("customerId")) {
        throw new IllegalArgumentException("give customerId or customerExternalId, not both");
      }
      if (!external.isJsonPrimitive() || external.getAsString().isBlank()) {
        throw new IllegalArgumentException("customerExternalId must be a non-empty string");
      }
      tree.addProperty("customerId", resolve(external.getAsString()));
      return tree;
    }

    private String resolve(String externalId) {
      String id = ids.get(externalId);
      if (id != null) {
        return id;
      }
      String problem = problems.get(externalId);
      if (problem == null) {
        try {
          for (Customer c : client.customers().list(CustomerListParams.builder().externalId(externalId).build())) {
            if (externalId.equals(c.getExternalId()) && c.getId() != null) {
              ids.put(externalId, c.getId());
              return c.getId();
            }
          }
          problem = "no customer with externalId " + externalId;
        } catch (WholesaleException e) {
          throw new IllegalArgumentException("cannot look up customerExternalId " + externalId + " (" + e.getMessage()
              + "); run again to provision this row");
        }
        problems.put(externalId, problem);
      }
      throw new IllegalArgumentException(problem);
    }
  }
}
