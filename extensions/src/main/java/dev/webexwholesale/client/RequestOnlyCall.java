package dev.webexwholesale.client;

import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;
import okio.Timeout;

/**
 * Retrofit's call factory in this client: Retrofit only builds the request (URL, query, body,
 * {@code Invocation} tag); {@link CallRunner} tags it with its options and sends it on the shared
 * OkHttpClient. So no OkHttp call is made (and reported to an event listener) that never runs.
 */
final class RequestOnlyCall implements Call {
  private final Request request;

  RequestOnlyCall(Request request) {
    this.request = request;
  }

  @Override
  public Request request() {
    return request;
  }

  @Override
  public Response execute() {
    throw new UnsupportedOperationException("sent by CallRunner, never by Retrofit");
  }

  @Override
  public void enqueue(Callback callback) {
    throw new UnsupportedOperationException("sent by CallRunner, never by Retrofit");
  }

  @Override
  public void cancel() {
    // Never sent: nothing to cancel.
  }

  @Override
  public boolean isExecuted() {
    return false;
  }

  @Override
  public boolean isCanceled() {
    return false;
  }

  @Override
  public Timeout timeout() {
    return Timeout.NONE;
  }

  @Override
  public Call clone() {
    return new RequestOnlyCall(request);
  }
}
