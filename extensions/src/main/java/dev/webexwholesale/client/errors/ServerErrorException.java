package dev.webexwholesale.client.errors;

/** Any HTTP 5xx; the subclasses tell 500, 502, 503 and 504 apart. */
public class ServerErrorException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  public ServerErrorException(ErrorResponse response) {
    super(response);
  }
}
