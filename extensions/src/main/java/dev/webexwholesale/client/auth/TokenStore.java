package dev.webexwholesale.client.auth;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the newest tokens live between refreshes and between runs. Webex may rotate the refresh
 * token on every refresh and the old one then dies, so a provider saves after each refresh;
 * losing a save means signing in again. Implementations must be thread-safe.
 */
public interface TokenStore {
  /**
   * The tokens last saved, or empty when none were.
   *
   * @return the tokens, or empty
   */
  Optional<OAuthTokens> load();

  /**
   * Replaces the stored tokens; called after every refresh. The previous refresh token may
   * already be dead, so a store meant to outlive the process must have them durably written when
   * this returns.
   *
   * @param tokens the newest tokens
   */
  void save(OAuthTokens tokens);

  /**
   * Runs {@code refresh} (read the store, call the token endpoint, save) while no other process
   * sharing this store runs one: Webex may rotate the refresh token on each refresh, so two
   * processes refreshing with the same one would burn it for the slower. The default only runs
   * it, enough for a store no other process sees; {@link FileTokenStore} takes a file lock.
   *
   * @param <T> what the refresh returns
   * @param refresh the refresh
   * @return what {@code refresh} returned
   */
  default <T> T underRefreshLock(Supplier<T> refresh) {
    return refresh.get();
  }
}
