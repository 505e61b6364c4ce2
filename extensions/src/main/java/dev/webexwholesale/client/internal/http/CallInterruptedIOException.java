package dev.webexwholesale.client.internal.http;

import java.io.InterruptedIOException;

/**
 * The calling thread was interrupted inside the client's own waits (backoff, rate limit),
 * between attempts: no request was on the wire at that moment. Becomes the public
 * {@link dev.webexwholesale.client.errors.CallInterruptedException}.
 */
public final class CallInterruptedIOException extends InterruptedIOException {
  private static final long serialVersionUID = 1L;

  public CallInterruptedIOException(String message, InterruptedException cause) {
    super(message);
    initCause(cause);
  }
}
