package dev.webexwholesale.client.bulk;

import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.internal.bulk.CustomerRows;
import dev.webexwholesale.client.internal.bulk.JournalIndex;
import dev.webexwholesale.client.internal.bulk.RowKind;
import dev.webexwholesale.client.internal.bulk.RowRunner;
import dev.webexwholesale.client.internal.bulk.SubscriberRows;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * Provisions many customers or subscribers, each exactly once, resumable after a crash.
 *
 * <pre>{@code
 * try (JsonLinesJournal journal = JsonLinesJournal.open(Path.of("subscribers.journal.jsonl"))) {
 *   BulkSummary summary = BulkProvisioner.subscribers(client, journal)
 *       .concurrency(8).waitForProvisioned(true).listener(e -> ...).build()
 *       .run(rows); // an Iterator or Stream of BulkRow<SubscriberProvisionRequest>
 * }
 * }</pre>
 *
 * <p>Rows are read one at a time as workers free up, so the input is never held in memory.
 * Requests are paced by the client's own {@link WholesaleClient.Builder#rateLimit rate limit}
 * and its handling of {@code Retry-After}; a row refused with 429 or 423 is sent again after the
 * server's delay (it was not processed). Each row's intent is journaled before its POST. When
 * the POST's fate is unknown (lost answer, broken connection, 5xx), the row is looked up
 * (customers by {@code externalId}, subscribers by {@code email} within the customer), and
 * looked up again after {@link Builder#settleDelay settleDelay} before it is sent again: a
 * found resource is adopted. A row whose fate cannot be settled keeps its open intent and the
 * next run reconciles it first. Rows the journal shows finished are skipped (and reported);
 * {@link Builder#retryFailed retryFailed} runs failed, timed-out and server-rejected rows again.
 *
 * <p>A provisioner runs once at a time; build one per run.
 *
 * @param <T> the request type of a row
 */
public final class BulkProvisioner<T> {
  private final WholesaleClient client;
  private final RowKind<T> kind;
  private final BulkJournal journal;
  private final int concurrency;
  private final BulkListener listener;
  private final RowRunner.Settings settings;

  private BulkProvisioner(Builder<T> b) {
    this.client = b.client;
    this.kind = b.kind;
    this.journal = b.journal;
    this.concurrency = b.concurrency;
    BulkListener user = b.listener;
    // One call at a time: listeners (progress bars, counters) need not be thread-safe.
    this.listener = event -> {
      synchronized (user) {
        user.onEvent(event);
      }
    };
    WaiterConfig waits = b.waitTimeout == null ? b.waiterConfig
        : (b.waiterConfig == null ? WaiterConfig.defaults() : b.waiterConfig).toBuilder().maxTime(b.waitTimeout).build();
    this.settings = new RowRunner.Settings(b.precheck, b.waitForProvisioned, waits, b.settleDelay, b.maxSends,
        b.retryFailed, b.trackingIdPrefix);
  }

  /**
   * Customer rows, keyed by {@code externalId}.
   *
   * @param client the client to send with; its rate limit, retries and sub-partner scope apply
   * @param journal the journal of this input; reuse it to resume a run
   * @return a builder
   */
  public static Builder<CustomerProvisionRequest> customers(WholesaleClient client, BulkJournal journal) {
    return new Builder<>(client, new CustomerRows(), journal);
  }

  /**
   * Subscriber rows, keyed by {@code customerId} and {@code email}.
   *
   * @param client the client to send with; its rate limit, retries and sub-partner scope apply
   * @param journal the journal of this input; reuse it to resume a run
   * @return a builder
   */
  public static Builder<SubscriberProvisionRequest> subscribers(WholesaleClient client, BulkJournal journal) {
    return new Builder<>(client, new SubscriberRows(), journal);
  }

  /**
   * Runs every row of a stream; see {@link #run(Iterator)}.
   *
   * @param rows the rows, consumed one at a time
   * @return the counts of the run
   * @throws IOException the journal could not be read or written
   * @throws InterruptedException the calling thread was interrupted
   */
  public BulkSummary run(Stream<BulkRow<T>> rows) throws IOException, InterruptedException {
    return run(rows.iterator());
  }

  /**
   * Runs every row and returns the counts. Throws when the run had to stop: the journal could
   * not be read or written, the listener threw, or the thread was interrupted. Rows finished by
   * then are journaled; a rerun continues where this one stopped.
   *
   * @param rows the rows, read one at a time as workers free up
   * @return the counts of the run
   * @throws IOException the journal could not be read or written
   * @throws InterruptedException the calling thread was interrupted
   */
  public BulkSummary run(Iterator<BulkRow<T>> rows) throws IOException, InterruptedException {
    JournalIndex index = JournalIndex.load(journal);
    Map<BulkOutcome, LongAdder> outcomes = new EnumMap<>(BulkOutcome.class);
    for (BulkOutcome o : BulkOutcome.values()) {
      outcomes.put(o, new LongAdder());
    }
    RowRunner.Counters counters = new RowRunner.Counters();
    RowRunner<T> runner = new RowRunner<>(client, kind, journal, index, listener, settings, counters);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Semaphore slots = new Semaphore(concurrency);
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(concurrency, r -> {
      Thread t = new Thread(r, "bulk-provisioner-" + threadNumber.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      while (failure.get() == null && rows.hasNext()) {
        RowRunner.Task task = runner.prepare(rows.next());
        slots.acquire();
        if (failure.get() != null) {
          slots.release();
          break;
        }
        workers.execute(() -> {
          try {
            outcomes.get(task.run().outcome()).increment();
          } catch (Throwable t) {
            failure.compareAndSet(null, t);
          } finally {
            slots.release();
          }
        });
      }
      workers.shutdown();
      while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
        // rows may wait for a long time; keep waiting
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      throw e;
    } finally {
      workers.shutdownNow();
    }
    Throwable t = failure.get();
    if (t instanceof IOException io) {
      throw io;
    }
    if (t instanceof InterruptedException ie) {
      throw ie;
    }
    if (t instanceof RuntimeException re) {
      throw re;
    }
    if (t instanceof Error err) {
      throw err;
    }
    if (t != null) {
      throw new UncheckedIOException(new IOException(t));
    }
    Map<BulkOutcome, Long> counts = new EnumMap<>(BulkOutcome.class);
    outcomes.forEach((k, v) -> counts.put(k, v.sum()));
    return new BulkSummary(counts, counters.skipped.sum(), counters.adopted.sum(), counters.resent.sum(),
        counters.unresolved.sum());
  }

  /** Settings of a run; only the client and the journal are required. */
  public static final class Builder<T> {
    private final WholesaleClient client;
    private final RowKind<T> kind;
    private final BulkJournal journal;
    private int concurrency = 4;
    private BulkListener listener = BulkListener.NONE;
    private boolean precheck;
    private boolean waitForProvisioned;
    private WaiterConfig waiterConfig;
    private Duration waitTimeout;
    private Duration settleDelay = Duration.ofSeconds(10);
    private int maxSends = 3;
    private boolean retryFailed;
    private String trackingIdPrefix = "WBXBULK";

    private Builder(WholesaleClient client, RowKind<T> kind, BulkJournal journal) {
      this.client = Objects.requireNonNull(client, "client");
      this.kind = kind;
      this.journal = Objects.requireNonNull(journal, "journal");
    }

    /**
     * Rows in flight at once (default 4). Pace requests with the client's rate limit.
     *
     * @param concurrency between 1 and 256
     * @return this builder
     */
    public Builder<T> concurrency(int concurrency) {
      if (concurrency < 1 || concurrency > 256) {
        throw new IllegalArgumentException("concurrency must be between 1 and 256, was " + concurrency);
      }
      this.concurrency = concurrency;
      return this;
    }

    /**
     * Sees every step of every row, e.g. for a progress bar or metrics.
     *
     * @param listener the listener; calls are serialised
     * @return this builder
     */
    public Builder<T> listener(BulkListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Prechecks each row before provisioning it (off by default); a refused precheck sends nothing.
     *
     * @param precheck whether to precheck
     * @return this builder
     */
    public Builder<T> precheck(boolean precheck) {
      this.precheck = precheck;
      return this;
    }

    /**
     * Waits until each row's provisioning ends (off by default: a row then succeeds when Webex
     * accepts it). A subscriber in {@code pending_user_migration} is on hold either way.
     *
     * @param wait whether to wait
     * @return this builder
     */
    public Builder<T> waitForProvisioned(boolean wait) {
      this.waitForProvisioned = wait;
      return this;
    }

    /**
     * Poll settings of the waits; null (default) means the client's.
     *
     * @param waiterConfig the poll settings, or null
     * @return this builder
     */
    public Builder<T> waiterConfig(WaiterConfig waiterConfig) {
      this.waiterConfig = waiterConfig;
      return this;
    }

    /**
     * The longest wait per row (overrides the waiter config's maxTime).
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder<T> waitTimeout(Duration timeout) {
      this.waitTimeout = positive(timeout, "waitTimeout");
      return this;
    }

    /**
     * How long after a lookup that found nothing the row is looked up again before it is sent
     * again (default 10 s): a POST still in flight at Webex has this long to show up.
     *
     * @param settleDelay not negative; zero looks up once
     * @return this builder
     */
    public Builder<T> settleDelay(Duration settleDelay) {
      Objects.requireNonNull(settleDelay, "settleDelay");
      if (settleDelay.isNegative()) {
        throw new IllegalArgumentException("settleDelay must not be negative");
      }
      this.settleDelay = settleDelay;
      return this;
    }

    /**
     * POSTs per row at most, counting those whose answer was lost (default 3).
     *
     * @param maxSends at least 1
     * @return this builder
     */
    public Builder<T> maxSends(int maxSends) {
      if (maxSends < 1) {
        throw new IllegalArgumentException("maxSends must be at least 1");
      }
      this.maxSends = maxSends;
      return this;
    }

    /**
     * Runs rows the journal shows failed, timed out or rejected by the server again (default off).
     *
     * @param retryFailed whether to run those rows again
     * @return this builder
     */
    public Builder<T> retryFailed(boolean retryFailed) {
      this.retryFailed = retryFailed;
      return this;
    }

    /**
     * Each row's calls carry {@code TrackingID: <prefix>_<uuid>} (default prefix WBXBULK).
     *
     * @param prefix letters, digits, {@code _} or {@code -}
     * @return this builder
     */
    public Builder<T> trackingIdPrefix(String prefix) {
      if (prefix == null || prefix.isBlank() || !prefix.matches("[A-Za-z0-9_-]+")) {
        throw new IllegalArgumentException("trackingIdPrefix must be letters, digits, _ or -");
      }
      this.trackingIdPrefix = prefix;
      return this;
    }

    /**
     * Builds the provisioner for one run.
     *
     * @return the provisioner
     */
    public BulkProvisioner<T> build() {
      return new BulkProvisioner<>(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }
  }
}
