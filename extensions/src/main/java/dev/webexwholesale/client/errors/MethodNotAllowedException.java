package dev.webexwholesale.client.errors;

/** HTTP 405 Method Not Allowed. */
public class MethodNotAllowedException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  public MethodNotAllowedException(ErrorResponse response) {
    super(response);
  }
}
