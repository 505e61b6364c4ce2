package dev.webexwholesale.client.errors;

/** HTTP 503 Service Unavailable. */
public class ServiceUnavailableException extends ServerErrorException {
  private static final long serialVersionUID = 1L;

  public ServiceUnavailableException(ErrorResponse response) {
    super(response);
  }
}
