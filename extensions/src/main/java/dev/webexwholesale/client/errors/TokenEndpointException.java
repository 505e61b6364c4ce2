package dev.webexwholesale.client.errors;

/**
 * The OAuth token endpoint ({@code POST /v1/access_token}) refused to grant tokens. The
 * message names the status, the OAuth error and the tracking ID, never a token or a secret.
 */
public class TokenEndpointException extends WholesaleException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;
  private final String trackingId;

  public TokenEndpointException(String message, int status, String error, String trackingId) {
    super(message);
    this.status = status;
    this.error = error;
    this.trackingId = trackingId;
  }

  /** The HTTP status of the token endpoint's answer. */
  public int status() {
    return status;
  }

  /** The OAuth {@code error} (e.g. {@code invalid_grant}), or null when the body named none. */
  public String error() {
    return error;
  }

  /** Webex's tracking ID for support, or null. */
  public String trackingId() {
    return trackingId;
  }
}
