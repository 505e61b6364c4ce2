package dev.webexwholesale.client.errors;

/**
 * The OAuth token endpoint ({@code POST /v1/access_token}) refused to grant tokens. The
 * message names the status, the OAuth error and the tracking ID, never a token or a secret.
 */
public class TokenEndpointException extends WholesaleException {
  private static final long serialVersionUID = 1L;

  /** The status of the refusal. */
  private final int status;
  /** The OAuth {@code error}, or null. */
  private final String error;
  /** Webex's tracking ID of the refusal, or null. */
  private final String trackingId;

  /**
   * Reports a refusal of the token endpoint.
   *
   * @param message the one-line message, naming no token or secret
   * @param status the HTTP status of the answer
   * @param error the OAuth {@code error} of the body, or null when it named none
   * @param trackingId Webex's tracking ID, or null
   */
  public TokenEndpointException(String message, int status, String error, String trackingId) {
    super(message);
    this.status = status;
    this.error = error;
    this.trackingId = trackingId;
  }

  /**
   * The HTTP status of the token endpoint's answer.
   *
   * @return the status, e.g. 400 or 401
   */
  public int status() {
    return status;
  }

  /**
   * The OAuth {@code error} (e.g. {@code invalid_grant}), or null when the body named none.
   *
   * @return the OAuth error code, or null
   */
  public String error() {
    return error;
  }

  /**
   * Webex's tracking ID for support, or null.
   *
   * @return the tracking ID, or null
   */
  public String trackingId() {
    return trackingId;
  }
}
