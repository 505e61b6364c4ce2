package dev.webexwholesale.client.errors;

/** HTTP 403 Forbidden. */
public class ForbiddenException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps a 403 answer; the client builds it, so callers only catch it.
   *
   * @param response the failed answer: status, Webex error codes, tracking ID and body
   */
  public ForbiddenException(ErrorResponse response) {
    super(response);
  }
}
