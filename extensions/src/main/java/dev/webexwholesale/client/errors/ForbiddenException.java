package dev.webexwholesale.client.errors;

/** HTTP 403 Forbidden. */
public class ForbiddenException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(ErrorResponse response) {
    super(response);
  }
}
