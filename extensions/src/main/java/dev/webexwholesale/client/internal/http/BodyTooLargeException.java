package dev.webexwholesale.client.internal.http;

import java.io.IOException;

/**
 * A response body grew past the client's limit while being read (after decompression). An
 * IOException because it surfaces from reading; the client turns it into the public
 * {@link dev.webexwholesale.client.errors.ResponseTooLargeException}.
 */
public final class BodyTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long limit;

  public BodyTooLargeException(long limit) {
    super("response body exceeds the limit of " + limit + " bytes");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
