package dev.webexwholesale.client.errors;

/** HTTP 415 Unsupported Media Type. */
public class UnsupportedMediaTypeException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps a 415 answer; the client builds it, so callers only catch it.
   *
   * @param response the failed answer: status, Webex error codes, tracking ID and body
   */
  public UnsupportedMediaTypeException(ErrorResponse response) {
    super(response);
  }
}
