package dev.webexwholesale.client.errors;

/** HTTP 429 Too Many Requests (see retryAfter()). */
public class RateLimitedException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps a 429 answer; the client builds it, so callers only catch it.
   *
   * @param response the failed answer: status, Webex error codes, tracking ID and body
   */
  public RateLimitedException(ErrorResponse response) {
    super(response);
  }
}
