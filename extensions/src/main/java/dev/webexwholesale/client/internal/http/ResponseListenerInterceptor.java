package dev.webexwholesale.client.internal.http;

import dev.webexwholesale.client.ResponseListener;
import dev.webexwholesale.client.ResponseMetadata;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Outermost interceptor: reports each call's final answer to a {@link ResponseListener}. */
public final class ResponseListenerInterceptor implements Interceptor {
  private final ResponseListener listener;

  public ResponseListenerInterceptor(ResponseListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    AttemptCounter counter = request.tag(AttemptCounter.class);
    if (counter == null) {
      counter = new AttemptCounter();
      request = request.newBuilder().tag(AttemptCounter.class, counter).build();
    }
    long start = System.nanoTime();
    Response response = chain.proceed(request);
    ResponseMetadata metadata = new ResponseMetadata(
        request.method(),
        request.url().encodedPath(),
        response.code(),
        response.header("trackingid"),
        Math.max(1, counter.attempts()),
        Duration.ofNanos(System.nanoTime() - start));
    try {
      listener.onResponse(metadata);
    } catch (RuntimeException | Error e) {
      // An observer must not turn an accepted provision into a failure the caller would
      // retry: the answer is returned, the listener's failure goes to the thread's handler.
      if (e instanceof VirtualMachineError) {
        throw e;
      }
      Thread t = Thread.currentThread();
      t.getUncaughtExceptionHandler().uncaughtException(t, e);
    }
    return response;
  }
}
