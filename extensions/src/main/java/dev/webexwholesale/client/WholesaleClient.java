package dev.webexwholesale.client;

import com.google.gson.Gson;
import dev.webexwholesale.client.auth.TokenProvider;
import dev.webexwholesale.client.internal.errors.SafeText;
import dev.webexwholesale.client.retry.RetryPolicy;
import dev.webexwholesale.client.waiter.Waiter;
import dev.webexwholesale.client.waiter.WaiterConfig;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * Entry point to the Webex Wholesale provisioning API. Thread-safe; build one per process
 * (or per partner token) and derive scoped views with {@link #withRequestOptions},
 * {@link #onBehalfOf} and {@link #withTrackingId}: views share the client's one HTTP stack
 * (connection pool, dispatcher, rate limit) and are never closed themselves.
 *
 * <p>Every operation takes an optional {@link RequestOptions} as its last argument and has an
 * asynchronous twin ({@code getAsync}, {@code provisionAsync}, {@code listPageAsync}, ...)
 * returning a {@link java.util.concurrent.CompletableFuture}: no thread is blocked while the
 * call is in flight or waiting to be retried, and cancelling the future cancels the call.
 */
public final class WholesaleClient extends WholesaleResources implements AutoCloseable {
  /**
   * The library's version, sent in the User-Agent: the jar manifest's {@code Implementation-Version}
   * (the pom's version), or {@code "dev"} when the classes run outside a jar.
   */
  public static final String VERSION = versionFromManifest();

  /** Where Webex serves the API. */
  public static final String DEFAULT_BASE_URL = "https://webexapis.com/v1";
  static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
  /** Bound of a whole call: connect, send, every byte of the answer, and all retries with their waits. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);
  /** Largest response body read (after decompression): far above any real Webex answer. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;
  /**
   * Largest billing report CSV downloaded (the API's body limit does not apply to it: the file
   * streams to its target through a fixed buffer).
   */
  public static final long DEFAULT_MAX_DOWNLOAD_BYTES = 4L * 1024 * 1024 * 1024;
  /** Bound of one billing report download: every byte of the file, a renewal of its URL included. */
  public static final Duration DEFAULT_DOWNLOAD_TIMEOUT = Duration.ofMinutes(30);

  private final ClientStack shared;
  /** This view's own options (empty for the client itself). */
  private final RequestOptions viewOptions;
  private final boolean root;
  private final CallRunner calls;

  /** A view costs a few small objects: the HTTP stack and Retrofit services are the client's. */
  private WholesaleClient(ClientStack shared, RequestOptions viewOptions, boolean root) {
    this(shared, viewOptions, root, new CallRunner(shared.env, viewOptions.over(shared.clientOptions)));
  }

  /** The resource accessors ({@code customers()}, ...) are generated, one per group of the spec. */
  private WholesaleClient(ClientStack shared, RequestOptions viewOptions, boolean root, CallRunner calls) {
    super(shared.apis, calls, new ResourcePolling(calls, shared.time, shared.waiterSettings));
    this.shared = shared;
    this.viewOptions = viewOptions;
    this.root = root;
    this.calls = calls;
  }

  /**
   * A builder; only the access token is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A view whose calls all carry {@code options}, laid over this view's own (the view's options
   * win field by field; a call's own options win over both). It shares this client's HTTP stack,
   * connection pool, dispatcher, rate limit and closing; this client is unaffected.
   *
   * @param options the view's options
   * @return the new view
   */
  public WholesaleClient withRequestOptions(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return new WholesaleClient(shared, options.over(viewOptions), false);
  }

  /**
   * A view acting for one sub-partner: every call that accepts it carries
   * {@code onBehalfOfSubPartnerOrgId}. This client is unaffected. Sugar for
   * {@link #withRequestOptions} with {@link RequestOptions.Builder#subPartnerOrgId}.
   *
   * @param subPartnerOrgId the sub-partner's org id, not blank
   * @return the new view
   */
  public WholesaleClient onBehalfOf(String subPartnerOrgId) {
    if (subPartnerOrgId == null || subPartnerOrgId.isBlank()) {
      throw new IllegalArgumentException("subPartnerOrgId must not be null or blank");
    }
    return withRequestOptions(RequestOptions.builder().subPartnerOrgId(subPartnerOrgId).build());
  }

  /**
   * A view sending {@code TrackingID: trackingId} on every call, so support can find them. Sugar
   * for {@link #withRequestOptions} with {@link RequestOptions.Builder#trackingId}.
   *
   * @param trackingId the tracking ID, not blank, legal in an HTTP header
   * @return the new view
   */
  public WholesaleClient withTrackingId(String trackingId) {
    if (trackingId == null || trackingId.isBlank()) {
      throw new IllegalArgumentException("trackingId must not be null or blank");
    }
    checkHeaderValue(trackingId, "trackingId");
    return withRequestOptions(RequestOptions.builder().trackingId(trackingId).build());
  }

  /**
   * The options every call of this view starts from: the client's defaults overridden by the
   * view's.
   *
   * @return the merged options of this view
   */
  public RequestOptions requestOptions() {
    return calls.defaults();
  }

  /**
   * The sub-partner this view acts for.
   *
   * @return its org id, or empty when the view acts for the partner itself
   */
  public Optional<String> subPartnerOrgId() {
    return calls.defaults().subPartnerOrgId();
  }

  /**
   * The tracking ID this view sends.
   *
   * @return the tracking ID, or empty when none is set
   */
  public Optional<String> trackingId() {
    return calls.defaults().trackingId();
  }

  /**
   * The time source of every deadline, backoff, pacing and wait of this client.
   *
   * @return the client's time
   */
  public Time time() {
    return shared.time;
  }

  /**
   * The Gson that encodes requests and decodes answers (tolerant of unknown enum values).
   *
   * @return the client's Gson
   */
  public Gson gson() {
    return shared.gson;
  }

  /**
   * The client's retry policy (a call's {@link RequestOptions} may replace it).
   *
   * @return the retry policy
   */
  public RetryPolicy retryPolicy() {
    return shared.retryPolicy;
  }

  /**
   * The base URL.
   *
   * @return the base URL, always ending in {@code /}
   */
  public String baseUrl() {
    return shared.baseUrl.toString();
  }

  /** The one OkHttpClient of the client and all its views (tests check views share it). */
  OkHttpClient httpClient() {
    return shared.http;
  }

  /**
   * Refuses every later call of this client and of its views ({@link IllegalStateException}),
   * and releases threads and pooled connections when the client built its own OkHttpClient; a
   * caller-supplied OkHttpClient is left alone. Closing a view does nothing.
   */
  @Override
  public void close() {
    if (!root) {
      return;
    }
    shared.closed.set(true);
    if (shared.ownsHttp) {
      shared.http.dispatcher().executorService().shutdown();
      shared.http.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    RequestOptions o = calls.defaults();
    return "WholesaleClient{baseUrl=" + SafeText.withoutQueryOrUserinfo(shared.baseUrl) + ", subPartnerOrgId="
        + o.subPartnerOrgId().orElse(null) + ", trackingId=" + o.trackingId().orElse(null) + ", token=<redacted>}";
  }

  /** Builder of a {@link WholesaleClient}; only the access token is required. */
  public static final class Builder {
    String baseUrl = DEFAULT_BASE_URL;
    Supplier<String> tokens;
    TokenProvider tokenProvider;
    OkHttpClient httpClient;
    Duration connectTimeout;
    Duration readTimeout;
    Duration callTimeout;
    long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    long maxDownloadBytes = DEFAULT_MAX_DOWNLOAD_BYTES;
    Duration downloadTimeout = DEFAULT_DOWNLOAD_TIMEOUT;
    ScheduledExecutorService waitScheduler;
    String userAgent;
    RetryPolicy retryPolicy = RetryPolicy.defaults();
    Time time = Time.system();
    WaiterConfig waiterConfig = WaiterConfig.defaults();
    HttpLogger httpLogger;
    ResponseListener responseListener;
    MetricsListener metricsListener = MetricsListener.NONE;
    Double rateLimit;
    RequestOptions requestOptions = RequestOptions.none();

    private Builder() {
    }

    /**
     * Default {@value WholesaleClient#DEFAULT_BASE_URL}; tests point it at a local server.
     *
     * @param baseUrl the API's base URL, e.g. {@code http://127.0.0.1:8080/v1}
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Asked before every attempt, so a refreshing supplier keeps long jobs authorised.
     *
     * @param tokens supplies the access token, asked before every attempt
     * @return this builder
     */
    public Builder accessToken(Supplier<String> tokens) {
      this.tokens = Objects.requireNonNull(tokens, "tokens");
      this.tokenProvider = null;
      return this;
    }

    /**
     * A fixed token.
     *
     * @param token the access token, not blank
     * @return this builder
     */
    public Builder accessToken(String token) {
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("access token must not be null or blank");
      }
      this.tokens = () -> token;
      this.tokenProvider = null;
      return this;
    }

    /**
     * Tokens that renew themselves, e.g. a {@link dev.webexwholesale.client.auth.RefreshingTokenProvider}:
     * asked before every attempt, and on a 401 told the token was refused, after which the call
     * is replayed once with a fresh token (a second 401 throws UnauthorizedException).
     * Replaces {@link #accessToken}.
     *
     * @param tokenProvider the token source
     * @return this builder
     */
    public Builder tokenProvider(TokenProvider tokenProvider) {
      Objects.requireNonNull(tokenProvider, "tokenProvider");
      this.tokens = tokenProvider::accessToken;
      this.tokenProvider = tokenProvider;
      return this;
    }

    /**
     * Shares this OkHttpClient's pool and dispatcher; the client will not shut it down.
     *
     * @param httpClient the OkHttpClient to build on
     * @return this builder
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * Bound of establishing a connection.
     *
     * @param connectTimeout bound of establishing a connection, positive; default 10 s
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * Bound of the gap between two reads (not of a whole body: see {@link #callTimeout}).
     *
     * @param readTimeout bound of the gap between two reads, positive; default 60 s
     * @return this builder
     */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = positive(readTimeout, "readTimeout");
      return this;
    }

    /**
     * Bound of one whole call, default {@link WholesaleClient#DEFAULT_CALL_TIMEOUT}: connecting,
     * sending, reading every byte of the answer, and all retries with their waits. A server that
     * drips its answer cannot hold a call longer. With {@link #httpClient} the default is that
     * client's own call timeout, or this default when it has none.
     *
     * @param callTimeout bound of a whole call, positive
     * @return this builder
     */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = positive(callTimeout, "callTimeout");
      return this;
    }

    /**
     * Largest response body the client reads, counted after decompression; default
     * {@value WholesaleClient#DEFAULT_MAX_RESPONSE_BYTES} bytes. A longer one fails with
     * {@link dev.webexwholesale.client.errors.ResponseTooLargeException}.
     *
     * @param maxResponseBytes at least 1024
     * @return this builder
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes < 1024) {
        throw new IllegalArgumentException("maxResponseBytes must be at least 1024, was " + maxResponseBytes);
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /**
     * Largest billing report CSV a download writes; default
     * {@value WholesaleClient#DEFAULT_MAX_DOWNLOAD_BYTES} bytes. A larger file fails with
     * {@link dev.webexwholesale.client.billing.BillingDownloadException} (reason {@code TOO_LARGE})
     * and leaves no file. Memory use does not grow with it: the file streams to its target.
     *
     * @param maxDownloadBytes at least 1024
     * @return this builder
     */
    public Builder maxDownloadBytes(long maxDownloadBytes) {
      if (maxDownloadBytes < 1024) {
        throw new IllegalArgumentException("maxDownloadBytes must be at least 1024, was " + maxDownloadBytes);
      }
      this.maxDownloadBytes = maxDownloadBytes;
      return this;
    }

    /**
     * Deadline of one billing report download, a renewal of its URL included; default
     * {@link WholesaleClient#DEFAULT_DOWNLOAD_TIMEOUT} (a call's {@link RequestOptions} timeout
     * replaces it for that download).
     *
     * @param downloadTimeout positive
     * @return this builder
     */
    public Builder downloadTimeout(Duration downloadTimeout) {
      this.downloadTimeout = positive(downloadTimeout, "downloadTimeout");
      return this;
    }

    /**
     * Where asynchronous waits ({@code await...Async}) run their polls, and where asynchronous
     * calls schedule their retries and rate-limit slots; default a shared pool of
     * {@value dev.webexwholesale.client.waiter.Waiter#DEFAULT_SCHEDULER_THREADS} daemon threads.
     * The caller keeps ownership of a scheduler it passes.
     *
     * @param waitScheduler the scheduler; the caller shuts it down
     * @return this builder
     */
    public Builder waitScheduler(ScheduledExecutorService waitScheduler) {
      this.waitScheduler = Objects.requireNonNull(waitScheduler, "waitScheduler");
      return this;
    }

    /**
     * Appended to {@code webex-wholesale-java/<version>}, e.g. {@code my-portal/2.3}; checked here.
     *
     * @param userAgent the product token(s) to append, or null for none
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      if (userAgent != null) {
        checkHeaderValue(userAgent, "userAgent");
      }
      this.userAgent = userAgent;
      return this;
    }

    /**
     * How many times and how patiently failed calls are replayed (which failures are safe to
     * replay is fixed); default {@link RetryPolicy#defaults()}. A call's {@link RequestOptions}
     * may replace it.
     *
     * @param retryPolicy how many times and how patiently calls are replayed
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * The one time source: deadlines, backoff, pacing, waits. Tests pass a fake; default {@link Time#system()}.
     *
     * @param time the time source
     * @return this builder
     */
    public Builder time(Time time) {
      this.time = Objects.requireNonNull(time, "time");
      return this;
    }

    /**
     * Receives the wire log's lines (request line, headers, status; Authorization redacted),
     * the same the {@code dev.webexwholesale.client.http} System.Logger gets at DEBUG.
     *
     * @param httpLogger the sink, or null for none
     * @return this builder
     */
    public Builder httpLogger(HttpLogger httpLogger) {
      this.httpLogger = httpLogger;
      return this;
    }

    /**
     * Defaults for every await and provision-and-wait call; each call may override them.
     *
     * @param waiterConfig the default wait settings
     * @return this builder
     */
    public Builder waiterConfig(WaiterConfig waiterConfig) {
      this.waiterConfig = Objects.requireNonNull(waiterConfig, "waiterConfig");
      return this;
    }

    /**
     * Spaces requests (every attempt, replays included) at most {@code requestsPerSecond}
     * apart, across all threads and views of this client. Off by default. Set it to the limit
     * Webex gives your token when running many calls at once: hitting the limit instead costs
     * a 429 and a whole-second Retry-After for each refused call.
     *
     * @param requestsPerSecond positive and finite
     * @return this builder
     */
    public Builder rateLimit(double requestsPerSecond) {
      if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
        throw new IllegalArgumentException("rateLimit must be a positive number of requests per second, was "
            + requestsPerSecond);
      }
      this.rateLimit = requestsPerSecond;
      return this;
    }

    /**
     * Options of every call of the client and its views, the least specific layer: a view's
     * options ({@link WholesaleClient#withRequestOptions}, {@link WholesaleClient#onBehalfOf},
     * {@link WholesaleClient#withTrackingId}) override them field by field, and a call's own
     * options override both. Default {@link RequestOptions#none()}.
     *
     * @param requestOptions the client's default options
     * @return this builder
     */
    public Builder requestOptions(RequestOptions requestOptions) {
      this.requestOptions = Objects.requireNonNull(requestOptions, "requestOptions");
      return this;
    }

    /**
     * Told of every call's final answer (method, path, status, tracking ID, attempts, duration).
     * An asynchronous call reports each attempt.
     *
     * @param responseListener the listener, or null for none
     * @return this builder
     */
    public Builder responseListener(ResponseListener responseListener) {
      this.responseListener = responseListener;
      return this;
    }

    /**
     * Told about every HTTP attempt, every poll of a wait and how each wait ended, for metrics
     * (see {@link MetricsListener}); default none. What it throws never changes a call's result.
     *
     * @param metricsListener the listener
     * @return this builder
     */
    public Builder metricsListener(MetricsListener metricsListener) {
      this.metricsListener = Objects.requireNonNull(metricsListener, "metricsListener");
      return this;
    }

    /**
     * The client.
     *
     * @return a new client, which owns the OkHttpClient it built (see {@link WholesaleClient#close()})
     * @throws IllegalArgumentException when no access token was given
     */
    public WholesaleClient build() {
      if (tokens == null) {
        throw new IllegalArgumentException("an access token (or token supplier) is required");
      }
      return new WholesaleClient(new ClientStack(this), RequestOptions.none(), true);
    }

    HttpUrl parsedBaseUrl() {
      String url = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
      HttpUrl parsed = HttpUrl.parse(url);
      if (parsed == null) {
        throw new IllegalArgumentException("baseUrl is not an http(s) URL: "
            + SafeText.escapeControls(baseUrl.replaceAll("//[^/@]*@", "//")));
      }
      return parsed;
    }

    /** Positive and representable in nanoseconds (OkHttp and the waits count in them). */
    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      if (d.compareTo(MAX_DURATION) > 0) {
        throw new IllegalArgumentException(name + " must be at most " + MAX_DURATION.toDays() + " days, was " + d);
      }
      return d;
    }

    @Override
    public String toString() {
      HttpUrl parsed = HttpUrl.parse(baseUrl);
      return "WholesaleClient.Builder{baseUrl=" + (parsed == null ? "(invalid)" : SafeText.withoutQueryOrUserinfo(parsed))
          + ", token=" + (tokens == null ? "unset" : "<redacted>")
          + ", retryPolicy=" + retryPolicy + "}";
    }
  }

  static final DoubleSupplier RANDOM = () -> ThreadLocalRandom.current().nextDouble();

  /** Longest timeout accepted: far beyond any real need, far below nanosecond overflow. */
  static final Duration MAX_DURATION = Duration.ofDays(365);

  private static void checkHeaderValue(String value, String name) {
    int bad = SafeText.illegalHeaderChar(value);
    if (bad >= 0) {
      throw new IllegalArgumentException(name + " has a character not allowed in an HTTP header at index " + bad
          + ": " + SafeText.escapeControls(String.valueOf(value.charAt(bad))));
    }
  }

  private static String versionFromManifest() {
    String version = WholesaleClient.class.getPackage().getImplementationVersion();
    return version == null || version.isBlank() ? "dev" : version;
  }
}
