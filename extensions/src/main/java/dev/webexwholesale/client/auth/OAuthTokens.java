package dev.webexwholesale.client.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * What the token endpoint granted, with lifetimes turned into instants. {@link #toString()}
 * shows expiry times only, never a token.
 *
 * @param accessToken the bearer token
 * @param accessTokenExpiresAt when Webex stops accepting {@code accessToken}
 * @param refreshToken the newest refresh token (Webex may rotate it on every refresh)
 * @param refreshTokenExpiresAt when {@code refreshToken} dies, or null when Webex did not say
 * @param tokenType usually {@code Bearer}; null when absent
 * @param scope the granted scopes, space-separated; null when absent
 */
public record OAuthTokens(String accessToken, Instant accessTokenExpiresAt, String refreshToken,
    Instant refreshTokenExpiresAt, String tokenType, String scope) {

  /**
   * Checks that the access token, its expiry and the refresh token are present.
   *
   * @param accessToken the bearer token
   * @param accessTokenExpiresAt when Webex stops accepting it
   * @param refreshToken the newest refresh token
   * @param refreshTokenExpiresAt when the refresh token dies, or null
   * @param tokenType the token type, or null
   * @param scope the granted scopes, or null
   */
  public OAuthTokens {
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(accessTokenExpiresAt, "accessTokenExpiresAt");
    Objects.requireNonNull(refreshToken, "refreshToken");
  }

  /**
   * True when the access token is still good for at least {@code margin} at {@code now}.
   *
   * @param now the current instant
   * @param margin how long the token must still be good for
   * @return whether {@code now + margin} is before {@link #accessTokenExpiresAt()}
   */
  public boolean accessTokenFreshAt(Instant now, java.time.Duration margin) {
    return now.plus(margin).isBefore(accessTokenExpiresAt);
  }

  @Override
  public String toString() {
    return "OAuthTokens{accessToken=<redacted>, accessTokenExpiresAt=" + accessTokenExpiresAt
        + ", refreshToken=<redacted>, refreshTokenExpiresAt=" + refreshTokenExpiresAt + ", tokenType=" + tokenType
        + ", scope=" + scope + "}";
  }
}
