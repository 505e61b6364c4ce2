package dev.webexwholesale.client.errors;

/** HTTP 423 Locked (resource temporarily unavailable; see retryAfter()). */
public class LockedException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps a 423 answer; the client builds it, so callers only catch it.
   *
   * @param response the failed answer: status, Webex error codes, tracking ID and body
   */
  public LockedException(ErrorResponse response) {
    super(response);
  }
}
