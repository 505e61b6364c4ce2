package dev.webexwholesale.client.auth;

import java.util.Objects;

/**
 * One sign-in attempt of the authorization-code grant: the {@code /v1/authorize} URL to open in
 * a browser, the random {@code state} the redirect must carry back, and the redirect URI the
 * code exchange must repeat.
 */
public record AuthorizationRequest(String url, String state, String redirectUri) {
  public AuthorizationRequest {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(redirectUri, "redirectUri");
  }
}
