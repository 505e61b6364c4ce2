package dev.webexwholesale.client.errors;

/** Any HTTP 5xx; the subclasses tell 500, 502, 503 and 504 apart. */
public class ServerErrorException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps a 5xx answer; the client builds it, so callers only catch it.
   *
   * @param response the failed answer: status, Webex error codes, tracking ID and body
   */
  public ServerErrorException(ErrorResponse response) {
    super(response);
  }
}
