package dev.webexwholesale.client.internal.http;

import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Sends a caller-chosen {@code TrackingID} so Webex support can find every call of one job. */
public final class TrackingIdInterceptor implements Interceptor {
  private final String trackingId;

  public TrackingIdInterceptor(String trackingId) {
    this.trackingId = Objects.requireNonNull(trackingId, "trackingId");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header("TrackingID", trackingId).build());
  }
}
