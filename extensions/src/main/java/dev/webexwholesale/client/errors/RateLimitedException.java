package dev.webexwholesale.client.errors;

/** HTTP 429 Too Many Requests (see retryAfter()). */
public class RateLimitedException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  public RateLimitedException(ErrorResponse response) {
    super(response);
  }
}
