package dev.webexwholesale.client.errors;

/** Root of every exception the client throws for a failed call (unchecked). */
public class WholesaleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A failure with a one-line message.
   *
   * @param message what failed, naming no secret
   */
  public WholesaleException(String message) {
    super(message);
  }

  /**
   * A failure caused by another exception.
   *
   * @param message what failed, naming no secret
   * @param cause the underlying failure
   */
  public WholesaleException(String message, Throwable cause) {
    super(message, cause);
  }
}
