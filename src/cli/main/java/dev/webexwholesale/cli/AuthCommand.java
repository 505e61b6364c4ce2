package dev.webexwholesale.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import dev.webexwholesale.client.auth.AuthorizationRequest;
import dev.webexwholesale.client.auth.FileTokenStore;
import dev.webexwholesale.client.auth.LoopbackRedirectListener;
import dev.webexwholesale.client.auth.OAuthClient;
import dev.webexwholesale.client.auth.OAuthTokens;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code auth login} (the authorization-code grant) and {@code auth status} (expiry times, never tokens). */
@Command(name = "auth", mixinStandardHelpOptions = true,
    description = {"Sign in with OAuth and inspect the stored tokens.",
        "Uses the global --client-id, --client-secret and --token-store options."})
final class AuthCommand {
  static final String DEFAULT_REDIRECT = "http://127.0.0.1:8765/callback";

  @ParentCommand
  RootCommand root;

  @Command(name = "login", mixinStandardHelpOptions = true,
      description = {"Sign in: prints the Webex sign-in URL, waits for the browser's redirect",
          "to a listener on 127.0.0.1, exchanges the code and stores the tokens. Prints their expiry times."})
  int login(
      @Option(names = "--redirect-uri", paramLabel = "URI", defaultValue = DEFAULT_REDIRECT,
          description = "The integration's redirect URI, http on 127.0.0.1 or localhost (default: ${DEFAULT-VALUE});"
              + " port 0 picks a free port.") String redirectUri,
      @Option(names = "--scope", paramLabel = "SCOPE", split = ",",
          description = "Scopes to ask for (default: the four wholesale read/write scopes).") List<String> scopes,
      @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
          description = "How long to wait for the sign-in (default: ${DEFAULT-VALUE}).") Duration timeout)
      throws InterruptedException {
    CliContext ctx = root.ctx;
    OAuthClient oauth = root.tokenOptions.oauthClient(root.baseUrl, ctx);
    URI redirect = loopback(redirectUri);
    FileTokenStore store = root.tokenOptions.store();
    try (LoopbackRedirectListener listener = LoopbackRedirectListener.start(redirect.getPort(), redirect.getPath())) {
      String actualRedirect = redirect.getPort() == 0 ? listener.redirectUri() : redirectUri;
      AuthorizationRequest auth = oauth.authorizationRequest(actualRedirect,
          scopes == null || scopes.isEmpty() ? OAuthClient.WHOLESALE_SCOPES : scopes);
      ctx.err.println("Open this URL in a browser and sign in as a partner administrator:");
      ctx.err.println(auth.url());
      ctx.err.println("Waiting up to " + timeout + " for the redirect to " + actualRedirect + " ...");
      ctx.err.flush();
      ctx.signInBrowser.accept(auth.url());
      String code = listener.awaitCode(auth.state(), timeout);
      OAuthTokens tokens = oauth.exchangeCode(code, actualRedirect);
      store.save(tokens);
      ctx.err.println("Signed in; tokens saved to " + store.file());
      ctx.err.flush();
      printStatus(store, tokens);
    }
    return ExitCodes.OK;
  }

  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "Print the stored tokens' expiry times and scopes (never the tokens).")
  int status() {
    FileTokenStore store = root.tokenOptions.store();
    OAuthTokens tokens = store.load().orElseThrow(() -> new UsageException("not signed in: no tokens in "
        + store.file() + "; " + TokenOptions.LOGIN_HINT));
    printStatus(store, tokens);
    return ExitCodes.OK;
  }

  private void printStatus(FileTokenStore store, OAuthTokens tokens) {
    Instant now = root.ctx.time.now();
    JsonObject status = new JsonObject();
    status.addProperty("tokenStore", store.file().toString());
    status.addProperty("accessTokenExpiresAt", tokens.accessTokenExpiresAt().toString());
    status.addProperty("accessTokenExpired", !now.isBefore(tokens.accessTokenExpiresAt()));
    if (tokens.refreshTokenExpiresAt() != null) {
      status.addProperty("refreshTokenExpiresAt", tokens.refreshTokenExpiresAt().toString());
      status.addProperty("refreshTokenExpired", !now.isBefore(tokens.refreshTokenExpiresAt()));
    }
    if (tokens.scope() != null) {
      status.addProperty("scope", tokens.scope());
    }
    root.ctx.out.println(new GsonBuilder().setPrettyPrinting().create().toJson(status));
    root.ctx.out.flush();
  }

  /** The listener binds 127.0.0.1 only, so the redirect must come back there over plain http. */
  private static URI loopback(String redirectUri) {
    URI uri;
    try {
      uri = new URI(redirectUri);
    } catch (URISyntaxException e) {
      throw new UsageException("--redirect-uri is not a URI: " + redirectUri);
    }
    String host = uri.getHost();
    if (!"http".equals(uri.getScheme()) || !("127.0.0.1".equals(host) || "localhost".equals(host))
        || uri.getPort() < 0 || uri.getPath() == null || uri.getPath().isEmpty() || uri.getRawQuery() != null) {
      throw new UsageException("--redirect-uri must look like http://127.0.0.1:PORT/path (or localhost), was "
          + redirectUri);
    }
    return uri;
  }
}
