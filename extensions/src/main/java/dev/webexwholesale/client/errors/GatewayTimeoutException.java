package dev.webexwholesale.client.errors;

/** HTTP 504 Gateway Timeout. */
public class GatewayTimeoutException extends ServerErrorException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps a 504 answer; the client builds it, so callers only catch it.
   *
   * @param response the failed answer: status, Webex error codes, tracking ID and body
   */
  public GatewayTimeoutException(ErrorResponse response) {
    super(response);
  }
}
