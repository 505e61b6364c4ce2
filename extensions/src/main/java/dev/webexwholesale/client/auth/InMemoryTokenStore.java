package dev.webexwholesale.client.auth;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Keeps tokens for the life of the process only. */
public final class InMemoryTokenStore implements TokenStore {
  private final AtomicReference<OAuthTokens> tokens = new AtomicReference<>();

  /** An empty store: the provider starts from its refresh token. */
  public InMemoryTokenStore() {
  }

  /**
   * A store holding {@code initial}, e.g. tokens from an earlier sign-in.
   *
   * @param initial the tokens to start from
   */
  public InMemoryTokenStore(OAuthTokens initial) {
    tokens.set(Objects.requireNonNull(initial, "initial"));
  }

  @Override
  public Optional<OAuthTokens> load() {
    return Optional.ofNullable(tokens.get());
  }

  @Override
  public void save(OAuthTokens tokens) {
    this.tokens.set(Objects.requireNonNull(tokens, "tokens"));
  }

  @Override
  public String toString() {
    return "InMemoryTokenStore{" + (tokens.get() == null ? "empty" : "tokens=<redacted>") + "}";
  }
}
