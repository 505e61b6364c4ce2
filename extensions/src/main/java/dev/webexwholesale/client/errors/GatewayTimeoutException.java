package dev.webexwholesale.client.errors;

/** HTTP 504 Gateway Timeout. */
public class GatewayTimeoutException extends ServerErrorException {
  private static final long serialVersionUID = 1L;

  public GatewayTimeoutException(ErrorResponse response) {
    super(response);
  }
}
