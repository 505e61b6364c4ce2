package dev.webexwholesale.client;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import dev.webexwholesale.client.errors.ForeignNextLinkException;
import dev.webexwholesale.client.internal.observe.ClientLoggers;
import dev.webexwholesale.client.errors.NotFoundException;
import dev.webexwholesale.client.errors.UndecodableResponseException;
import dev.webexwholesale.client.errors.WebexApiException;
import dev.webexwholesale.client.errors.WholesaleException;
import dev.webexwholesale.client.internal.billing.SignedUrlDownloader;
import dev.webexwholesale.client.internal.errors.ErrorDecoder;
import dev.webexwholesale.client.internal.errors.SafeText;
import dev.webexwholesale.client.internal.paging.LinkHeader;
import dev.webexwholesale.client.internal.retry.RetryInterceptor;
import dev.webexwholesale.client.paging.Page;
import dev.webexwholesale.client.retry.RetryPolicy;
import dev.webexwholesale.client.internal.http.RequestPacer;
import dev.webexwholesale.client.internal.http.TimeoutAnchor;
import dev.webexwholesale.client.internal.retry.RetryDecider;
import java.io.IOException;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Converter;
import retrofit2.Invocation;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * Runs the calls of one client view and turns every failure into its typed exception. Each
 * call is sent as the Retrofit-built request tagged with its merged {@link RequestOptions}, on
 * the one OkHttpClient all views share; the interceptors read the tags (sub-partner, tracking
 * ID, extra headers, retry policy). Asynchronous calls go through {@link AsyncCall}.
 */
final class CallRunner {
  private static final int MAX_ERROR_BODY_BYTES = 256 * 1024;
  /** Least time a poll gets, even when the wait's remaining time is shorter. */
  static final Duration MIN_POLL_TIME = Duration.ofSeconds(2);

  /** What every view of one client shares. */
  record Env(OkHttpClient http, Retrofit retrofit, HttpUrl baseUrl, Gson gson, ErrorDecoder decoder,
      BooleanSupplier closed, Time time, ScheduledExecutorService scheduler, RequestPacer pacer,
      RetryDecider decider, DoubleSupplier random, SignedUrlDownloader downloader) {
  }

  private final Env env;
  private final OkHttpClient http;
  private final HttpUrl baseUrl;
  private final Gson gson;
  private final ErrorDecoder decoder;
  private final BooleanSupplier closed;
  /** The client's and the view's options merged: what a call's own options are laid over. */
  private final RequestOptions defaults;
  private final ConcurrentHashMap<Method, Converter<ResponseBody, ?>> converters = new ConcurrentHashMap<>();

  /** The client's billing report downloader (the hand-written base of the billing resource uses it). */
  SignedUrlDownloader downloader() {
    return env.downloader();
  }

  CallRunner(Env env, RequestOptions defaults) {
    this.env = env;
    this.http = env.http();
    this.baseUrl = env.baseUrl();
    this.gson = env.gson();
    this.decoder = env.decoder();
    this.closed = env.closed();
    this.defaults = defaults;
  }

  /** The options of this view: the client's, overridden by the view's. */
  RequestOptions defaults() {
    return defaults;
  }

  /** Executes and returns the successful answer; throws the typed exception otherwise. */
  <T> Response<T> execute(Call<T> call) {
    return execute(call, null);
  }

  /** As {@link #execute(Call)} with the call's own options laid over this view's. */
  <T> Response<T> execute(Call<T> call, RequestOptions options) {
    refuseWhenClosed();
    RequestOptions merged = merged(options);
    Request request = tagged(call.request(), merged);
    okhttp3.Call raw = newCall(request, merged);
    okhttp3.Response rawResponse;
    try {
      rawResponse = raw.execute();
    } catch (IOException e) {
      throw ErrorDecoder.transport(e, request);
    }
    try {
      if (!rawResponse.isSuccessful()) {
        WebexApiException error = decoder.decode(rawResponse, readQuietly(rawResponse.body()));
        if (isReplayedRemoval(error, rawResponse)) {
          // The first DELETE was processed but its answer was lost: the 404 of the replay is
          // the removal's success, not a failure.
          return Response.success(null, removedByEarlierAttempt(rawResponse));
        }
        throw error;
      }
      return converted(rawResponse, request);
    } catch (IOException e) {
      throw ErrorDecoder.transport(e, request);
    } catch (JsonParseException e) {
      throw undecodable(request, rawResponse.code(), null, e);
    }
  }

  /**
   * Starts the call without blocking; the future completes with the successful answer mapped by
   * {@code onSuccess}, or exceptionally with the typed exception {@link #execute} would throw.
   * Cancelling it cancels the HTTP call in flight or the pending retry.
   */
  <T, R> CompletableFuture<R> executeAsync(Call<T> call, RequestOptions options, Function<Response<T>, R> onSuccess) {
    refuseWhenClosed();
    RequestOptions merged = merged(options);
    Request request = tagged(call.request(), merged);
    return new AsyncCall<R>(env, request, timeoutOf(merged), raw -> onSuccess.apply(converted(raw, request))).start();
  }

  /**
   * As {@link #executeAsync} for an operation whose success always carries a body: an empty one
   * fails the future as {@link #executeWithBody} throws.
   */
  <T> CompletableFuture<T> executeWithBodyAsync(Call<T> call, RequestOptions options) {
    return executeAsync(call, options, response -> {
      if (response.body() == null) {
        throw emptyBody(response.raw());
      }
      return response.body();
    });
  }

  /** The call's options over this view's; null means none of its own. */
  RequestOptions merged(RequestOptions options) {
    return options == null ? defaults : options.over(defaults);
  }

  /**
   * The request with its options (and a retry policy of its own, if any) as tags: one copy of
   * the request per call, none when there are no options (the interceptors then add nothing).
   */
  private Request tagged(Request request, RequestOptions merged) {
    return merged.isEmpty() ? request : tagging(request, merged).build();
  }

  private Request.Builder tagging(Request request, RequestOptions merged) {
    Request.Builder b = request.newBuilder().tag(RequestOptions.class, merged);
    RetryPolicy policy = merged.retryPolicy().orElse(null);
    if (policy != null) {
      b.tag(RetryDecider.class, new RetryDecider(policy, env.random()));
    }
    return b;
  }

  /** An async call's bound: the options' timeout, else the client's call timeout. */
  private Duration timeoutOf(RequestOptions merged) {
    return merged.timeout().orElseGet(() -> Duration.ofMillis(http.callTimeoutMillis()));
  }

  /** A call bounded by the options' timeout, when set (else by the client's call timeout). */
  private okhttp3.Call newCall(Request request, RequestOptions merged) {
    TimeoutAnchor.SHARED.touch(); // the call's deadline then wakes no watchdog
    okhttp3.Call raw = http.newCall(request);
    merged.timeout().ifPresent(t -> raw.timeout().timeout(t.toNanos(), TimeUnit.NANOSECONDS));
    return raw;
  }

  /**
   * A success decoded as Retrofit would (its converters, 204/205 without body). The raw response
   * is handed on as it is, for headers and URL: its body is closed once decoded.
   */
  private <T> Response<T> converted(okhttp3.Response raw, Request request) throws IOException {
    ResponseBody body = raw.body();
    if (body == null || raw.code() == 204 || raw.code() == 205) {
      if (body != null) {
        body.close();
      }
      return Response.success(null, raw);
    }
    Converter<ResponseBody, ?> converter = converter(request.tag(Invocation.class));
    try (body) {
      @SuppressWarnings("unchecked")
      T decoded = (T) (converter instanceof BufferedBodyConverters.JsonConverter json
          ? json.decode(body, raw.header("Content-Type")) // the header as sent, not parsed again
          : converter.convert(body));
      return Response.success(decoded, raw);
    }
  }

  /** The success-body converter of the operation; looked up once per operation, not per call. */
  private Converter<ResponseBody, ?> converter(Invocation invocation) {
    if (invocation == null) {
      return env.retrofit().responseBodyConverter(Object.class, new Annotation[0]);
    }
    Converter<ResponseBody, ?> known = converters.get(invocation.method()); // no capturing lambda per call
    return known != null ? known : converters.computeIfAbsent(invocation.method(), method -> env.retrofit()
        .responseBodyConverter(((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0],
            method.getAnnotations()));
  }

  static okhttp3.Response removedByEarlierAttempt(okhttp3.Response raw) {
    if (raw.body() != null) {
      raw.body().close();
    }
    return raw.newBuilder().code(204).message("Removed by an earlier attempt").body(null).build();
  }

  /**
   * One attempt (the retry layer does not replay it) bounded by {@code budget}: a waiter's poll,
   * which must fit the wait's remaining time. Null budget means the view's timeout, else the
   * client's call timeout.
   */
  <T> Response<T> executeOnce(Call<T> call, Duration budget) {
    refuseWhenClosed();
    Request request = onceRequest(call);
    okhttp3.Call raw = newCall(request, defaults);
    if (budget != null) {
      raw.timeout().timeout(pollBound(budget).toNanos(), TimeUnit.NANOSECONDS);
    }
    okhttp3.Response response;
    try {
      response = raw.execute();
    } catch (IOException e) {
      throw ErrorDecoder.transport(e, request);
    }
    try (response) {
      if (!response.isSuccessful()) {
        throw decoder.decode(response, readQuietly(response.body()));
      }
      return once(response, request);
    }
  }

  /**
   * {@link #executeOnce} without blocking: sent with OkHttp's {@code enqueue}, so a slow poll
   * holds no thread (least of all the wait scheduler's); the token is asked on the OkHttp thread.
   * The future fails with the typed exception {@code executeOnce} throws.
   */
  <T> CompletableFuture<Response<T>> executeOnceAsync(Call<T> call, Duration budget) {
    refuseWhenClosed();
    Request request = onceRequest(call).newBuilder()
        .tag(RetryDecider.class, new RetryDecider(RetryPolicy.none(), env.random())).build();
    Duration bound = budget != null ? pollBound(budget) : timeoutOf(defaults);
    return new AsyncCall<Response<T>>(env, request, bound, response -> {
      try (response) {
        return once(response, request);
      }
    }).start();
  }

  private Request onceRequest(Call<?> call) {
    return tagging(call.request(), defaults)
        .tag(RetryInterceptor.SingleAttempt.class, RetryInterceptor.SingleAttempt.INSTANCE).build();
  }

  /** The final poll of a wait comes at its deadline: it still gets a short time to answer. */
  private static Duration pollBound(Duration budget) {
    return budget.compareTo(MIN_POLL_TIME) < 0 ? MIN_POLL_TIME : budget;
  }

  /** A poll's success: its body decoded (never empty), detached from the connection. */
  private <T> Response<T> once(okhttp3.Response response, Request request) {
    Invocation invocation = request.tag(Invocation.class);
    Type type = invocation == null ? Object.class
        : ((ParameterizedType) invocation.method().getGenericReturnType()).getActualTypeArguments()[0];
    T body = decodeBody(response, type, request);
    if (body == null) {
      throw emptyBody(response);
    }
    return Response.success(body, response.newBuilder().body(null).build());
  }

  static boolean isReplayedRemoval(WebexApiException error, okhttp3.Response raw) {
    return error instanceof NotFoundException && "DELETE".equals(raw.request().method())
        && error.attempts() > 1;
  }

  /**
   * Executes an operation whose success always carries a body. An empty one (a broken proxy,
   * a truncated answer) is a typed failure here, not a null for the caller to trip over.
   */
  <T> Response<T> executeWithBody(Call<T> call) {
    return executeWithBody(call, null);
  }

  /** As {@link #executeWithBody(Call)} with the call's own options. */
  <T> Response<T> executeWithBody(Call<T> call, RequestOptions options) {
    Response<T> response = execute(call, options);
    if (response.body() == null) {
      throw emptyBody(response.raw());
    }
    return response;
  }

  static WholesaleException emptyBody(okhttp3.Response raw) {
    Request r = raw.request();
    String trackingId = raw.header("trackingid");
    return new WholesaleException("HTTP " + raw.code() + " with an empty body to " + r.method() + " "
        + ErrorDecoder.withoutQuery(r.url()) + "; a body was expected"
        + (trackingId == null ? "" : " (trackingId " + SafeText.escapeControls(trackingId) + ")"));
  }

  /** First page of a list operation. */
  <L, T> Page<T> firstPage(Call<L> call, Function<L, List<T>> items, RequestOptions options) {
    Response<L> response = execute(call, options);
    return page(response, items);
  }

  /** First page of a list operation, without blocking. */
  <L, T> CompletableFuture<Page<T>> firstPageAsync(Call<L> call, Function<L, List<T>> items, RequestOptions options) {
    return executeAsync(call, options, response -> page(response, items));
  }

  private static <L, T> Page<T> page(Response<L> response, Function<L, List<T>> items) {
    return new Page<>(response.body() == null ? List.of() : items.apply(response.body()),
        nextUrl(response.raw().request().url(), response.headers().values("Link")));
  }

  /**
   * A following page: fetched straight from the {@code rel="next"} URL (refused unless it is on
   * the client's origin), tagged with the first call's Retrofit invocation so the interceptors
   * treat it like that operation. The body is decoded as it streams in (and is capped like
   * every body).
   */
  <L, T> Page<T> nextPage(String url, Invocation invocation, Class<L> listType, Function<L, List<T>> items,
      RequestOptions options) {
    refuseWhenClosed();
    RequestOptions merged = merged(options);
    Request request = nextPageRequest(url, invocation, merged);
    try (okhttp3.Response response = newCall(request, merged).execute()) {
      if (!response.isSuccessful()) {
        throw decoder.decode(response, readQuietly(response.body()));
      }
      L list = decodeBody(response, listType, request);
      return new Page<>(list == null ? List.of() : items.apply(list),
          nextUrl(response.request().url(), response.headers("Link")));
    } catch (IOException e) {
      throw ErrorDecoder.transport(e, request);
    }
  }

  /** {@link #nextPage} without blocking. */
  <L, T> CompletableFuture<Page<T>> nextPageAsync(String url, Invocation invocation, Class<L> listType,
      Function<L, List<T>> items, RequestOptions options) {
    refuseWhenClosed();
    RequestOptions merged = merged(options);
    Request request = nextPageRequest(url, invocation, merged);
    return new AsyncCall<Page<T>>(env, request, timeoutOf(merged), response -> {
      try (response) {
        L list = decodeBody(response, listType, request);
        return new Page<>(list == null ? List.of() : items.apply(list),
            nextUrl(response.request().url(), response.headers("Link")));
      }
    }).start();
  }

  private Request nextPageRequest(String url, Invocation invocation, RequestOptions merged) {
    HttpUrl next = url == null ? null : HttpUrl.parse(url);
    if (next == null || !sameOrigin(next)) {
      ClientLoggers.PAGING.log(System.Logger.Level.WARNING, "refused a next link to another origin: "
          + (next == null ? SafeText.escapeControls(String.valueOf(url)) : SafeText.withoutQueryOrUserinfo(next)));
      throw new ForeignNextLinkException(url == null ? "null" : SafeText.withoutUserinfo(url),
          baseUrl.scheme() + "://" + baseUrl.host() + ":" + baseUrl.port());
    }
    return tagged(new Request.Builder().url(next).get().tag(Invocation.class, invocation).build(), merged);
  }

  <T> T decodeBody(okhttp3.Response response, Type type, Request request) {
    ResponseBody body = response.body();
    if (body == null) {
      return null;
    }
    try (Reader reader = body.charStream()) {
      return gson.fromJson(reader, type);
    } catch (JsonParseException e) {
      if (e.getCause() instanceof IOException) {
        // Gson wraps a failed read (timeout, reset, size limit): a transport failure, not bad JSON.
        throw ErrorDecoder.transport((IOException) e.getCause(), request);
      }
      throw undecodable(request, response, e);
    } catch (IOException e) {
      throw ErrorDecoder.transport(e, request);
    }
  }

  /** A success whose body is not the JSON the operation promises: one line, no parser advice. */
  static WholesaleException undecodable(Request request, okhttp3.Response response, JsonParseException e) {
    return undecodable(request, response.code(), response, e);
  }

  static WholesaleException undecodable(Request request, int status, okhttp3.Response response,
      JsonParseException e) {
    String contentType = response != null ? response.header("Content-Type")
        : e instanceof BufferedBodyConverters.NotJson ? ((BufferedBodyConverters.NotJson) e).contentType : null;
    String trackingId = response == null ? null : response.header("trackingid");
    return new UndecodableResponseException(status, request.method(), ErrorDecoder.withoutQuery(request.url()),
        contentType == null ? null : SafeText.escapeControls(contentType), "JSON",
        trackingId == null ? null : SafeText.escapeControls(trackingId), e);
  }

  static Invocation invocationOf(Call<?> call) {
    return call.request().tag(Invocation.class);
  }

  void refuseWhenClosed() {
    if (closed.getAsBoolean()) {
      throw new IllegalStateException("This WholesaleClient is closed: build a new one");
    }
  }

  private boolean sameOrigin(HttpUrl url) {
    return url.scheme().equals(baseUrl.scheme()) && url.host().equalsIgnoreCase(baseUrl.host())
        && url.port() == baseUrl.port();
  }

  /** Resolves a relative link against the page that carried it. */
  private static String nextUrl(HttpUrl pageUrl, List<String> linkHeaders) {
    return LinkHeader.next(linkHeaders).map(link -> {
      HttpUrl resolved = pageUrl.resolve(link);
      return resolved == null ? link : resolved.toString();
    }).orElse(null);
  }

  /** Error bodies are kept for the exception; a proxy's multi-megabyte page is cut short. */
  static String readQuietly(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (body) {
      byte[] bytes = body.byteStream().readNBytes(MAX_ERROR_BODY_BYTES);
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
