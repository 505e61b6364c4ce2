package dev.webexwholesale.client.internal.http;

import dev.webexwholesale.client.internal.errors.ErrorDecoder;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Network interceptor. OkHttp replays any request once, POST included, when a 503 carries
 * {@code Retry-After: 0}; retryOnConnectionFailure(false) does not stop that. A 503 POST may
 * have provisioned something, so for non-idempotent methods that zero header is dropped
 * before OkHttp sees it (a zero wait tells the caller nothing).
 */
public final class NoSilentPostReplayInterceptor implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    if (response.code() == 503 && !ErrorDecoder.isIdempotent(request.method())
        && isZero(response.header("Retry-After"))) {
      return response.newBuilder().removeHeader("Retry-After").build();
    }
    return response;
  }

  private static boolean isZero(String retryAfter) {
    return retryAfter != null && retryAfter.strip().matches("0+");
  }
}
