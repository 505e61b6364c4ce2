package dev.webexwholesale.client.errors;

/**
 * The server answered with a redirect (3xx). The Webex API never redirects and the client
 * never follows one: a provisioning body must not go to another origin, and a redirect would
 * drop the sub-partner scope. Often a wrong base URL or an intercepting proxy.
 */
public class RedirectRefusedException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /** The redirect target, userinfo and query removed, or null. */
  private final String location;

  /**
   * Reports a refused redirect.
   *
   * @param response the 3xx answer
   * @param location the {@code Location} header, userinfo and query removed, or null when absent
   */
  public RedirectRefusedException(ErrorResponse response, String location) {
    super(response, "HTTP " + response.statusCode() + " redirect from " + response.method() + " " + response.url()
        + (location == null ? "" : " to " + location)
        + " refused: the Webex API does not redirect (check the base URL or proxy)"
        + (response.trackingId() == null ? "" : " (trackingId " + response.trackingId() + ")"));
    this.location = location;
  }

  /**
   * Where the server wanted to send the request (userinfo and query removed); may be null.
   *
   * @return the redirect target, or null
   */
  public String location() {
    return location;
  }
}
