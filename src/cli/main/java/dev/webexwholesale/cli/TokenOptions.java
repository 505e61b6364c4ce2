package dev.webexwholesale.cli;

import dev.webexwholesale.client.auth.FileTokenStore;
import dev.webexwholesale.client.auth.OAuthClient;
import dev.webexwholesale.client.auth.RefreshingTokenProvider;
import dev.webexwholesale.client.auth.TokenProvider;
import dev.webexwholesale.client.errors.SignInRequiredException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The global OAuth options: an integration's client id and secret, a refresh token, and the
 * file keeping the newest tokens. Used when no access token is given (--token or
 * WEBEX_ACCESS_TOKEN wins), so a long job renews its token by itself.
 */
final class TokenOptions {
  static final String CLIENT_ID_ENV = "WEBEX_CLIENT_ID";
  static final String CLIENT_SECRET_ENV = "WEBEX_CLIENT_SECRET";
  static final String REFRESH_TOKEN_ENV = "WEBEX_REFRESH_TOKEN";
  static final String LOGIN_HINT = "run 'webex-wholesale auth login' to sign in";

  @Option(names = "--client-id", paramLabel = "ID", scope = ScopeType.INHERIT,
      description = "OAuth integration's client id (default: the environment variable " + CLIENT_ID_ENV + ").")
  String clientId;

  @Option(names = "--client-secret", paramLabel = "SECRET", scope = ScopeType.INHERIT,
      description = "OAuth integration's client secret (default: " + CLIENT_SECRET_ENV + ").")
  String clientSecret;

  @Option(names = "--refresh-token", paramLabel = "TOKEN", scope = ScopeType.INHERIT,
      description = "Refresh token to start from when the token store holds none (default: " + REFRESH_TOKEN_ENV
          + ").")
  String refreshToken;

  @Option(names = "--token-store", paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = "File keeping the newest OAuth tokens, owner-only (default: ~/.webex-wholesale/tokens.json).")
  Path tokenStore;

  String clientId(Map<String, String> env) {
    return clientId != null ? clientId : blankToNull(env.get(CLIENT_ID_ENV));
  }

  String clientSecret(Map<String, String> env) {
    return clientSecret != null ? clientSecret : blankToNull(env.get(CLIENT_SECRET_ENV));
  }

  String refreshToken(Map<String, String> env) {
    return refreshToken != null ? refreshToken : blankToNull(env.get(REFRESH_TOKEN_ENV));
  }

  /** Whether OAuth was asked for: a client id was given. */
  boolean isOAuth(Map<String, String> env) {
    return clientId(env) != null;
  }

  FileTokenStore store() {
    Path file = tokenStore != null ? tokenStore
        : Path.of(System.getProperty("user.home"), ".webex-wholesale", "tokens.json");
    return new FileTokenStore(file);
  }

  OAuthClient oauthClient(String baseUrl, CliContext ctx) {
    String id = clientId(ctx.env);
    String secret = clientSecret(ctx.env);
    if (id == null || secret == null) {
      throw new UsageException("OAuth needs a client id and secret: pass --client-id and --client-secret or set "
          + CLIENT_ID_ENV + " and " + CLIENT_SECRET_ENV);
    }
    return OAuthClient.builder().clientId(id).clientSecret(secret).baseUrl(baseUrl).time(ctx.time).build();
  }

  /** A provider renewing tokens through the store; a usage error when there is nothing to start from. */
  TokenProvider provider(String baseUrl, CliContext ctx) {
    FileTokenStore store = store();
    String refresh = refreshToken(ctx.env);
    if (refresh == null && store.load().isEmpty()) {
      throw new UsageException("no refresh token: " + LOGIN_HINT + ", pass --refresh-token or set "
          + REFRESH_TOKEN_ENV);
    }
    RefreshingTokenProvider provider = RefreshingTokenProvider.builder().oauthClient(oauthClient(baseUrl, ctx))
        .store(store).refreshToken(refresh).time(ctx.time).build();
    return new TokenProvider() {
      @Override
      public String accessToken() {
        try {
          return provider.accessToken();
        } catch (SignInRequiredException e) {
          throw new SignInRequiredException(e.getMessage() + "; " + LOGIN_HINT, e.status(), e.error(),
              e.trackingId());
        }
      }

      @Override
      public void invalidate(String rejectedAccessToken) {
        provider.invalidate(rejectedAccessToken);
      }
    };
  }

  /** Values that must never reach the terminal. */
  List<String> secrets(Map<String, String> env) {
    List<String> secrets = new ArrayList<>(2);
    for (String s : new String[] {clientSecret(env), refreshToken(env)}) {
      if (s != null) {
        secrets.add(s);
      }
    }
    return secrets;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
