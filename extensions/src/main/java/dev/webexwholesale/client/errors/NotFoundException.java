package dev.webexwholesale.client.errors;

/** HTTP 404 Not Found. */
public class NotFoundException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps a 404 answer; the client builds it, so callers only catch it.
   *
   * @param response the failed answer: status, Webex error codes, tracking ID and body
   */
  public NotFoundException(ErrorResponse response) {
    super(response);
  }
}
