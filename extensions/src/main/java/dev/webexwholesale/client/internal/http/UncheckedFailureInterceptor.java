package dev.webexwholesale.client.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Outermost, for asynchronous calls only: OkHttp's {@code enqueue} turns an unchecked exception
 * from an interceptor (a token provider that cannot sign in, a user's network interceptor) into
 * an {@code IOException("canceled due to …")}, which would look like a network failure to retry,
 * and rethrows the original to the dispatcher thread's uncaught-exception handler (a stack trace
 * on stderr). Carried instead as a {@link Carried} IOException, it reaches the async caller as
 * itself. A blocking call needs none of this: {@code execute} throws it unchanged.
 */
public final class UncheckedFailureInterceptor implements Interceptor {
  /** Tag of an asynchronous call's request. */
  public enum Async { INSTANCE }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (chain.request().tag(Async.class) == null) {
      return chain.proceed(chain.request());
    }
    try {
      return chain.proceed(chain.request());
    } catch (RuntimeException e) {
      throw new Carried(e);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Error e) {
      throw new Carried(e);
    }
  }

  /** An unchecked exception on its way to the async caller; never a transport failure. */
  public static final class Carried extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Throwable failure;

    Carried(Throwable failure) {
      super("unchecked exception before an answer");
      this.failure = failure;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this; // a carrier: the failure has its own stack trace
    }

    /** The exception the interceptor chain threw, unchanged. */
    public Throwable failure() {
      return failure;
    }
  }
}
