package dev.webexwholesale.client.errors;

/** HTTP 401 Unauthorized (token missing, invalid or expired). */
public class UnauthorizedException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps a 401 answer; the client builds it, so callers only catch it.
   *
   * @param response the failed answer: status, Webex error codes, tracking ID and body
   */
  public UnauthorizedException(ErrorResponse response) {
    super(response);
  }
}
