package dev.webexwholesale.client.errors;

/** HTTP 502 Bad Gateway. */
public class BadGatewayException extends ServerErrorException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps a 502 answer; the client builds it, so callers only catch it.
   *
   * @param response the failed answer: status, Webex error codes, tracking ID and body
   */
  public BadGatewayException(ErrorResponse response) {
    super(response);
  }
}
