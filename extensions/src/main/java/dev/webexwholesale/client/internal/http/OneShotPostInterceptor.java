package dev.webexwholesale.client.internal.http;

import dev.webexwholesale.client.internal.retry.RetryDecider;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;

/**
 * Marks the body of every non-idempotent request one-shot. OkHttp then never sends it a second
 * time by itself (after a connection broke mid-request, a 408, a 503 with Retry-After 0), yet
 * keeps its route fallback: a connection that was never made is still tried on the host's
 * next address, since nothing was sent.
 */
public final class OneShotPostInterceptor implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    RequestBody body = request.body();
    if (body == null || body.isOneShot() || RetryDecider.isIdempotent(request.method())) {
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder().method(request.method(), new OneShot(body)).build());
  }

  private static final class OneShot extends RequestBody {
    private final RequestBody delegate;

    OneShot(RequestBody delegate) {
      this.delegate = delegate;
    }

    @Override
    public MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() throws IOException {
      return delegate.contentLength();
    }

    @Override
    public boolean isOneShot() {
      return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      delegate.writeTo(sink);
    }
  }
}
