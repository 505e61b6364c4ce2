package dev.webexwholesale.sandbox;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.webexwholesale.model.Address;
import dev.webexwholesale.model.CustomerStatus;
import dev.webexwholesale.model.SubPartner;
import dev.webexwholesale.model.SubPartnerProvisioningState;
import dev.webexwholesale.model.SubscriberStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An embedded, stateful fake of the Webex Wholesale provisioning API on loopback, for tests
 * and benchmarks. All 18 operations keep their state in memory (billing report CSVs are served by a
 * second listener at signed URLs, see {@link #downloadOrigin()}); see docs/sandbox.md.
 *
 * <pre>{@code
 * try (WholesaleSandbox sandbox = WholesaleSandbox.builder().provisioningPolls(1).build().start()) {
 *   String customerId = sandbox.createProvisionedCustomer("ext-1");
 *   sandbox.seedSubscribers(customerId, 1000);
 *   // point the client at sandbox.baseUrl(), e.g. http://127.0.0.1:PORT/v1
 * }
 * }</pre>
 *
 * <p>Thread-safe: configuration methods may be called while requests are being served.
 */
public final class WholesaleSandbox implements AutoCloseable {
  private static final AtomicLong SEED_SEQUENCE = new AtomicLong();

  private final String host;
  private final int requestedPort;
  private final int threads;
  private final Duration requestReadTimeout;
  private final long minRequestBytesPerSecond;
  private final SandboxCounters counters = new SandboxCounters();
  private final OutcomeRules rules;
  private final FaultRules faults = new FaultRules();
  private final SandboxStore store;
  private final SandboxHandler handler;
  /** Null unless built with {@link Builder#oauthClient}. */
  private final OAuthServer oauth;
  /** The second listener: serves billing report CSVs at signed URLs (another origin). */
  private final BillingDownloadHost downloadHost;
  /** Seeded resources are born in their final state. */
  private final Lifecycle immediate;
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile WireMockServer server;
  private volatile String baseUrl;

  private WholesaleSandbox(Builder builder) {
    this.host = builder.host;
    this.requestedPort = builder.port;
    this.threads = builder.threads;
    this.requestReadTimeout = builder.requestReadTimeout;
    this.minRequestBytesPerSecond = builder.minRequestBytesPerSecond;
    this.rules = new OutcomeRules(builder.defaultCustomerOutcome, builder.defaultSubscriberOutcome);
    Lifecycle lifecycle = new Lifecycle(builder.polls, builder.delay, builder.clock);
    this.immediate = new Lifecycle(0, null, builder.clock);
    this.store = new SandboxStore(lifecycle, rules, counters);
    store.consent = new Lifecycle(builder.consentPolls, builder.consentDelay, builder.clock);
    store.subPartnerListKey = builder.subPartnerListKey;
    store.billingLifecycle = builder.billingPolls == null && builder.billingDelay == null ? lifecycle
        : new Lifecycle(builder.billingPolls != null ? builder.billingPolls : builder.polls,
            builder.billingDelay, builder.clock);
    store.billingFailureForAll = builder.billingFailureForAll;
    this.downloadHost = new BillingDownloadHost(builder.host, builder.downloadPort, builder.clock,
        builder.downloadUrlLifetime, fileId -> handler().billingReports().file(fileId));
    store.caseSensitiveEmailFilter = builder.caseSensitiveEmailFilter;
    builder.freeAccounts.forEach(rules::freeAccount);
    builder.subPartners.values().forEach(this::addSubPartner);
    RateLimiter limiter = builder.ratePerSecond > 0
        ? new RateLimiter(builder.ratePerSecond, builder.rateBurst > 0 ? builder.rateBurst : builder.ratePerSecond,
            builder.clock)
        : null;
    this.oauth = builder.oauth == null ? null : builder.oauth.server(builder.clock);
    RandomFaults random = builder.lostAnswerRate > 0 || builder.slowAnswerRate > 0 || builder.latency != null
        ? new RandomFaults(builder.lostAnswerRate, builder.slowAnswerRate, builder.slowAnswerDelay, builder.latency,
            builder.faultSeed) : null;
    this.handler = new SandboxHandler(store, faults, limiter, Set.copyOf(builder.tokens), this::baseUrl, oauth,
        new SandboxAdmin(this), random, downloadHost);
  }

  private SandboxHandler handler() {
    return handler;
  }

  /**
   * Starts the configuration of a sandbox; every setting has a default that suits a unit test.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts serving on 127.0.0.1; returns this for chaining.
   *
   * @return this sandbox, now serving at {@link #baseUrl()}
   * @throws IllegalStateException it was started already
   */
  public synchronized WholesaleSandbox start() {
    if (server != null) {
      throw new IllegalStateException("sandbox already started");
    }
    WireMockConfiguration options = WireMockConfiguration.options()
        .bindAddress(host)
        .port(requestedPort)
        .containerThreads(threads)
        // A connection that sends nothing for this long is closed, and a body must arrive at a
        // minimum rate: stalled or drip-fed uploads cannot hold every worker thread.
        .jettyIdleTimeout(requestReadTimeout.toMillis())
        .httpServerFactory(new SandboxHttpServerFactory(minRequestBytesPerSecond))
        .disableRequestJournal()
        .extensionScanningEnabled(false)
        .templatingEnabled(false)
        .stubRequestLoggingDisabled(true)
        .gzipDisabled(true)
        .notifier(new ConsoleNotifier(false))
        .extensions(new SandboxTransformer(handler));
    WireMockServer started = new WireMockServer(options);
    started.start();
    downloadHost.start();
    // The one catch-all stub: the transformer computes every answer from the state.
    started.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse().withStatus(500)));
    baseUrl = "http://" + host + ":" + started.port() + SandboxRequest.API_PREFIX;
    server = started;
    return this;
  }

  /** Stops serving; state stays readable. Idempotent. */
  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop();
      downloadHost.stop();
    }
    closed.countDown();
  }

  /**
   * Blocks until {@link #close()} is called (the command line's "run until killed").
   *
   * @throws InterruptedException the waiting thread was interrupted
   */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  /**
   * Whether the server is up: started and not closed.
   *
   * @return true while requests are served
   */
  public boolean isRunning() {
    WireMockServer current = server;
    return current != null && current.isRunning();
  }

  /**
   * e.g. {@code http://127.0.0.1:PORT/v1}; the API's base URL for a client.
   *
   * @return the base URL, {@code /v1} included
   * @throws IllegalStateException the sandbox was never started
   */
  public String baseUrl() {
    String url = baseUrl;
    if (url == null) {
      throw new IllegalStateException("sandbox not started");
    }
    return url;
  }

  /**
   * The TCP port the sandbox listens on; the one picked when the builder asked for 0.
   *
   * @return the port
   * @throws IllegalStateException the sandbox was never started
   */
  public int port() {
    WireMockServer current = server;
    if (current == null) {
      throw new IllegalStateException("sandbox not started");
    }
    return current.port();
  }

  /**
   * Forgets customers, subscribers, billing reports, outcome rules, faults and counters; keeps
   * sub-partners and the builder's settings.
   */
  public void reset() {
    synchronized (store) {
      store.clear();
    }
    rules.clear();
    faults.clear();
    counters.reset();
    downloadHost.reset();
  }

  // ---- billing reports ------------------------------------------------------------------

  /**
   * The origin of the billing download host, the second listener (another port, so another
   * origin than {@link #baseUrl()}), e.g. {@code http://127.0.0.1:PORT}.
   *
   * @return the download host's origin
   * @throws IllegalStateException the sandbox was never started
   */
  public String downloadOrigin() {
    return downloadHost.origin();
  }

  /**
   * The next {@code times} billing reports created end {@code FAILED} with this error instead of
   * {@code COMPLETED}; queued FIFO, before the builder's {@link Builder#billingReportFailure}.
   *
   * @param times how many of the next reports fail, at least 1
   * @param failure the error they report
   * @return this sandbox, for chaining
   */
  public WholesaleSandbox failNextBillingReports(int times, BillingReportFailure failure) {
    Objects.requireNonNull(failure, "failure");
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1");
    }
    synchronized (store) {
      for (int i = 0; i < times; i++) {
        store.billingFailures.add(failure);
      }
    }
    return this;
  }

  /**
   * The next {@code count} signed download URLs issued (by reads of a COMPLETED report) are
   * already expired: the download host answers them 403, as it answers a URL read too long ago.
   *
   * @param count how many URLs, at least 1
   * @return this sandbox, for chaining
   */
  public WholesaleSandbox expireNextDownloadUrls(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
    downloadHost.expireNextUrls(count);
    return this;
  }

  /**
   * The CSV a COMPLETED report serves, byte for byte (built from the customers and subscribers
   * when the report was first seen COMPLETED).
   *
   * @param reportId the report's id
   * @return the CSV's bytes
   * @throws IllegalArgumentException no such report
   * @throws IllegalStateException the report is not (yet) COMPLETED
   */
  public byte[] billingReportCsv(String reportId) {
    synchronized (store) {
      BillingReportRecord report = store.billingReports.get(reportId);
      if (report == null) {
        throw new IllegalArgumentException("no billing report " + reportId);
      }
      if (report.csv == null) {
        throw new IllegalStateException("billing report is " + report.status + ", not COMPLETED");
      }
      return report.csv.clone();
    }
  }

  /**
   * What the billing download host saw: downloads served, refused (expired or tampered), and
   * requests that carried an {@code Authorization} header.
   *
   * @return the download host's counters at this moment
   */
  public BillingDownloadStats downloadStats() {
    return downloadHost.stats();
  }

  // ---- outcomes -------------------------------------------------------------------------

  /**
   * The next provisioned customer (with no externalId rule) ends in {@code outcome}; queued FIFO.
   *
   * @param outcome where that customer's provisioning ends
   * @return this sandbox, for chaining
   */
  public WholesaleSandbox nextCustomerOutcome(CustomerOutcome outcome) {
    rules.nextCustomer(Objects.requireNonNull(outcome, "outcome"));
    return this;
  }

  /**
   * Every customer provisioned with this externalId ends in {@code outcome}.
   *
   * @param externalId the externalId the rule matches
   * @param outcome where those customers' provisioning ends
   * @return this sandbox, for chaining
   */
  public WholesaleSandbox customerOutcome(String externalId, CustomerOutcome outcome) {
    rules.customer(Objects.requireNonNull(externalId, "externalId"), Objects.requireNonNull(outcome, "outcome"));
    return this;
  }

  /**
   * The next provisioned subscriber (with no email rule) ends in {@code outcome}; queued FIFO.
   *
   * @param outcome how that subscriber's provision is answered
   * @return this sandbox, for chaining
   */
  public WholesaleSandbox nextSubscriberOutcome(SubscriberOutcome outcome) {
    rules.nextSubscriber(Objects.requireNonNull(outcome, "outcome"));
    return this;
  }

  /**
   * Every subscriber provisioned with this email (any case) ends in {@code outcome}.
   *
   * @param email the email the rule matches, in any case
   * @param outcome how those subscribers' provisions are answered
   * @return this sandbox, for chaining
   */
  public WholesaleSandbox subscriberOutcome(String email, SubscriberOutcome outcome) {
    rules.subscriber(Objects.requireNonNull(email, "email"), Objects.requireNonNull(outcome, "outcome"));
    return this;
  }

  /**
   * Ends a customer's {@code pending_rpl_review} hold: it becomes {@code provisioned}.
   *
   * @param customerId the customer on hold
   * @throws IllegalArgumentException no such customer
   * @throws IllegalStateException the customer is not in {@code pending_rpl_review}
   */
  public void completeRplReview(String customerId) {
    synchronized (store) {
      CustomerRecord customer = requireCustomer(customerId);
      if (!CustomerStatus.PENDING_RPL_REVIEW.getValue().equals(customer.status)) {
        throw new IllegalStateException("customer is " + customer.status + ", not pending_rpl_review");
      }
      customer.setStatus(CustomerStatus.PROVISIONED.getValue(), store.lifecycle.now());
    }
  }

  /**
   * Every subscriber provisioned with this email (any case) is an active free Webex account: it
   * answers 202 {@code pending_user_migration} until the consent email is sent and the person
   * consents. Survives {@link #reset()}.
   *
   * @param email the free account's email, in any case
   * @return this sandbox, for chaining
   */
  public WholesaleSandbox freeAccount(String email) {
    rules.freeAccount(Objects.requireNonNull(email, "email"));
    return this;
  }

  /**
   * Ends a subscriber's hold at once, as if the person had consented: {@code pending_user_migration}
   * (or the fault mode's undocumented status) becomes {@code provisioned}.
   *
   * @param subscriberId the subscriber on hold
   * @throws IllegalArgumentException no such subscriber
   * @throws IllegalStateException the subscriber is already {@code provisioned}
   */
  public void resolveSubscriberHold(String subscriberId) {
    synchronized (store) {
      SubscriberRecord subscriber = store.subscribers.get(subscriberId);
      if (subscriber == null) {
        throw new IllegalArgumentException("no subscriber " + subscriberId);
      }
      if (SubscriberStatus.PROVISIONED.getValue().equals(subscriber.status)) {
        throw new IllegalStateException("subscriber is " + subscriber.status + ", not on hold");
      }
      subscriber.target = null;
      subscriber.dueAt = null;
      subscriber.setStatus(SubscriberStatus.PROVISIONED.getValue(), store.lifecycle.now());
    }
  }

  // ---- seeding --------------------------------------------------------------------------

  /**
   * Creates a customer already {@code provisioned} with {@code webex_calling}; returns its id.
   *
   * @param externalId the customer's externalId, unique among the partner's live customers
   * @return the new customer's id
   * @throws IllegalArgumentException a live customer already has this externalId
   */
  public String createProvisionedCustomer(String externalId) {
    return createProvisionedCustomer(externalId, null);
  }

  /**
   * Same, owned by a configured sub-partner ({@code null}: the partner itself).
   *
   * @param externalId the customer's externalId, unique among the owner's live customers
   * @param subPartnerOrgId the owning sub-partner's org id, or null for the partner
   * @return the new customer's id
   * @throws IllegalArgumentException the sub-partner is not configured, or the externalId is taken
   */
  public String createProvisionedCustomer(String externalId, String subPartnerOrgId) {
    Objects.requireNonNull(externalId, "externalId");
    synchronized (store) {
      if (subPartnerOrgId != null && !store.subPartners.containsKey(subPartnerOrgId)) {
        throw new IllegalArgumentException("not a configured sub-partner: " + subPartnerOrgId);
      }
      if (store.liveCustomerWithExternalId(subPartnerOrgId, externalId) != null) {
        throw new IllegalArgumentException("a customer with externalId " + externalId + " exists");
      }
      Address address = new Address().addressLine1("771 Alder Drive").city("Milpitas").stateOrProvince("CA")
          .zipOrPostalCode("95035").country("US");
      return handler.customers().create(subPartnerOrgId, externalId, null, address, List.of("webex_calling"),
          CustomerOutcome.PROVISIONED, immediate).id;
    }
  }

  /**
   * Adds {@code count} provisioned {@code webex_calling} subscribers to a customer, with
   * unique emails; fast enough for 100,000. Not counted as provision requests. Returns their ids.
   *
   * @param customerId an existing customer
   * @param count how many subscribers to add, 0 or more
   * @return the new subscribers' ids, in creation order
   * @throws IllegalArgumentException no such customer, or a negative count
   */
  public List<String> seedSubscribers(String customerId, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    List<String> ids = new ArrayList<>(count);
    synchronized (store) {
      CustomerRecord customer = requireCustomer(customerId);
      for (int i = 0; i < count; i++) {
        String email = "seed" + SEED_SEQUENCE.incrementAndGet() + "@" + slug(customer.externalId) + ".example.com";
        ids.add(handler.subscribers().create(customer, email, "webex_calling", false, SubscriberOutcome.PROVISIONED).id);
      }
    }
    return ids;
  }

  /**
   * Adds (or replaces) an active sub-partner with this org id.
   *
   * @param orgId the sub-partner's org id
   */
  public void addSubPartner(String orgId) {
    addSubPartner(activeSubPartner(Objects.requireNonNull(orgId, "orgId")));
  }

  private static SubPartner activeSubPartner(String orgId) {
    return new SubPartner().orgId(orgId).subscriptionId("Sub-" + Math.abs(orgId.hashCode()))
        .provisioningState(SubPartnerProvisioningState.ACTIVE)
        .created(OffsetDateTime.of(2025, 6, 1, 8, 0, 0, 0, ZoneOffset.UTC))
        .billingStartDate(OffsetDateTime.of(2025, 7, 1, 0, 0, 0, 0, ZoneOffset.UTC));
  }

  /**
   * Adds (or replaces) a sub-partner; {@code onBehalfOfSubPartnerOrgId} may then name it.
   *
   * @param subPartner the sub-partner as List Wholesale Sub-partners returns it; its org id is required
   */
  public void addSubPartner(SubPartner subPartner) {
    Objects.requireNonNull(subPartner.getOrgId(), "subPartner.orgId");
    String json = SandboxJson.gson().toJson(subPartner);
    synchronized (store) {
      store.subPartners.put(subPartner.getOrgId(), SandboxJson.gson().fromJson(json, SubPartner.class));
    }
  }

  /**
   * The number of subscribers in the sandbox.
   *
   * @return the count, seeded subscribers included
   */
  public int subscriberCount() {
    synchronized (store) {
      return store.subscribers.size();
    }
  }

  /**
   * The number of customers in the sandbox (deleting ones included).
   *
   * @return the count
   */
  public int customerCount() {
    synchronized (store) {
      return store.customers.size();
    }
  }

  // ---- OAuth (see SandboxOAuth) ---------------------------------------------------------

  /**
   * The OAuth side of a sandbox built with {@link Builder#oauthClient}.
   *
   * @return a view to issue, revoke and count tokens
   * @throws IllegalStateException the sandbox was built without {@link Builder#oauthClient}
   */
  public SandboxOAuth oauth() {
    if (oauth == null) {
      throw new IllegalStateException("OAuth is off: build the sandbox with oauthClient(id, secret)");
    }
    return new SandboxOAuth(oauth.issuer());
  }

  // ---- faults ---------------------------------------------------------------------------

  /**
   * The next {@code times} requests whose method matches ({@code null}: any) and whose path
   * below {@code /v1} starts with {@code pathPrefix} (e.g. {@code /wholesale/subscribers}) get
   * {@code fault}. Rules apply in the order added.
   *
   * @param method the HTTP method to match, or null for any
   * @param pathPrefix the start of the path below {@code /v1}; {@code /} matches every path
   * @param times how many matching requests get the fault, at least 1
   * @param fault what they get
   * @return this sandbox, for chaining
   */
  public WholesaleSandbox injectFault(String method, String pathPrefix, int times, SandboxFault fault) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1");
    }
    faults.add(method, Objects.requireNonNull(pathPrefix, "pathPrefix"), times, Objects.requireNonNull(fault, "fault"));
    return this;
  }

  /** Drops every fault rule, spent or not; requests are answered normally again. */
  public void clearFaults() {
    faults.clear();
  }

  // ---- counters -------------------------------------------------------------------------

  /**
   * A snapshot of the request counters since the start or the last {@link #resetStats()}; what a
   * test reads to prove, for example, that a retried POST created one subscriber.
   *
   * @return the counters at this moment
   */
  public SandboxStats stats() {
    return counters.snapshot();
  }

  /**
   * How many provision POSTs for this (customer, email) created a subscriber.
   *
   * @param customerId the customer
   * @param email the subscriber's email, in any case
   * @return the count; more than 1 means a duplicate was provisioned
   */
  public int provisionsAccepted(String customerId, String email) {
    return counters.accepted(customerId, email);
  }

  /**
   * The accepted-provision count of every email provisioned for a customer (lower-cased emails).
   *
   * @param customerId the customer
   * @return accepted provisions per lower-cased email
   */
  public Map<String, Integer> provisionsAcceptedByEmail(String customerId) {
    return counters.acceptedByEmail(customerId);
  }

  /** Sets every counter back to 0; state, rules and faults stay. */
  public void resetStats() {
    counters.reset();
  }

  private CustomerRecord requireCustomer(String customerId) {
    CustomerRecord customer = store.customers.get(customerId);
    if (customer == null) {
      throw new IllegalArgumentException("no customer " + customerId);
    }
    return customer;
  }

  private static String slug(String text) {
    String slug = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return slug.isEmpty() || slug.equals("-") ? "customer" : slug;
  }

  /** Configuration; every setting has a default that suits a unit test. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private int threads = 128;
    private Duration requestReadTimeout = Duration.ofSeconds(10);
    private long minRequestBytesPerSecond = 256;
    private int polls = 2;
    private Duration delay;
    private Clock clock = Clock.systemUTC();
    private int ratePerSecond;
    private int rateBurst;
    private final Set<String> tokens = new LinkedHashSet<>();
    private SandboxOAuth.Config oauth;
    private final Map<String, SubPartner> subPartners = new LinkedHashMap<>();
    private double lostAnswerRate;
    private double slowAnswerRate;
    private Duration slowAnswerDelay;
    private Duration latency;
    private long faultSeed = 42;
    private CustomerOutcome defaultCustomerOutcome = CustomerOutcome.PROVISIONED;
    private SubscriberOutcome defaultSubscriberOutcome = SubscriberOutcome.PROVISIONED;
    private final Set<String> freeAccounts = new LinkedHashSet<>();
    private int consentPolls = 1;
    private Duration consentDelay;
    private String subPartnerListKey = "items";
    private Integer billingPolls;
    private Duration billingDelay;
    private BillingReportFailure billingFailureForAll;
    private int downloadPort;
    private Duration downloadUrlLifetime = Duration.ofHours(1);
    private boolean caseSensitiveEmailFilter;

    private Builder() {}

    /**
     * TCP port; 0 (the default) picks a free one.
     *
     * @param port 0 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Bind address; loopback by default.
     *
     * @param host the address to bind, e.g. {@code 127.0.0.1}
     * @return this builder
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * Jetty worker threads (default 128, started on demand): together with the request-read
     * bounds, dozens of stalled uploads leave threads for everyone else.
     *
     * @param threads at least 8
     * @return this builder
     */
    public Builder threads(int threads) {
      if (threads < 8) {
        throw new IllegalArgumentException("threads must be at least 8");
      }
      this.threads = threads;
      return this;
    }

    /**
     * A connection that sends nothing for this long (e.g. a stalled upload) is closed
     * (default 10 s): hostile or broken clients cannot hold the worker threads.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder requestReadTimeout(Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("requestReadTimeout must be positive");
      }
      this.requestReadTimeout = timeout;
      return this;
    }

    /**
     * A request body arriving slower than this is refused with 408 (default 256 bytes a second).
     *
     * @param bytesPerSecond at least 1
     * @return this builder
     */
    public Builder minRequestBytesPerSecond(long bytesPerSecond) {
      if (bytesPerSecond < 1) {
        throw new IllegalArgumentException("minRequestBytesPerSecond must be at least 1");
      }
      this.minRequestBytesPerSecond = bytesPerSecond;
      return this;
    }

    /**
     * GETs of a resource that still answer the transient status (provisioning, updating,
     * deleting) before the next GET shows the outcome; default 2, 0 for at once.
     *
     * @param polls 0 or more
     * @return this builder
     */
    public Builder provisioningPolls(int polls) {
      if (polls < 0) {
        throw new IllegalArgumentException("polls must not be negative");
      }
      this.polls = polls;
      return this;
    }

    /**
     * Makes transitions time-based instead: they end {@code delay} after they start (per the clock).
     *
     * @param delay how long a transition lasts
     * @return this builder
     */
    public Builder provisioningDelay(Duration delay) {
      this.delay = Objects.requireNonNull(delay, "delay");
      return this;
    }

    /**
     * The clock for timestamps, time-based transitions and the rate limiter.
     *
     * @param clock the clock; tests pass a fake one to move time without sleeping
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Token bucket: {@code perSecond} requests a second, bursts of as many; beyond: 429 + Retry-After.
     *
     * @param perSecond requests a second, at least 1
     * @return this builder
     */
    public Builder rateLimit(int perSecond) {
      return rateLimit(perSecond, perSecond);
    }

    /**
     * Token bucket with its own burst size: {@code perSecond} requests a second on average, up to
     * {@code burst} at once; beyond: 429 + Retry-After.
     *
     * @param perSecond requests a second, at least 1
     * @param burst the bucket size, at least 1
     * @return this builder
     */
    public Builder rateLimit(int perSecond, int burst) {
      if (perSecond < 1 || burst < 1) {
        throw new IllegalArgumentException("rate and burst must be at least 1");
      }
      this.ratePerSecond = perSecond;
      this.rateBurst = burst;
      return this;
    }

    /**
     * Processes this share (0 to 1) of provision POSTs and then closes the connection without
     * answering, as a lost answer looks to a client (default 0). Draws are seeded
     * ({@link #faultSeed}), so a run is repeatable.
     *
     * @param rate the share of provision POSTs whose answer is lost, 0 to 1
     * @return this builder
     */
    public Builder lostAnswerRate(double rate) {
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException("lost-answer rate must be between 0 and 1, was " + rate);
      }
      this.lostAnswerRate = rate;
      return this;
    }

    /**
     * Processes this share (0 to 1) of provision POSTs and answers them only after {@code delay}
     * (default 0): with a client deadline shorter than the delay, the POST took effect but the
     * client saw a timeout. Drawn with {@link #lostAnswerRate}'s seeded draws; the two shares add up.
     *
     * @param rate the share of provision POSTs answered late, 0 to 1
     * @param delay how late, positive
     * @return this builder
     */
    public Builder slowAnswerRate(double rate, Duration delay) {
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException("slow-answer rate must be between 0 and 1, was " + rate);
      }
      Objects.requireNonNull(delay, "delay");
      if (delay.isZero() || delay.isNegative()) {
        throw new IllegalArgumentException("slow-answer delay must be positive");
      }
      this.slowAnswerRate = rate;
      this.slowAnswerDelay = delay;
      return this;
    }

    /**
     * Delays every answer by {@code latency} (default none).
     *
     * @param latency not negative; zero means none
     * @return this builder
     */
    public Builder latency(Duration latency) {
      Objects.requireNonNull(latency, "latency");
      if (latency.isNegative()) {
        throw new IllegalArgumentException("latency must not be negative");
      }
      this.latency = latency.isZero() ? null : latency;
      return this;
    }

    /**
     * The seed of {@link #lostAnswerRate}'s draws (default 42).
     *
     * @param seed the random seed
     * @return this builder
     */
    public Builder faultSeed(long seed) {
      this.faultSeed = seed;
      return this;
    }

    /**
     * Accept only these bearer tokens (default: any non-empty token).
     *
     * @param tokens the accepted tokens; repeated calls add to the list
     * @return this builder
     */
    public Builder acceptedTokens(String... tokens) {
      this.tokens.addAll(Arrays.asList(tokens));
      return this;
    }

    /**
     * Serves {@code /v1/authorize} and {@code /v1/access_token} for this integration; bearer
     * tokens are then accepted only when issued by them (and unexpired) or listed in
     * {@link #acceptedTokens}.
     *
     * @param clientId the integration's client id
     * @param clientSecret the integration's client secret
     * @return this builder
     */
    public Builder oauthClient(String clientId, String clientSecret) {
      this.oauth = (oauth == null ? SandboxOAuth.Config.DEFAULT : oauth).client(clientId, clientSecret);
      return this;
    }

    /**
     * Lifetimes of issued tokens by the sandbox clock (defaults: access 14 days, refresh 90
     * days) and whether each refresh replaces the refresh token (default true).
     *
     * @param accessLifetime positive
     * @param refreshLifetime positive
     * @param rotateRefreshTokens whether a refresh kills the old refresh token and issues a new one
     * @return this builder
     */
    public Builder oauthTokens(Duration accessLifetime, Duration refreshLifetime, boolean rotateRefreshTokens) {
      this.oauth = (oauth == null ? SandboxOAuth.Config.DEFAULT : oauth)
          .lifetimes(accessLifetime, refreshLifetime, rotateRefreshTokens);
      return this;
    }

    /**
     * Adds an active sub-partner with this org id.
     *
     * @param orgId the sub-partner's org id
     * @return this builder
     */
    public Builder subPartner(String orgId) {
      return subPartner(activeSubPartner(orgId));
    }

    /**
     * Adds a sub-partner with every field as given, e.g. one that is not active.
     *
     * @param subPartner the sub-partner; its org id is required
     * @return this builder
     */
    public Builder subPartner(SubPartner subPartner) {
      subPartners.put(Objects.requireNonNull(subPartner.getOrgId(), "orgId"), subPartner);
      return this;
    }

    /**
     * The outcome of customers with no rule and nothing queued (default PROVISIONED).
     *
     * @param outcome the default customer outcome
     * @return this builder
     */
    public Builder defaultCustomerOutcome(CustomerOutcome outcome) {
      this.defaultCustomerOutcome = Objects.requireNonNull(outcome, "outcome");
      return this;
    }

    /**
     * The outcome of subscribers with no rule and nothing queued (default PROVISIONED).
     *
     * @param outcome the default subscriber outcome
     * @return this builder
     */
    public Builder defaultSubscriberOutcome(SubscriberOutcome outcome) {
      this.defaultSubscriberOutcome = Objects.requireNonNull(outcome, "outcome");
      return this;
    }

    /**
     * An email of an active free Webex account (repeatable): provisioning a subscriber with it
     * answers 202 {@code pending_user_migration} until the consent email is sent (Send Consent
     * User Move Email) and the person consents (see {@link #consentPolls(int)}).
     *
     * @param email the free account's email, in any case
     * @return this builder
     */
    public Builder freeAccount(String email) {
      freeAccounts.add(Objects.requireNonNull(email, "email"));
      return this;
    }

    /**
     * After the consent email is sent, GETs of the subscriber that still answer
     * {@code pending_user_migration} before the person has consented; default 1, 0 for at once.
     *
     * @param polls 0 or more
     * @return this builder
     */
    public Builder consentPolls(int polls) {
      if (polls < 0) {
        throw new IllegalArgumentException("polls must not be negative");
      }
      this.consentPolls = polls;
      return this;
    }

    /**
     * Makes consent time-based instead: the person consents {@code delay} after the email (per the clock).
     *
     * @param delay how long after the consent email the person consents
     * @return this builder
     */
    public Builder consentDelay(Duration delay) {
      this.consentDelay = Objects.requireNonNull(delay, "delay");
      return this;
    }

    /**
     * The key of List Wholesale Sub-partners' list: {@code items} (Webex's schema, the default) or
     * {@code subPartners} (Webex's example), so clients can be tested against both.
     *
     * @param key {@code items} or {@code subPartners}
     * @return this builder
     */
    public Builder subPartnerListKey(String key) {
      if (!"items".equals(key) && !"subPartners".equals(key)) {
        throw new IllegalArgumentException("subPartnerListKey must be items or subPartners, was " + key);
      }
      this.subPartnerListKey = key;
      return this;
    }

    /**
     * GETs of a billing report that still answer {@code IN_PROGRESS} before the next GET shows
     * how it ended; default: as {@link #provisioningPolls(int)}.
     *
     * @param polls 0 or more
     * @return this builder
     */
    public Builder billingReportPolls(int polls) {
      if (polls < 0) {
        throw new IllegalArgumentException("polls must not be negative");
      }
      this.billingPolls = polls;
      return this;
    }

    /**
     * Makes billing reports time-based instead: they end {@code delay} after they were created
     * (per the clock); default: as {@link #provisioningDelay(Duration)}.
     *
     * @param delay how long a report stays IN_PROGRESS
     * @return this builder
     */
    public Builder billingReportDelay(Duration delay) {
      this.billingDelay = Objects.requireNonNull(delay, "delay");
      return this;
    }

    /**
     * Every billing report ends {@code FAILED} with this error (default: none fails); see also
     * {@link WholesaleSandbox#failNextBillingReports}.
     *
     * @param failure the error every report ends with
     * @return this builder
     */
    public Builder billingReportFailure(BillingReportFailure failure) {
      this.billingFailureForAll = Objects.requireNonNull(failure, "failure");
      return this;
    }

    /**
     * TCP port of the billing download host, the second listener; 0 (the default) picks a free one.
     *
     * @param port 0 to 65535
     * @return this builder
     */
    public Builder downloadPort(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.downloadPort = port;
      return this;
    }

    /**
     * How long a signed download URL stays valid after the report read that issued it (default
     * 1 hour; Webex does not document its own), per the clock.
     *
     * @param lifetime positive
     * @return this builder
     */
    public Builder downloadUrlLifetime(Duration lifetime) {
      if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
        throw new IllegalArgumentException("downloadUrlLifetime must be positive");
      }
      this.downloadUrlLifetime = lifetime;
      return this;
    }

    /**
     * Makes List Wholesale Subscribers' {@code email} filter match exactly, case included (default:
     * it ignores case). Webex's documents do not say which it does; this rehearses a client
     * against the stricter reading (a subscriber stored as {@code Ann@x} is not found by
     * {@code ann@x}).
     *
     * @param caseSensitive whether the filter heeds case
     * @return this builder
     */
    public Builder caseSensitiveEmailFilter(boolean caseSensitive) {
      this.caseSensitiveEmailFilter = caseSensitive;
      return this;
    }

    /**
     * Builds a stopped sandbox; call {@link WholesaleSandbox#start()}.
     *
     * @return the sandbox, not yet serving
     */
    public WholesaleSandbox build() {
      return new WholesaleSandbox(this);
    }
  }
}
