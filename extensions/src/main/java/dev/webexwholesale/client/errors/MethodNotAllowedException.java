package dev.webexwholesale.client.errors;

/** HTTP 405 Method Not Allowed. */
public class MethodNotAllowedException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps a 405 answer; the client builds it, so callers only catch it.
   *
   * @param response the failed answer: status, Webex error codes, tracking ID and body
   */
  public MethodNotAllowedException(ErrorResponse response) {
    super(response);
  }
}
