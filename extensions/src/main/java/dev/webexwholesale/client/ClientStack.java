package dev.webexwholesale.client;

import com.google.gson.Gson;
import dev.webexwholesale.client.auth.TokenProvider;
import dev.webexwholesale.client.internal.errors.ErrorDecoder;
import dev.webexwholesale.client.internal.http.IdentityHeadersInterceptor;
import dev.webexwholesale.client.internal.http.LoggingInterceptor;
import dev.webexwholesale.client.internal.http.BodyLimitInterceptor;
import dev.webexwholesale.client.internal.http.ExtraHeadersInterceptor;
import dev.webexwholesale.client.internal.http.OneShotPostInterceptor;
import dev.webexwholesale.client.internal.http.RateLimitInterceptor;
import dev.webexwholesale.client.internal.http.RequestPacer;
import dev.webexwholesale.client.internal.http.ResponseListenerInterceptor;
import dev.webexwholesale.client.internal.http.SubPartnerInterceptor;
import dev.webexwholesale.client.internal.http.TokenRefreshInterceptor;
import dev.webexwholesale.client.internal.http.TrackingIdInterceptor;
import dev.webexwholesale.client.internal.http.UncheckedFailureInterceptor;
import dev.webexwholesale.client.internal.billing.SignedUrlDownloader;
import dev.webexwholesale.client.internal.json.WholesaleJson;
import dev.webexwholesale.client.internal.retry.RetryDecider;
import dev.webexwholesale.client.internal.retry.RetryInterceptor;
import dev.webexwholesale.client.retry.RetryPolicy;
import dev.webexwholesale.client.waiter.Waiter;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * What a client and all its views share: settings from the builder, the one OkHttpClient with
 * every interceptor, the Retrofit services and what {@link CallRunner} needs. Built once per
 * {@link WholesaleClient#builder() build()}.
 */
final class ClientStack {
  final HttpUrl baseUrl;
  final Supplier<String> tokens;
  /** Set only by Builder#tokenProvider: then a 401 refreshes and replays once. */
  final TokenProvider tokenProvider;
  final boolean ownsHttp;
  final String userAgent;
  final RetryPolicy retryPolicy;
  final Time time;
  final long maxResponseBytes;
  final AtomicBoolean closed = new AtomicBoolean();
  final HttpLogger httpLogger;
  final ResponseListener responseListener;
  final MetricsListener metricsListener;
  final Gson gson = WholesaleJson.gson();
  /** One for the client and all its views: they share the token, so they share its limit. */
  final RequestPacer pacer;
  final RetryDecider decider;
  final RequestOptions clientOptions;
  /** The one HTTP stack (with every interceptor) of the client and all its views. */
  final OkHttpClient http;
  /** The generated Retrofit services, one per resource group. */
  final WholesaleResources.Apis apis;
  final ResourcePolling.Settings waiterSettings;
  final CallRunner.Env env;
  /** Billing report downloads: the root client without the API's interceptors (see SignedUrlDownloader). */
  final SignedUrlDownloader downloader;

  ClientStack(WholesaleClient.Builder b) {
    this.baseUrl = b.parsedBaseUrl();
    this.tokens = b.tokens;
    this.tokenProvider = b.tokenProvider;
    this.ownsHttp = b.httpClient == null;
    OkHttpClient.Builder http = ownsHttp ? new OkHttpClient.Builder() : b.httpClient.newBuilder();
    if (ownsHttp) {
      // Every call goes to one host: OkHttp's default of 5 async calls per host would make a few
      // slow ones (an async wait's polls) hold back every other async call and retry.
      okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher();
      dispatcher.setMaxRequestsPerHost(dispatcher.getMaxRequests());
      http.dispatcher(dispatcher);
      if (!baseUrl.isHttps()) {
        // The API stack talks only to its own origin (no redirects, next links checked): over
        // plain http (the sandbox) it never needs TLS, which OkHttp would set up at once by
        // loading the JDK's trust store. Billing downloads add TLS back (SignedUrlDownloader).
        http.connectionSpecs(java.util.List.of(okhttp3.ConnectionSpec.CLEARTEXT));
      }
    }
    if (ownsHttp || b.connectTimeout != null) {
      http.connectTimeout(b.connectTimeout != null ? b.connectTimeout : WholesaleClient.DEFAULT_CONNECT_TIMEOUT);
    }
    if (ownsHttp || b.readTimeout != null) {
      http.readTimeout(b.readTimeout != null ? b.readTimeout : WholesaleClient.DEFAULT_READ_TIMEOUT);
    }
    // A supplied client without a call timeout gets ours: no call may be unbounded.
    if (ownsHttp || b.callTimeout != null || b.httpClient.callTimeoutMillis() == 0) {
      http.callTimeout(b.callTimeout != null ? b.callTimeout : WholesaleClient.DEFAULT_CALL_TIMEOUT);
    }
    OkHttpClient rootHttp = http.build();
    // concat, not +: this call site's string-concat bootstrap spun method-handle classes at every start.
    String ours = "webex-wholesale-java/".concat(WholesaleClient.VERSION);
    this.userAgent = b.userAgent == null || b.userAgent.isBlank() ? ours : String.join(" ", ours, b.userAgent.strip());
    this.retryPolicy = b.retryPolicy;
    this.time = b.time;
    this.maxResponseBytes = b.maxResponseBytes;
    this.httpLogger = b.httpLogger;
    this.metricsListener = b.metricsListener;
    this.waiterSettings = ResourcePolling.settings(b.waiterConfig, b.time, b.waitScheduler, b.metricsListener);
    this.responseListener = b.responseListener;
    this.pacer = b.rateLimit == null ? null : new RequestPacer(b.rateLimit, b.time);
    this.decider = new RetryDecider(retryPolicy, WholesaleClient.RANDOM);
    this.clientOptions = b.requestOptions;
    this.http = stack(this, rootHttp);
    // Built from the root client, before any interceptor: the token, Webex headers and retries
    // of the API never reach the file host; the pool, dispatcher, proxy and TLS are shared.
    this.downloader = new SignedUrlDownloader(() -> SignedUrlDownloader.downloadClient(rootHttp), time, b.maxDownloadBytes,
        b.downloadTimeout);
    Retrofit retrofit = new Retrofit.Builder()
        .baseUrl(baseUrl)
        .callFactory(RequestOnlyCall::new) // Retrofit builds requests; CallRunner sends them
        .addConverterFactory(new QueryConverters())
        .addConverterFactory(new BufferedBodyConverters(gson))
        .addConverterFactory(GsonConverterFactory.create(gson))
        .build();
    this.apis = new WholesaleResources.Apis(retrofit);
    ScheduledExecutorService scheduler = b.waitScheduler != null ? b.waitScheduler : Waiter.defaultScheduler();
    this.env = new CallRunner.Env(this.http, retrofit, baseUrl, gson, new ErrorDecoder(gson, time), closed::get,
        time, scheduler, pacer, decider, WholesaleClient.RANDOM, downloader);
  }

/**
 * The one HTTP stack of a client and all its views. One concern per interceptor; the order
 * matters and is documented in line. Per-call settings travel as a {@link RequestOptions}
 * request tag, read by the interceptors that apply them.
 */
private static OkHttpClient stack(ClientStack shared, OkHttpClient rootHttp) {
  OkHttpClient.Builder b = rootHttp.newBuilder();
  // Outermost: an async call's unchecked failure (a token provider that cannot sign in) reaches
  // its caller as itself, never as OkHttp's "canceled due to" IOException nor as a stack trace.
  b.addInterceptor(new UncheckedFailureInterceptor());
  if (shared.responseListener != null) {
    b.addInterceptor(new ResponseListenerInterceptor(shared.responseListener)); // sees the final answer
  }
  if (shared.tokenProvider != null) {
    // Outside retry, wrapping auth: a 401 invalidates the token and replays the whole call
    // (retries, pacing, a fresh Authorization) exactly once.
    b.addInterceptor(new TokenRefreshInterceptor(shared.tokenProvider, shared.time));
  }
  // Retry before auth: every attempt asks the token supplier again. An async call is tagged
  // single-attempt here: AsyncCall retries it by scheduling, never sleeping on a dispatcher.
  b.addInterceptor(new RetryInterceptor(shared.decider, shared.time, shared.metricsListener));
  b.addInterceptor(new BodyLimitInterceptor(shared.maxResponseBytes)); // inside retry: an oversized body is final
  b.addInterceptor(new OneShotPostInterceptor()); // OkHttp may not replay a POST body on its own
  if (shared.pacer != null) {
    b.addInterceptor(new RateLimitInterceptor(shared.pacer)); // after retry: every attempt waits its turn
  }
  b.addInterceptor(new SubPartnerInterceptor()); // the options' sub-partner, as a query parameter
  b.addInterceptor(new ExtraHeadersInterceptor()); // the options' headers (never Authorization)
  b.addInterceptor(new TrackingIdInterceptor()); // after the extra headers: the tracking ID option wins
  // Authorization (a fresh token per attempt) and User-Agent, after the options' headers: both win.
  b.addInterceptor(new IdentityHeadersInterceptor(shared.tokens, shared.userAgent));
  // Last: logs what is really sent, to System.Logger "dev.webexwholesale.client.http" and the httpLogger.
  b.addInterceptor(new LoggingInterceptor(shared.httpLogger, shared.time));
  // OkHttp's own connection retry stays on: it tries a host's next address when a connect
  // fails. It can never replay a POST, whose body is one-shot (above).
  b.retryOnConnectionFailure(true);
  // The API never redirects; following one would send a provisioning body to another origin
  // or drop the sub-partner scope. A 3xx becomes RedirectRefusedException.
  b.followRedirects(false).followSslRedirects(false);
  return b.build();
}
}
