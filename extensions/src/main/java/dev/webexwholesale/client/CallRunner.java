package dev.webexwholesale.client;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import dev.webexwholesale.client.errors.ForeignNextLinkException;
import dev.webexwholesale.client.internal.observe.ClientLoggers;
import dev.webexwholesale.client.errors.NotFoundException;
import dev.webexwholesale.client.errors.UndecodableResponseException;
import dev.webexwholesale.client.errors.WebexApiException;
import dev.webexwholesale.client.errors.WholesaleException;
import dev.webexwholesale.client.internal.errors.ErrorDecoder;
import dev.webexwholesale.client.internal.errors.SafeText;
import dev.webexwholesale.client.internal.http.BodyLimitInterceptor;
import dev.webexwholesale.client.internal.paging.LinkHeader;
import dev.webexwholesale.client.internal.retry.RetryInterceptor;
import dev.webexwholesale.client.paging.Page;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Invocation;
import retrofit2.Response;

/** Runs the calls of one client view and turns every failure into its typed exception. */
final class CallRunner {
  private static final int MAX_ERROR_BODY_BYTES = 256 * 1024;
  /** Least time a poll gets, even when the wait's remaining time is shorter. */
  static final Duration MIN_POLL_TIME = Duration.ofSeconds(2);

  private final OkHttpClient http;
  private final HttpUrl baseUrl;
  private final Gson gson;
  private final ErrorDecoder decoder;
  private final BooleanSupplier closed;

  CallRunner(OkHttpClient http, HttpUrl baseUrl, Gson gson, ErrorDecoder decoder, BooleanSupplier closed) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.gson = gson;
    this.decoder = decoder;
    this.closed = closed;
  }

  /** Executes and returns the successful answer; throws the typed exception otherwise. */
  <T> Response<T> execute(Call<T> call) {
    refuseWhenClosed();
    Response<T> response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw ErrorDecoder.transport(e, call.request());
    } catch (JsonParseException e) {
      Integer status = BodyLimitInterceptor.LAST_STATUS.get();
      throw undecodable(call.request(), status == null ? 0 : status, null, e);
    } finally {
      BodyLimitInterceptor.LAST_STATUS.remove();
    }
    if (!response.isSuccessful()) {
      WebexApiException error = decoder.decode(response.raw(), readQuietly(response.errorBody()));
      if (isReplayedRemoval(error, response.raw())) {
        // The first DELETE was processed but its answer was lost: the 404 of the replay is
        // the removal's success, not a failure.
        return Response.success(null, response.raw().newBuilder().code(204).message("Removed by an earlier attempt")
            .body(null).build());
      }
      throw error;
    }
    return response;
  }

  /**
   * One attempt (the retry layer does not replay it) bounded by {@code budget}: a waiter's poll,
   * which must fit the wait's remaining time. Null budget means the client's call timeout.
   */
  <T> Response<T> executeOnce(Call<T> call, Duration budget) {
    refuseWhenClosed();
    Request request = call.request().newBuilder()
        .tag(RetryInterceptor.SingleAttempt.class, RetryInterceptor.SingleAttempt.INSTANCE).build();
    okhttp3.Call raw = http.newCall(request);
    if (budget != null) {
      // The final poll of a wait comes at its deadline: it still gets a short time to answer.
      Duration bound = budget.compareTo(MIN_POLL_TIME) < 0 ? MIN_POLL_TIME : budget;
      raw.timeout().timeout(bound.toNanos(), TimeUnit.NANOSECONDS);
    }
    Invocation invocation = request.tag(Invocation.class);
    Type type = invocation == null ? Object.class
        : ((ParameterizedType) invocation.method().getGenericReturnType()).getActualTypeArguments()[0];
    okhttp3.Response response;
    try {
      response = raw.execute();
    } catch (IOException e) {
      throw ErrorDecoder.transport(e, request);
    } finally {
      BodyLimitInterceptor.LAST_STATUS.remove();
    }
    try (response) {
      if (!response.isSuccessful()) {
        throw decoder.decode(response, readQuietly(response.body()));
      }
      T body = decodeBody(response, type, request);
      if (body == null) {
        throw emptyBody(response);
      }
      return Response.success(body, response.newBuilder().body(null).build());
    }
  }

  private static boolean isReplayedRemoval(WebexApiException error, okhttp3.Response raw) {
    return error instanceof NotFoundException && "DELETE".equals(raw.request().method())
        && error.attempts() > 1;
  }

  /**
   * Executes an operation whose success always carries a body. An empty one (a broken proxy,
   * a truncated answer) is a typed failure here, not a null for the caller to trip over.
   */
  <T> Response<T> executeWithBody(Call<T> call) {
    Response<T> response = execute(call);
    if (response.body() == null) {
      throw emptyBody(response.raw());
    }
    return response;
  }

  private static WholesaleException emptyBody(okhttp3.Response raw) {
    Request r = raw.request();
    String trackingId = raw.header("trackingid");
    return new WholesaleException("HTTP " + raw.code() + " with an empty body to " + r.method() + " "
        + ErrorDecoder.withoutQuery(r.url()) + "; a body was expected"
        + (trackingId == null ? "" : " (trackingId " + SafeText.escapeControls(trackingId) + ")"));
  }

  /** First page of a list operation. */
  <L, T> Page<T> firstPage(Call<L> call, Function<L, List<T>> items) {
    Response<L> response = execute(call);
    return new Page<>(response.body() == null ? List.of() : items.apply(response.body()),
        nextUrl(response.raw().request().url(), response.headers().values("Link")));
  }

  /**
   * A following page: fetched straight from the {@code rel="next"} URL, tagged with the
   * first call's Retrofit invocation so the interceptors treat it like that operation. The
   * body is decoded as it streams in (and is capped like every body).
   */
  <L, T> Page<T> nextPage(String url, Invocation invocation, Class<L> listType, Function<L, List<T>> items) {
    refuseWhenClosed();
    HttpUrl next = HttpUrl.parse(url);
    if (next == null || !sameOrigin(next)) {
      ClientLoggers.PAGING.log(System.Logger.Level.WARNING, "refused a next link to another origin: "
          + (next == null ? SafeText.escapeControls(url) : SafeText.withoutQueryOrUserinfo(next)));
      throw new ForeignNextLinkException(SafeText.withoutUserinfo(url),
          baseUrl.scheme() + "://" + baseUrl.host() + ":" + baseUrl.port());
    }
    Request request = new Request.Builder().url(next).get().tag(Invocation.class, invocation).build();
    try (okhttp3.Response response = http.newCall(request).execute()) {
      BodyLimitInterceptor.LAST_STATUS.remove();
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

  private <T> T decodeBody(okhttp3.Response response, Type type, Request request) {
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
  private static WholesaleException undecodable(Request request, okhttp3.Response response, JsonParseException e) {
    return undecodable(request, response.code(), response, e);
  }

  private static WholesaleException undecodable(Request request, int status, okhttp3.Response response,
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

  private void refuseWhenClosed() {
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
  private static String readQuietly(ResponseBody body) {
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
