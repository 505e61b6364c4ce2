package dev.webexwholesale.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends a request file's JSON as written. The library validates the typed request (required
 * fields, package rules) but its models drop members whose value is {@code null}; a partner's
 * file may hold fields Webex added after this client was built, nulls included, and they must
 * reach Webex unchanged. Armed once per command, it replaces the body of the next POST or PUT
 * only; it sits outermost, so the library's retry and replay rules still apply to the new body.
 */
final class RequestFileBody implements Interceptor {
  /** Built on first use: most invocations (--help, GETs) never send a request file, and Gson and OkHttp cost start-up time. */
  private static final class Lazy {
    static final Gson WITH_NULLS = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  }

  private String pending;

  /** The next POST or PUT carries exactly this JSON tree. */
  synchronized void arm(JsonElement written) {
    pending = Lazy.WITH_NULLS.toJson(written);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String json = take(request);
    if (json == null) {
      return chain.proceed(request);
    }
    RequestBody original = request.body();
    MediaType type = original.contentType() == null ? Lazy.JSON : original.contentType();
    RequestBody asWritten = RequestBody.create(json, type);
    // Keeps whatever replay protection the library put on its body (e.g. one-shot POSTs).
    RequestBody body = new RequestBody() {
      @Override
      public MediaType contentType() {
        return asWritten.contentType();
      }

      @Override
      public long contentLength() throws IOException {
        return asWritten.contentLength();
      }

      @Override
      public boolean isOneShot() {
        return original.isOneShot();
      }

      @Override
      public void writeTo(okio.BufferedSink sink) throws IOException {
        asWritten.writeTo(sink);
      }
    };
    return chain.proceed(request.newBuilder().method(request.method(), body).build());
  }

  private synchronized String take(Request request) {
    if (pending == null || request.body() == null
        || !(request.method().equals("POST") || request.method().equals("PUT"))) {
      return null;
    }
    String json = pending;
    pending = null;
    return json;
  }
}
