package dev.webexwholesale.client.errors;

/** HTTP 500 Internal Server Error. */
public class InternalServerErrorException extends ServerErrorException {
  private static final long serialVersionUID = 1L;

  public InternalServerErrorException(ErrorResponse response) {
    super(response);
  }
}
