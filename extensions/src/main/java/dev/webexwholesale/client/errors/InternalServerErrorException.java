package dev.webexwholesale.client.errors;

/** HTTP 500 Internal Server Error. */
public class InternalServerErrorException extends ServerErrorException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps a 500 answer; the client builds it, so callers only catch it.
   *
   * @param response the failed answer: status, Webex error codes, tracking ID and body
   */
  public InternalServerErrorException(ErrorResponse response) {
    super(response);
  }
}
