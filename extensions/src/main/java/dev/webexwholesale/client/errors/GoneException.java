package dev.webexwholesale.client.errors;

/** HTTP 410 Gone. */
public class GoneException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps a 410 answer; the client builds it, so callers only catch it.
   *
   * @param response the failed answer: status, Webex error codes, tracking ID and body
   */
  public GoneException(ErrorResponse response) {
    super(response);
  }
}
