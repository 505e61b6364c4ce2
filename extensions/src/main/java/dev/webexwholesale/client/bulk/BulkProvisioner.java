package dev.webexwholesale.client.bulk;

import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.internal.bulk.BulkEngine;
import dev.webexwholesale.client.internal.bulk.CustomerRows;
import dev.webexwholesale.client.internal.bulk.RowKind;
import dev.webexwholesale.client.internal.bulk.RowRunner;
import dev.webexwholesale.client.internal.bulk.SubscriberRows;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
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
 * Requests are paced by the client's own {@link WholesaleClient.Builder#rateLimit rate limit};
 * a 429 or 423 pauses the whole run for its {@code Retry-After} and the refused call is made
 * again (it was not processed, and does not count as a send). Each row's intent is journaled
 * before its POST and the POST's fate after it. Only when the fate is unknown (lost answer,
 * timeout, broken connection, 5xx, unreadable answer) is the row looked up
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
  private final Duration maxRetryAfter;

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
    this.maxRetryAfter = b.maxRetryAfter;
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
   * Runs every row and returns the counts. One row's failure (a timeout, a reset, a 5xx, a failed
   * lookup) is that row's outcome and never stops the run. The run stops, with a
   * {@link BulkStoppedException} naming why and carrying the counts so far, only when the
   * calling thread is interrupted, a journal record cannot be written, Webex refuses the partner
   * (401 after the token refresh failed, 403), or Webex asks to wait longer than
   * {@link Builder#maxRetryAfter}. Rows finished by then are journaled; a rerun continues where
   * this one stopped.
   *
   * @param rows the rows, read one at a time as workers free up
   * @return the counts of the run
   * @throws IOException the journal could not be read before the first row
   * @throws InterruptedException not thrown any more (kept for compatibility): an interrupt stops the run
   *     with a {@link BulkStoppedException} of reason {@code INTERRUPTED}
   * @throws BulkStoppedException the run stopped before every row was taken
   */
  public BulkSummary run(Iterator<BulkRow<T>> rows) throws IOException, InterruptedException {
    return new BulkEngine<>(client, kind, journal, concurrency, listener, settings, maxRetryAfter).run(rows);
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
    private Duration maxRetryAfter = Duration.ofMinutes(5);

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
     * POSTs per row and run at most, counting those whose fate is unknown (default 3); refused
     * POSTs (429, 423, failed connect) do not count: they did nothing.
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
     * A row whose id is known is read again (GET) and judged by its status, with or without
     * waiting, never sent again; on-hold rows are re-read the same way.
     *
     * @param retryFailed whether to run those rows again
     * @return this builder
     */
    public Builder<T> retryFailed(boolean retryFailed) {
      this.retryFailed = retryFailed;
      return this;
    }

    /**
     * The longest Retry-After the run honours (default 5 minutes). A 429 or 423 pauses the whole
     * run for its Retry-After (every row, not only the one refused); a longer one stops the run
     * with {@link BulkStoppedException.Reason#RATE_LIMITED}: rows not finished stay for a rerun.
     *
     * @param maxRetryAfter positive
     * @return this builder
     */
    public Builder<T> maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = positive(maxRetryAfter, "maxRetryAfter");
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
