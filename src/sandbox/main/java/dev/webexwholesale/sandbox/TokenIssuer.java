package dev.webexwholesale.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The sandbox's OAuth state: which access tokens, refresh tokens and authorization codes it
 * issued and until when (by the sandbox's clock, so tests move time instead of waiting).
 */
final class TokenIssuer {
  /** What one grant hands out; lifetimes in seconds as the token endpoint reports them. */
  record Grant(String accessToken, long expiresIn, String refreshToken, long refreshExpiresIn) {}

  private record Code(String redirectUri, Instant expiresAt) {}

  private static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Clock clock;
  private final Duration accessLifetime;
  private final Duration refreshLifetime;
  private final boolean rotate;
  private final Map<String, Instant> accessTokens = new HashMap<>();
  private final Map<String, Instant> refreshTokens = new HashMap<>();
  private final Map<String, Code> codes = new HashMap<>();
  private int refreshGrants;
  private int codeGrants;

  TokenIssuer(Clock clock, Duration accessLifetime, Duration refreshLifetime, boolean rotate) {
    this.clock = clock;
    this.accessLifetime = accessLifetime;
    this.refreshLifetime = refreshLifetime;
    this.rotate = rotate;
  }

  synchronized String newCode(String redirectUri) {
    String code = random("sandbox-code-");
    codes.put(code, new Code(redirectUri, clock.instant().plus(CODE_LIFETIME)));
    return code;
  }

  /** Tokens for a code issued to this redirect URI; null when the code is unknown, used or expired. */
  synchronized Grant exchangeCode(String code, String redirectUri) {
    Code issued = codes.remove(code); // good once
    if (issued == null || !issued.redirectUri().equals(redirectUri) || !clock.instant().isBefore(issued.expiresAt())) {
      return null;
    }
    codeGrants++;
    return grant(null);
  }

  /** New tokens for a live refresh token, which is replaced when rotating; null when it is dead. */
  synchronized Grant refresh(String refreshToken) {
    Instant expiry = refreshTokens.get(refreshToken);
    if (expiry == null || !clock.instant().isBefore(expiry)) {
      return null;
    }
    refreshGrants++;
    if (rotate) {
      refreshTokens.remove(refreshToken);
      return grant(null);
    }
    return grant(refreshToken);
  }

  /** Tokens as if a person had just signed in. */
  synchronized Grant signIn() {
    return grant(null);
  }

  synchronized boolean accepts(String accessToken) {
    Instant expiry = accessTokens.get(accessToken);
    return expiry != null && clock.instant().isBefore(expiry);
  }

  synchronized void revokeAll() {
    accessTokens.clear();
    refreshTokens.clear();
    codes.clear();
  }

  synchronized int refreshGrants() {
    return refreshGrants;
  }

  synchronized int codeGrants() {
    return codeGrants;
  }

  private Grant grant(String keptRefreshToken) {
    Instant now = clock.instant();
    String access = random("sandbox-at-");
    accessTokens.put(access, now.plus(accessLifetime));
    String refresh = keptRefreshToken;
    if (refresh == null) {
      refresh = random("sandbox-rt-");
      refreshTokens.put(refresh, now.plus(refreshLifetime));
    }
    long refreshLeft = Math.max(0, Duration.between(now, refreshTokens.get(refresh)).getSeconds());
    return new Grant(access, accessLifetime.getSeconds(), refresh, refreshLeft);
  }

  private static String random(String prefix) {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
