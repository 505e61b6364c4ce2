package dev.webexwholesale.cli;

import dev.webexwholesale.client.WholesaleClient;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Global options and the one client every command of an invocation shares. */
@Command(name = "webex-wholesale",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    description = {
        "Provision Webex Wholesale customers and subscribers from a shell or a pipeline.",
        "stdout carries only the JSON result; progress, logs and errors go to stderr."},
    subcommands = {CustomersCommand.class, SubscribersCommand.class, SubPartnersCommand.class,
        SandboxCommand.class, DemoCommand.class,
        BulkCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  success",
        "  1  API or transport error",
        "  2  usage error (options, duration, request file, missing token)",
        "  3  provisioning failed (error, provisioned_with_errors)",
        "  4  wait timed out",
        "  5  provisioning on hold (needs a person)"})
final class RootCommand {
  static final String TOKEN_ENV = "WEBEX_ACCESS_TOKEN";

  final CliContext ctx;

  @Option(names = "--base-url", paramLabel = "URL", defaultValue = WholesaleClient.DEFAULT_BASE_URL,
      description = "API base URL (default: ${DEFAULT-VALUE}).")
  String baseUrl;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "Access token (default: the environment variable " + TOKEN_ENV + ").")
  String token;

  @Option(names = "--sub-partner", paramLabel = "ORG_ID",
      description = "Act on behalf of this sub-partner on every call.")
  String subPartner;

  @Option(names = "--verbose", description = "Log each HTTP exchange to stderr (Authorization redacted).")
  boolean verbose;

  private WholesaleClient client;

  RootCommand(CliContext ctx) {
    this.ctx = Objects.requireNonNull(ctx, "ctx");
  }

  /** The client for API commands, scoped to {@code --sub-partner} when given. */
  WholesaleClient client() {
    WholesaleClient root = rootClient();
    return subPartner == null ? root : root.onBehalfOf(subPartner);
  }

  /** The partner's own client, never scoped. */
  WholesaleClient rootClient() {
    if (client == null) {
      String t = resolvedToken();
      if (t == null || t.isBlank()) {
        throw new UsageException("no access token: pass --token or set " + TOKEN_ENV);
      }
      client = newClient(baseUrl, t);
    }
    return client;
  }

  /** A client on the CLI's clock, sleeper and logging; also used against the embedded sandbox. */
  WholesaleClient newClient(String url, String accessToken) {
    WholesaleClient.Builder b = WholesaleClient.builder()
        .baseUrl(url)
        .accessToken(accessToken)
        .userAgent("webex-wholesale-cli")
        .clock(ctx.clock)
        .sleeper(ctx.sleeper);
    if (verbose) {
      b.httpLogger(line -> {
        ctx.err.println(redact(line));
        ctx.err.flush();
      });
    }
    return b.build();
  }

  String resolvedToken() {
    return token != null ? token : ctx.env.get(TOKEN_ENV);
  }

  /** Last line of defence: the token never reaches stderr, whatever echoed it. */
  String redact(String text) {
    String t = resolvedToken();
    if (text == null || t == null || t.isBlank()) {
      return text;
    }
    return text.replace(t, "<redacted>");
  }

  void close() {
    if (client != null) {
      client.close();
    }
  }

  static final class Version implements picocli.CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"webex-wholesale " + WholesaleClient.VERSION};
    }
  }
}
