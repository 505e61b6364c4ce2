package dev.webexwholesale.client;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import dev.webexwholesale.client.internal.errors.ErrorDecoder;
import dev.webexwholesale.client.errors.ForeignNextLinkException;
import dev.webexwholesale.client.errors.WholesaleException;
import dev.webexwholesale.client.internal.paging.LinkHeader;
import dev.webexwholesale.client.paging.Page;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Invocation;
import retrofit2.Response;

/** Runs calls of one client view and turns every failure into the typed exception. */
final class Calls {
  private static final int MAX_ERROR_BODY_BYTES = 256 * 1024;

  private final OkHttpClient http;
  private final HttpUrl baseUrl;
  private final Gson gson;
  private final ErrorDecoder decoder;

  Calls(OkHttpClient http, HttpUrl baseUrl, Gson gson, ErrorDecoder decoder) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.gson = gson;
    this.decoder = decoder;
  }

  /** Executes and returns the successful answer; throws the typed exception otherwise. */
  <T> Response<T> execute(Call<T> call) {
    Response<T> response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw ErrorDecoder.transport(e, call.request());
    } catch (JsonParseException e) {
      throw undecodable(call.request(), e);
    }
    if (!response.isSuccessful()) {
      throw decoder.decode(response.raw(), readQuietly(response.errorBody()));
    }
    return response;
  }

  /**
   * Executes an operation whose success always carries a body. An empty one (a broken proxy,
   * a truncated answer) is a typed failure here, not a null for the caller to trip over.
   */
  <T> Response<T> executeWithBody(Call<T> call) {
    Response<T> response = execute(call);
    if (response.body() == null) {
      Request r = response.raw().request();
      String trackingId = response.headers().get("trackingid");
      throw new WholesaleException("HTTP " + response.code() + " with an empty body to " + r.method() + " "
          + ErrorDecoder.withoutQuery(r.url()) + "; a body was expected"
          + (trackingId == null ? "" : " (trackingId " + trackingId + ")"));
    }
    return response;
  }

  /** First page of a list operation. */
  <L, T> Page<T> firstPage(Call<L> call, Function<L, List<T>> items) {
    Response<L> response = execute(call);
    return new Page<>(response.body() == null ? List.of() : items.apply(response.body()),
        nextUrl(response.raw().request().url(), response.headers().values("Link")));
  }

  /**
   * A following page: fetched straight from the {@code rel="next"} URL, tagged with the
   * first call's Retrofit invocation so the interceptors treat it like that operation.
   */
  <L, T> Page<T> nextPage(String url, Invocation invocation, Class<L> listType, Function<L, List<T>> items) {
    HttpUrl next = HttpUrl.parse(url);
    if (next == null || !sameOrigin(next)) {
      throw new ForeignNextLinkException(url, baseUrl.scheme() + "://" + baseUrl.host() + ":" + baseUrl.port());
    }
    Request request = new Request.Builder().url(next).get().tag(Invocation.class, invocation).build();
    try (okhttp3.Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw decoder.decode(response, readQuietly(response.body()));
      }
      String body = response.body() == null ? "" : response.body().string();
      L list;
      try {
        list = gson.fromJson(body, listType);
      } catch (JsonParseException e) {
        throw undecodable(request, e);
      }
      return new Page<>(list == null ? List.of() : items.apply(list),
          nextUrl(response.request().url(), response.headers("Link")));
    } catch (IOException e) {
      throw ErrorDecoder.transport(e, request);
    }
  }

  /** A success whose body is not the JSON the operation promises. */
  private static WholesaleException undecodable(Request request, JsonParseException e) {
    return new WholesaleException("Could not decode the answer to " + request.method() + " "
        + ErrorDecoder.withoutQuery(request.url()) + ": " + e.getMessage(), e);
  }

  static Invocation invocationOf(Call<?> call) {
    return call.request().tag(Invocation.class);
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
