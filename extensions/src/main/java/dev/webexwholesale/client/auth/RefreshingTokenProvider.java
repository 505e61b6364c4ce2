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
 *
 * <p>Outages: a failed refresh starts a cooldown (5 s, doubling with each failure in a row, at
 * most 2 minutes) in which no refresh is tried: calls get the current access token while Webex
 * still takes it, else the refresh's typed failure at once. While one thread refreshes, others
 * holding a still-valid token use it instead of waiting. Processes sharing a store refresh under
 * its {@link TokenStore#underRefreshLock lock} (a file lock for {@link FileTokenStore}), so they
 * never spend the same rotated refresh token; after a refusal of the refresh token the store is
 * read once more in case another process rotated it.
 */
public final class RefreshingTokenProvider implements TokenProvider {
  static final Duration DEFAULT_MARGIN = Duration.ofMinutes(5);
  static final Duration FIRST_COOLDOWN = Duration.ofSeconds(5);
  static final Duration MAX_COOLDOWN = Duration.ofMinutes(2);

  private final OAuthClient oauth;
  private final TokenStore store;
  private final String initialRefreshToken;
  private final Duration margin;
  private final Time time;
  private final ReentrantLock refreshLock = new ReentrantLock();
  /** Null until first used; replaced under {@link #refreshLock} only. */
  private volatile OAuthTokens current;
  /** Refreshes failed in a row; under {@link #refreshLock}. */
  private int failures;
  /** The last refresh's failure while cooling down, else null; written under {@link #refreshLock}. */
  private volatile RuntimeException lastFailure;
  /** {@link Time#nanoTime()} at which the cooldown after {@link #lastFailure} ends. */
  private volatile long cooldownEnd;

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
    Instant now = time.now();
    if (t != null && t.accessTokenFreshAt(now, margin)) {
      return t.accessToken();
    }
    if (usable(t, now)) {
      // Webex still takes this token: no queueing behind a refresh in flight (it may hang), no
      // refresh while cooling down from a failed one.
      if (coolingDown() && !(lastFailure instanceof SignInRequiredException) || !refreshLock.tryLock()) {
        return t.accessToken();
      }
    } else {
      refreshLock.lock(); // no token to send: wait for the refresh in flight, if any
    }
    try {
      t = current;
      if (t == null) {
        t = store.load().orElse(null);
        current = t;
      }
      now = time.now();
      if (t != null && t.accessTokenFreshAt(now, margin)) {
        return t.accessToken();
      }
      if (coolingDown()) {
        return duringCooldown(t, now).accessToken();
      }
      return refreshLocked(t).accessToken();
    } finally {
      refreshLock.unlock();
    }
  }

  /** Still taken by Webex (not expired, not refused by a 401), if not within the margin. */
  private static boolean usable(OAuthTokens t, Instant now) {
    return t != null && now.isBefore(t.accessTokenExpiresAt());
  }

  private boolean coolingDown() {
    return lastFailure != null && time.nanoTime() - cooldownEnd < 0;
  }

  /**
   * No call to the token endpoint while cooling down: tokens another process saved meanwhile,
   * else the still-valid token, else the last refresh's failure at once.
   */
  private OAuthTokens duringCooldown(OAuthTokens t, Instant now) {
    OAuthTokens stored = storedOrNull();
    if (stored != null && usable(stored, now) && (t == null || !stored.accessToken().equals(t.accessToken()))) {
      current = stored;
      if (lastFailure instanceof SignInRequiredException) {
        clearFailures(); // someone signed in again: a new start. An outage's cooldown runs on.
      }
      return stored;
    }
    if (usable(t, now) && !(lastFailure instanceof SignInRequiredException)) {
      return t;
    }
    throw lastFailure;
  }

  @Override
  public void invalidate(String rejectedAccessToken) {
    refreshLock.lock();
    try {
      OAuthTokens t = current;
      if (t != null && (rejectedAccessToken == null || rejectedAccessToken.equals(t.accessToken()))) {
        // Expired as of the epoch: the next accessToken() refreshes and never falls back to it.
        current = refused(t);
        refusedInStore(t.accessToken());
      }
    } finally {
      refreshLock.unlock();
    }
  }

  private static OAuthTokens refused(OAuthTokens t) {
    return new OAuthTokens(t.accessToken(), Instant.EPOCH, t.refreshToken(), t.refreshTokenExpiresAt(),
        t.tokenType(), t.scope());
  }

  /**
   * Tells processes sharing the store that Webex refused this access token, so they refresh
   * instead of sending it too. Best effort: this process refreshes either way.
   */
  private void refusedInStore(String accessToken) {
    try {
      store.underRefreshLock(() -> {
        OAuthTokens stored = storedOrNull();
        if (stored != null && stored.accessToken().equals(accessToken) && Instant.EPOCH.isBefore(
            stored.accessTokenExpiresAt())) {
          store.save(refused(stored));
        }
        return null;
      });
    } catch (RuntimeException e) {
      // an unwritable or busy store: the next refresh still replaces the token
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

  /** Refreshes under the store's lock; a failure starts (or lengthens) the cooldown. */
  private OAuthTokens refreshLocked(OAuthTokens stale) {
    try {
      OAuthTokens fresh = store.underRefreshLock(() -> refreshUnderStoreLock(stale));
      clearFailures();
      return fresh;
    } catch (RuntimeException e) {
      failures++;
      lastFailure = e;
      cooldownEnd = time.nanoTime() + cooldown(failures).toNanos();
      OAuthTokens known = current; // ours, or newer ones read from the store meanwhile
      if (!(e instanceof SignInRequiredException) && usable(known, time.now())) {
        return known; // an outage: this token still works at Webex
      }
      throw e;
    }
  }

  private void clearFailures() {
    failures = 0;
    lastFailure = null;
  }

  /** 5 s after the first failure in a row, doubling, at most 2 minutes. */
  static Duration cooldown(int failures) {
    long seconds = FIRST_COOLDOWN.getSeconds() << Math.min(failures - 1, 10);
    return seconds >= MAX_COOLDOWN.getSeconds() ? MAX_COOLDOWN : Duration.ofSeconds(seconds);
  }

  private OAuthTokens refreshUnderStoreLock(OAuthTokens stale) {
    Instant now = time.now();
    OAuthTokens base = stale;
    // Another process or client sharing the store may have refreshed (and rotated) already: its
    // tokens are newer, and ours may hold a dead refresh token.
    OAuthTokens stored = storedOrNull();
    if (stored != null && (base == null || !stored.accessToken().equals(base.accessToken()))) {
      current = stored;
      if (stored.accessTokenFreshAt(now, margin)) {
        return stored;
      }
      base = stored;
    }
    String refreshToken = base != null ? base.refreshToken() : initialRefreshToken;
    if (refreshToken == null) {
      throw new SignInRequiredException("No refresh token: the token store is empty and none was given;"
          + " sign in to get tokens", 0, null, null);
    }
    OAuthTokens fresh;
    try {
      fresh = oauth.refresh(refreshToken, base == null ? null : base.refreshTokenExpiresAt());
    } catch (SignInRequiredException dead) {
      // A process sharing the store without its lock may have rotated the token in the meantime:
      // read the store once more before asking for a sign-in.
      OAuthTokens again = storedOrNull();
      if (again == null || again.refreshToken().equals(refreshToken)) {
        throw dead;
      }
      if (again.accessTokenFreshAt(time.now(), margin)) {
        current = again;
        return again;
      }
      fresh = oauth.refresh(again.refreshToken(), again.refreshTokenExpiresAt());
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
