package dev.webexwholesale.cli;

import dev.webexwholesale.client.WholesaleClient;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Global options and the one client every command of an invocation shares. The global
 * options and {@code --help}/{@code --version} are inherited: they work before or after any
 * command ({@code sandbox}, a server, takes only its own). The API groups are the generated
 * ones ({@link GeneratedGroups}: a group the spec gains is listed with no line here); a
 * hand-written group is one class added to {@link #COMMANDS}; {@link CommandTree} builds the
 * tree from it.
 */
@Command(name = "webex-wholesale",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    description = {
        "Provision Webex Wholesale customers and subscribers from a shell or a pipeline.",
        "stdout carries only the JSON result; progress, logs and errors go to stderr."},
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  success",
        "  1  API or transport error",
        "  2  usage error (options, request file, no token): nothing was sent",
        "  3  provisioning failed (error, provisioned_with_errors)",
        "  4  wait timed out",
        "  5  provisioning on hold (needs a person)"})
final class RootCommand implements Callable<Integer> {
  static final String TOKEN_ENV = "WEBEX_ACCESS_TOKEN";

  /** The commands under the root, in the order of the usage (not in {@code @Command}: built lazily, see CommandTree). */
  static final List<Class<?>> COMMANDS = java.util.stream.Stream.concat(GeneratedGroups.GROUPS.stream(),
      java.util.stream.Stream.of(SandboxCommand.class, DemoCommand.class, AuthCommand.class, BulkCommand.class,
          HelpCommand.class)).toList();

  final CliContext ctx;

  @Spec
  CommandSpec spec;

  @Option(names = "--base-url", paramLabel = "URL", defaultValue = WholesaleClient.DEFAULT_BASE_URL,
      scope = ScopeType.INHERIT, description = "API base URL, ending in /v1 (default: ${DEFAULT-VALUE}).")
  String baseUrl;

  @Option(names = "--token", paramLabel = "TOKEN", scope = ScopeType.INHERIT,
      description = "Access token (default: the environment variable " + TOKEN_ENV + ").")
  String token;

  @Option(names = "--sub-partner", paramLabel = "ORG_ID", scope = ScopeType.INHERIT,
      description = "Act on behalf of this sub-partner on every call.")
  String subPartner;

  @Option(names = "--call-timeout", paramLabel = "D", scope = ScopeType.INHERIT, converter = DurationConverter.class,
      description = "Bound of each API call: connect, send, every byte of the answer and all retries with their "
          + "waits (default: 2m).")
  Duration callTimeout;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "Log each HTTP exchange and each retry with its wait to stderr (credentials redacted).")
  boolean verbose;

  /** OAuth: --client-id, --client-secret, --refresh-token, --token-store (used when no access token is given). */
  @Mixin
  TokenOptions tokenOptions = new TokenOptions();

  private WholesaleClient client;
  private OkHttpClient http;
  private RetryReporter retries;
  /** Sends a request file's JSON as written (see {@link RequestFileBody}). */
  final RequestFileBody requestFileBody = new RequestFileBody();

  RootCommand(CliContext ctx) {
    this.ctx = Objects.requireNonNull(ctx, "ctx");
  }

  /** No command: the usage on stderr, exit 2. */
  @Override
  public Integer call() {
    return Usage.missingCommand(spec, ctx.err);
  }

  /** The client for API commands, scoped to {@code --sub-partner} when given. */
  WholesaleClient client() {
    WholesaleClient root = rootClient();
    return subPartner == null ? root : root.onBehalfOf(subPartner);
  }

  /** The partner's own client, never scoped. */
  WholesaleClient rootClient() {
    if (client == null) {
      client = buildClient(b -> { });
    }
    return client;
  }

  /**
   * A new client with this invocation's base URL, credentials (the access token, else OAuth),
   * time and logging, plus {@code extra} settings; the caller closes it.
   */
  WholesaleClient buildClient(Consumer<WholesaleClient.Builder> extra) {
    String url = apiBaseUrl();
    String t = resolvedToken();
    Consumer<WholesaleClient.Builder> auth;
    if (t != null && !t.isBlank()) {
      auth = b -> b.accessToken(t);
    } else if (tokenOptions.isOAuth(ctx.env)) {
      auth = b -> b.tokenProvider(tokenOptions.provider(url, ctx));
    } else {
      throw new UsageException("no access token: pass --token or set " + TOKEN_ENV);
    }
    return newClient(url, auth.andThen(extra));
  }

  /**
   * {@code --base-url} without user info: Webex authenticates with the bearer token only, and a
   * password in a URL must never reach a log line or a message.
   */
  String apiBaseUrl() {
    String stripped = SafeText.withoutUserInfo(baseUrl);
    if (!stripped.equals(baseUrl)) {
      ctx.err.println("warning: --base-url: the user info is ignored (Webex authenticates with the token)");
      ctx.err.flush();
    }
    try {
      URI uri = new URI(stripped);
      if (uri.getScheme() == null || uri.getHost() == null
          || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
        throw new UsageException("--base-url must be an http(s) URL such as " + WholesaleClient.DEFAULT_BASE_URL
            + ", was " + safe(stripped));
      }
    } catch (URISyntaxException e) {
      throw new UsageException("--base-url is not a URL: " + safe(stripped));
    }
    return stripped;
  }

  /** A client on the CLI's time and logging; also used against the embedded sandbox. */
  WholesaleClient newClient(String url, String accessToken) {
    return newClient(url, b -> b.accessToken(accessToken));
  }

  private WholesaleClient newClient(String url, Consumer<WholesaleClient.Builder> auth) {
    retries = new RetryReporter(ctx.err, verbose, this::safe);
    if (http == null) {
      OkHttpClient.Builder builder = new OkHttpClient.Builder().eventListener(retries).addInterceptor(requestFileBody);
      if (url.regionMatches(true, 0, "http:", 0, 5)) {
        // The API stack talks only to its own origin: over plain http it never needs TLS, and
        // OkHttp would otherwise load the JDK's trust store at once (a fifth of a short run).
        builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
      }
      http = builder.build();
    } else {
      http = http.newBuilder().eventListener(retries).build();
    }
    WholesaleClient.Builder b = WholesaleClient.builder()
        .baseUrl(url)
        .userAgent("webex-wholesale-cli")
        .httpClient(http)
        .time(retries.wrap(ctx.time));
    if (callTimeout != null) {
      b.callTimeout(callTimeout);
    }
    if (verbose) {
      b.httpLogger(line -> {
        ctx.err.println(safe(line));
        ctx.err.flush();
      });
    }
    auth.accept(b);
    return b.build();
  }

  /** Whether an HTTP call was started in this invocation. */
  boolean anyCallStarted() {
    return retries != null && retries.anyCallStarted();
  }

  String resolvedToken() {
    return token != null ? token : ctx.env.get(TOKEN_ENV);
  }

  /** Every line of server or exception text goes through here before it reaches stderr: no token or client secret. */
  String safe(String text) {
    String out = SafeText.line(text, resolvedToken());
    for (String secret : tokenOptions.secrets(ctx.env)) {
      out = SafeText.redact(out, secret);
    }
    return out;
  }

  void close() {
    if (client != null) {
      client.close();
    }
    if (http != null) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  static final class Version implements picocli.CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"webex-wholesale " + WholesaleClient.VERSION};
    }
  }
}
