package dev.webexwholesale.client.auth;

import java.util.Objects;

/**
 * One sign-in attempt of the authorization-code grant: the {@code /v1/authorize} URL to open in
 * a browser, the random {@code state} the redirect must carry back, and the redirect URI the
 * code exchange must repeat.
 *
 * @param url the {@code /v1/authorize} URL to open in the user's browser
 * @param state the random value the redirect must carry back unchanged
 * @param redirectUri where Webex sends the browser; {@link OAuthClient#exchangeCode} needs it again
 */
public record AuthorizationRequest(String url, String state, String redirectUri) {
  /**
   * Checks that no part is missing.
   *
   * @param url the authorize URL
   * @param state the random state
   * @param redirectUri the redirect URI
   */
  public AuthorizationRequest {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(redirectUri, "redirectUri");
  }
}
