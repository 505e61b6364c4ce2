package dev.webexwholesale.client.errors;

/** HTTP 401 Unauthorized (token missing, invalid or expired). */
public class UnauthorizedException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  public UnauthorizedException(ErrorResponse response) {
    super(response);
  }
}
