package dev.webexwholesale.client.errors;

/** HTTP 400 Bad Request. */
public class BadRequestException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps a 400 answer; the client builds it, so callers only catch it.
   *
   * @param response the failed answer: status, Webex error codes, tracking ID and body
   */
  public BadRequestException(ErrorResponse response) {
    super(response);
  }
}
