package dev.webexwholesale.client.errors;

/**
 * The refresh token is dead (expired, revoked or replaced): no refresh can help. A person must
 * sign in again (the authorization-code grant, e.g. {@code webex-wholesale auth login}) to get
 * new tokens.
 */
public class SignInRequiredException extends TokenEndpointException {
  private static final long serialVersionUID = 1L;

  /**
   * Reports a dead refresh token.
   *
   * @param message the one-line message, naming no token or secret
   * @param status the HTTP status of the token endpoint's answer
   * @param error the OAuth {@code error} (typically {@code invalid_grant}), or null
   * @param trackingId Webex's tracking ID, or null
   */
  public SignInRequiredException(String message, int status, String error, String trackingId) {
    super(message, status, error, trackingId);
  }
}
