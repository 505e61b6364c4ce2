package dev.webexwholesale.client.internal.http;

import dev.webexwholesale.client.RequestOptions;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the extra headers of the request's {@link RequestOptions} tag (checked when the options
 * were built: never Authorization). Sits before the tracking-ID and user-agent interceptors,
 * which own their headers.
 */
public final class ExtraHeadersInterceptor implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    RequestOptions options = request.tag(RequestOptions.class);
    if (options == null || options.headers().isEmpty()) {
      return chain.proceed(request);
    }
    Request.Builder b = request.newBuilder();
    options.headers().forEach(b::header);
    return chain.proceed(b.build());
  }
}
