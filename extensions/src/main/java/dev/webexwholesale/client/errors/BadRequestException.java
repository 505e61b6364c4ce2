package dev.webexwholesale.client.errors;

/** HTTP 400 Bad Request. */
public class BadRequestException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(ErrorResponse response) {
    super(response);
  }
}
