package dev.webexwholesale.client.auth;

import dev.webexwholesale.client.errors.SignInRequiredException;
import dev.webexwholesale.client.errors.WholesaleException;
import dev.webexwholesale.client.Time;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Access tokens from the refresh-token grant, renewed {@link Builder#refreshMargin ahead} of
 * their expiry. One refresh at a time: however many threads find the token stale (or see a 401)
 * together, one calls the token endpoint and the others wait for its answer. Every refresh's
 * tokens are saved to the {@link TokenStore} before they are used, so a rotated refresh token is
 * never lost.
 *
 * <p>Starts from the store's tokens when it holds some (they are the newest), else from
 * {@link Builder#refreshToken}. A dead refresh token raises {@link SignInRequiredException}.
 * When the token endpoint fails otherwise (outage, timeout) while the current access token has
 * not expired yet, that token is used and the next call tries again.
 */
public final class RefreshingTokenProvider implements TokenProvider {
  static final Duration DEFAULT_MARGIN = Duration.ofMinutes(5);

  private final OAuthClient oauth;
  private final TokenStore store;
  private final String initialRefreshToken;
  private final Duration margin;
  private final Time time;
  private final ReentrantLock refreshLock = new ReentrantLock();
  /** Null until first used; replaced under {@link #refreshLock} only. */
  private volatile OAuthTokens current;

  private RefreshingTokenProvider(Builder b) {
    this.oauth = b.oauth;
    this.store = b.store;
    this.initialRefreshToken = b.refreshToken;
    this.margin = b.margin;
    this.time = b.time;
  }

  /**
   * Starts a builder; the OAuth client is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String accessToken() {
    OAuthTokens t = current;
    if (t != null && t.accessTokenFreshAt(time.now(), margin)) {
      return t.accessToken();
    }
    refreshLock.lock();
    try {
      t = current;
      if (t == null) {
        t = store.load().orElse(null);
        current = t;
      }
      if (t != null && t.accessTokenFreshAt(time.now(), margin)) {
        return t.accessToken();
      }
      return refreshLocked(t).accessToken();
    } finally {
      refreshLock.unlock();
    }
  }

  @Override
  public void invalidate(String rejectedAccessToken) {
    refreshLock.lock();
    try {
      OAuthTokens t = current;
      if (t != null && (rejectedAccessToken == null || rejectedAccessToken.equals(t.accessToken()))) {
        // Expired as of the epoch: the next accessToken() refreshes and never falls back to it.
        current = new OAuthTokens(t.accessToken(), Instant.EPOCH, t.refreshToken(), t.refreshTokenExpiresAt(),
            t.tokenType(), t.scope());
      }
    } finally {
      refreshLock.unlock();
    }
  }

  /**
   * The tokens in use (for expiry times); empty before the first call.
   *
   * @return the current tokens, or empty
   */
  public java.util.Optional<OAuthTokens> current() {
    return java.util.Optional.ofNullable(current);
  }

  private OAuthTokens refreshLocked(OAuthTokens stale) {
    if (stale != null) {
      // Another process or client sharing the store may have refreshed (and rotated) already:
      // its tokens are newer, and our refresh token may be dead.
      OAuthTokens stored = storedOrNull();
      if (stored != null && !stored.accessToken().equals(stale.accessToken())) {
        if (stored.accessTokenFreshAt(time.now(), margin)) {
          current = stored;
          return stored;
        }
        stale = stored;
      }
    }
    String refreshToken = stale != null ? stale.refreshToken() : initialRefreshToken;
    if (refreshToken == null) {
      throw new SignInRequiredException("No refresh token: the token store is empty and none was given;"
          + " sign in to get tokens", 0, null, null);
    }
    OAuthTokens fresh;
    try {
      fresh = oauth.refresh(refreshToken, stale == null ? null : stale.refreshTokenExpiresAt());
    } catch (SignInRequiredException e) {
      throw e;
    } catch (WholesaleException e) {
      if (stale != null && time.now().isBefore(stale.accessTokenExpiresAt())) {
        return stale;
      }
      throw e;
    }
    // In memory first: if saving fails this process keeps working with the new tokens, and the
    // failure surfaces once (the next calls find a fresh token and save nothing).
    current = fresh;
    store.save(fresh);
    return fresh;
  }

  private OAuthTokens storedOrNull() {
    try {
      return store.load().orElse(null);
    } catch (RuntimeException e) {
      return null; // an unreadable store: refresh from what this process holds
    }
  }

  @Override
  public String toString() {
    return "RefreshingTokenProvider{oauth=" + oauth + ", store=" + store + ", margin=" + margin + "}";
  }

  /** Builder; the OAuth client is required, and a refresh token unless the store holds tokens. */
  public static final class Builder {
    private OAuthClient oauth;
    private TokenStore store = new InMemoryTokenStore();
    private String refreshToken;
    private Duration margin = DEFAULT_MARGIN;
    private Time time = Time.system();

    private Builder() {
    }

    /**
     * The OAuth client that calls the token endpoint.
     *
     * @param oauth the integration's OAuth client
     * @return this builder
     */
    public Builder oauthClient(OAuthClient oauth) {
      this.oauth = Objects.requireNonNull(oauth, "oauth");
      return this;
    }

    /**
     * Where the newest tokens are kept (default: in memory only).
     *
     * @param store the store, e.g. a {@link FileTokenStore} shared with the CLI
     * @return this builder
     */
    public Builder store(TokenStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * The refresh token to start from when the store holds none.
     *
     * @param refreshToken the refresh token, or null to rely on the store
     * @return this builder
     */
    public Builder refreshToken(String refreshToken) {
      if (refreshToken != null && refreshToken.isBlank()) {
        throw new IllegalArgumentException("refreshToken must not be blank");
      }
      this.refreshToken = refreshToken;
      return this;
    }

    /**
     * Refresh this long before the access token expires (default 5 minutes).
     *
     * @param margin how long before expiry to refresh; not negative
     * @return this builder
     */
    public Builder refreshMargin(Duration margin) {
      Objects.requireNonNull(margin, "margin");
      if (margin.isNegative()) {
        throw new IllegalArgumentException("refreshMargin must not be negative, was " + margin);
      }
      this.margin = margin;
      return this;
    }

    /**
     * The clock that decides when a token is stale; tests inject a fake one.
     *
     * @param time the clock
     * @return this builder
     */
    public Builder time(Time time) {
      this.time = Objects.requireNonNull(time, "time");
      return this;
    }

    /**
     * Builds the provider; nothing is loaded or refreshed until the first {@link RefreshingTokenProvider#accessToken()}.
     *
     * @return a thread-safe token provider
     * @throws IllegalArgumentException no OAuth client was given
     */
    public RefreshingTokenProvider build() {
      if (oauth == null) {
        throw new IllegalArgumentException("an OAuthClient is required");
      }
      return new RefreshingTokenProvider(this);
    }

    @Override
    public String toString() {
      return "RefreshingTokenProvider.Builder{oauth=" + oauth + ", store=" + store + ", refreshToken="
          + (refreshToken == null ? "unset" : "<redacted>") + "}";
    }
  }
}
