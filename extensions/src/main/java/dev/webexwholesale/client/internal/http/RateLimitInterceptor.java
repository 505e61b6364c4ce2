package dev.webexwholesale.client.internal.http;

import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Holds each attempt until the shared {@link RequestPacer} gives it a slot. Sits after the
 * retry interceptor, so a replay takes a slot like any other request.
 */
public final class RateLimitInterceptor implements Interceptor {
  private final RequestPacer pacer;

  public RateLimitInterceptor(RequestPacer pacer) {
    this.pacer = Objects.requireNonNull(pacer, "pacer");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    // async: the caller already took its slot by scheduling, not sleeping (RequestPacer.Reserved).
    if (chain.request().tag(RequestPacer.Reserved.class) == null) {
      pacer.acquire();
    }
    return chain.proceed(chain.request());
  }
}
