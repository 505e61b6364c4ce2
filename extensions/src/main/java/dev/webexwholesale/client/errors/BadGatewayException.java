package dev.webexwholesale.client.errors;

/** HTTP 502 Bad Gateway. */
public class BadGatewayException extends ServerErrorException {
  private static final long serialVersionUID = 1L;

  public BadGatewayException(ErrorResponse response) {
    super(response);
  }
}
