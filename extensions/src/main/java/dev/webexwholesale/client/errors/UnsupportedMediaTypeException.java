package dev.webexwholesale.client.errors;

/** HTTP 415 Unsupported Media Type. */
public class UnsupportedMediaTypeException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  public UnsupportedMediaTypeException(ErrorResponse response) {
    super(response);
  }
}
