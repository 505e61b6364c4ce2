package dev.webexwholesale.client.errors;

/**
 * An answer's body (after decompression) was longer than the client's limit
 * ({@code WholesaleClient.Builder.maxResponseBytes}); reading stopped there, so a huge or
 * compressed-bomb answer cannot exhaust memory. The request itself may have been processed.
 */
public class ResponseTooLargeException extends WholesaleException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String url;
  private final long limit;

  public ResponseTooLargeException(String method, String url, long limit, Throwable cause) {
    super("The answer to " + method + " " + url + " is longer than the limit of " + limit
        + " bytes; reading stopped there", cause);
    this.method = method;
    this.url = url;
    this.limit = limit;
  }

  public String method() {
    return method;
  }

  /** The request URL without its query. */
  public String url() {
    return url;
  }

  public long limit() {
    return limit;
  }
}
