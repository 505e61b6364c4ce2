package dev.webexwholesale.client.errors;

/** HTTP 428 Precondition Required. */
public class PreconditionRequiredException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps a 428 answer; the client builds it, so callers only catch it.
   *
   * @param response the failed answer: status, Webex error codes, tracking ID and body
   */
  public PreconditionRequiredException(ErrorResponse response) {
    super(response);
  }
}
