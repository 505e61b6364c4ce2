package dev.webexwholesale.client.errors;

/** HTTP 410 Gone. */
public class GoneException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  public GoneException(ErrorResponse response) {
    super(response);
  }
}
