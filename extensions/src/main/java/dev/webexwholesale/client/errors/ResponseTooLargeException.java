package dev.webexwholesale.client.errors;

/**
 * An answer's body (after decompression) was longer than the client's limit
 * ({@code WholesaleClient.Builder.maxResponseBytes}); reading stopped there, so a huge or
 * compressed-bomb answer cannot exhaust memory. The request itself may have been processed.
 */
public class ResponseTooLargeException extends WholesaleException {
  private static final long serialVersionUID = 1L;

  /** The HTTP method of the call. */
  private final String method;
  /** The request URL without its query. */
  private final String url;
  /** The limit, in bytes, the body went past. */
  private final long limit;

  /**
   * Reports a body that went past the limit.
   *
   * @param method the HTTP method
   * @param url the request URL without its query
   * @param limit the limit in bytes
   * @param cause the I/O failure raised where reading stopped
   */
  public ResponseTooLargeException(String method, String url, long limit, Throwable cause) {
    super("The answer to " + method + " " + url + " is longer than the limit of " + limit
        + " bytes; reading stopped there", cause);
    this.method = method;
    this.url = url;
    this.limit = limit;
  }

  /**
   * The HTTP method of the call.
   *
   * @return e.g. {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * The request URL without its query.
   *
   * @return the URL, query stripped
   */
  public String url() {
    return url;
  }

  /**
   * The limit the body went past ({@code WholesaleClient.Builder.maxResponseBytes}).
   *
   * @return the limit in bytes
   */
  public long limit() {
    return limit;
  }
}
