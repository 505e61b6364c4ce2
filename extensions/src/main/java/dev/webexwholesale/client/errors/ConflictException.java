package dev.webexwholesale.client.errors;

/** HTTP 409 Conflict. */
public class ConflictException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps a 409 answer; the client builds it, so callers only catch it.
   *
   * @param response the failed answer: status, Webex error codes, tracking ID and body
   */
  public ConflictException(ErrorResponse response) {
    super(response);
  }
}
