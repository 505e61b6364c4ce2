package dev.webexwholesale.client.internal.http;

import dev.webexwholesale.client.RequestOptions;
import java.io.IOException;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends the caller-chosen {@code TrackingID} of the request's {@link RequestOptions} tag so Webex
 * support can find every call of one job.
 */
public final class TrackingIdInterceptor implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    RequestOptions options = request.tag(RequestOptions.class);
    Optional<String> trackingId = options == null ? Optional.empty() : options.trackingId();
    if (trackingId.isEmpty()) {
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder().header("TrackingID", trackingId.get()).build());
  }
}
