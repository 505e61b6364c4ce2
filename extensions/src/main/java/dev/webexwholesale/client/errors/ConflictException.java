package dev.webexwholesale.client.errors;

/** HTTP 409 Conflict. */
public class ConflictException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  public ConflictException(ErrorResponse response) {
    super(response);
  }
}
