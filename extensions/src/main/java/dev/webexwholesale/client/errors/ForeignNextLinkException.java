package dev.webexwholesale.client.errors;

/**
 * A {@code Link rel="next"} pointed at another scheme, host or port than the client's base
 * URL. It is not followed, so the access token is never sent anywhere else.
 */
public class ForeignNextLinkException extends WholesaleException {
  private static final long serialVersionUID = 1L;

  /** The refused next-page link, as the server sent it. */
  private final String nextUrl;

  /**
   * Reports a refused next-page link.
   *
   * @param nextUrl the link the server sent
   * @param baseUrl the client's base URL, whose origin the link did not match
   */
  public ForeignNextLinkException(String nextUrl, String baseUrl) {
    super("Refusing to follow a next-page link to another origin than " + baseUrl + ": " + nextUrl);
    this.nextUrl = nextUrl;
  }

  /**
   * The link that was not followed; check it before trusting the server that sent it.
   *
   * @return the next-page URL as the server sent it
   */
  public String nextUrl() {
    return nextUrl;
  }
}
