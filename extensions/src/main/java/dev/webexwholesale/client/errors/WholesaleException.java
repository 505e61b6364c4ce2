package dev.webexwholesale.client.errors;

/** Root of every exception the client throws for a failed call (unchecked). */
public class WholesaleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WholesaleException(String message) {
    super(message);
  }

  public WholesaleException(String message, Throwable cause) {
    super(message, cause);
  }
}
