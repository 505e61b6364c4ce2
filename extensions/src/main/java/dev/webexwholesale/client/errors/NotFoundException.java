package dev.webexwholesale.client.errors;

/** HTTP 404 Not Found. */
public class NotFoundException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(ErrorResponse response) {
    super(response);
  }
}
