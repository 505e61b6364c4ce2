package dev.webexwholesale.client.errors;

/** HTTP 428 Precondition Required. */
public class PreconditionRequiredException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  public PreconditionRequiredException(ErrorResponse response) {
    super(response);
  }
}
