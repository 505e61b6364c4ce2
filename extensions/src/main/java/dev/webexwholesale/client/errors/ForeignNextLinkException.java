package dev.webexwholesale.client.errors;

/**
 * A {@code Link rel="next"} pointed at another scheme, host or port than the client's base
 * URL. It is not followed, so the access token is never sent anywhere else.
 */
public class ForeignNextLinkException extends WholesaleException {
  private static final long serialVersionUID = 1L;

  private final String nextUrl;

  public ForeignNextLinkException(String nextUrl, String baseUrl) {
    super("Refusing to follow a next-page link to another origin than " + baseUrl + ": " + nextUrl);
    this.nextUrl = nextUrl;
  }

  public String nextUrl() {
    return nextUrl;
  }
}
