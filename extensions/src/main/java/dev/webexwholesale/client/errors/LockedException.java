package dev.webexwholesale.client.errors;

/** HTTP 423 Locked (resource temporarily unavailable; see retryAfter()). */
public class LockedException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  public LockedException(ErrorResponse response) {
    super(response);
  }
}
