package dev.webexwholesale.client.errors;

/** HTTP 503 Service Unavailable. */
public class ServiceUnavailableException extends ServerErrorException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps a 503 answer; the client builds it, so callers only catch it.
   *
   * @param response the failed answer: status, Webex error codes, tracking ID and body
   */
  public ServiceUnavailableException(ErrorResponse response) {
    super(response);
  }
}
