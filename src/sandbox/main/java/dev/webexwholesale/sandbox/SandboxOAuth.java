package dev.webexwholesale.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The OAuth side of a sandbox, for tests: hand out tokens as if a person had signed in, revoke
 * them, count grants. Obtained from {@link WholesaleSandbox#oauth()}.
 */
public final class SandboxOAuth {
  private final TokenIssuer issuer;

  SandboxOAuth(TokenIssuer issuer) {
    this.issuer = issuer;
  }

  /**
   * A live refresh token, as a past sign-in would have left (its access token is discarded).
   *
   * @return a refresh token the sandbox's token endpoint accepts
   */
  public String issueRefreshToken() {
    return issuer.signIn().refreshToken();
  }

  /**
   * A live access token.
   *
   * @return an access token the sandbox's API accepts until it expires or is revoked
   */
  public String issueAccessToken() {
    return issuer.signIn().accessToken();
  }

  /** Kills every token and code: the next refresh answers 400 invalid_grant, every API call 401. */
  public void revokeAll() {
    issuer.revokeAll();
  }

  /**
   * Successful refresh-token grants so far.
   *
   * @return the count, e.g. to prove that concurrent callers shared one refresh
   */
  public int refreshGrants() {
    return issuer.refreshGrants();
  }

  /**
   * Successful authorization-code grants so far.
   *
   * @return the count
   */
  public int codeGrants() {
    return issuer.codeGrants();
  }

  /** Builder settings. */
  record Config(String clientId, String clientSecret, Duration accessLifetime, Duration refreshLifetime,
      boolean rotate) {
    static final Config DEFAULT = new Config(null, null, Duration.ofDays(14), Duration.ofDays(90), true);

    Config client(String id, String secret) {
      if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
        throw new IllegalArgumentException("client id and secret must not be blank");
      }
      return new Config(id, secret, accessLifetime, refreshLifetime, rotate);
    }

    Config lifetimes(Duration access, Duration refresh, boolean rotateRefresh) {
      Objects.requireNonNull(access, "accessLifetime");
      Objects.requireNonNull(refresh, "refreshLifetime");
      if (access.isNegative() || access.isZero() || refresh.isNegative() || refresh.isZero()) {
        throw new IllegalArgumentException("token lifetimes must be positive");
      }
      return new Config(clientId, clientSecret, access, refresh, rotateRefresh);
    }

    /** Null when no client was configured (lifetimes alone do not turn OAuth on). */
    OAuthServer server(Clock clock) {
      return clientId == null ? null
          : new OAuthServer(clientId, clientSecret, new TokenIssuer(clock, accessLifetime, refreshLifetime, rotate));
    }

    @Override
    public String toString() {
      return "Config{clientId=" + clientId + ", clientSecret=<redacted>}";
    }
  }
}
