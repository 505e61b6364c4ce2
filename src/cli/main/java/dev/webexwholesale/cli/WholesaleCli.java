package dev.webexwholesale.cli;

import dev.webexwholesale.client.errors.WebexApiException;
import dev.webexwholesale.client.errors.WholesaleException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code java -jar webex-wholesale-cli.jar}: the command-line client. Exit codes are listed in
 * {@link ExitCodes}; stdout carries only JSON results.
 */
public final class WholesaleCli {
  private WholesaleCli() {
  }

  /**
   * Runs the command line and exits the JVM with one of the {@link ExitCodes}.
   *
   * @param args the command and its options, e.g. {@code customers list --limit 10}
   */
  public static void main(String[] args) {
    startUp(args);
    System.exit(run(CliContext.system(), args));
  }

  /** What a process does before its first command: the real one and the launcher's training alike. */
  static void startUp(String... args) {
    quietLogs();
    skipUnusedConverters();
    StartupWarmup.start(args); // after quietLogs: it starts java.util.logging
    forgetRefusedArchive();
  }

  /**
   * The launcher names its start-up archive in {@code webex.wholesale.archive} and checks it by
   * dates only (a process more per call would cost more than it saves). A JVM that refused it (a
   * jar or java replaced by an older file, another java) runs without class sharing at all; the
   * archive's stamp then goes, and the next launch compares the jar and java and records again.
   */
  static void forgetRefusedArchive() {
    String archive = System.getProperty("webex.wholesale.archive");
    if (archive != null && !System.getProperty("java.vm.info", "").contains("sharing")) {
      try {
        Files.deleteIfExists(Path.of(archive + ".stamp"));
      } catch (IOException | RuntimeException e) {
        // The next launch finds the archive stale by its dates or not at all: no worse than now.
      }
    }
  }

  /**
   * Built-in converters picocli looks up by reflection for every command line it makes, none of
   * whose types an option here has (ConvertersTest checks): about a tenth of a short run's
   * parsing. A value the user set wins.
   */
  static final String UNUSED_CONVERTERS = "java\\.(sql|time)\\..*";

  static void skipUnusedConverters() {
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
    }
  }

  static void quietLogs() {
    // The embedded sandbox's WireMock speaks SLF4J; without a provider it warns on stderr.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    // The library's System.Logger output would reach stderr through JUL's console handler in its
    // own two-line format; the CLI already reports every failure in one line (--verbose shows more).
    // Through JUL's configuration, so JUL starts only when something logs (--help never does).
    if (System.getProperty("java.util.logging.config.class") == null
        && System.getProperty("java.util.logging.config.file") == null) {
      System.setProperty("java.util.logging.config.class", QuietLogging.class.getName());
    }
  }


  /** Runs one invocation in-process and returns its exit code; never calls System.exit. */
  static int run(CliContext ctx, String... args) {
    RootCommand root = new RootCommand(ctx);
    CommandLine cl = CommandTree.forArgs(root, args);
    cl.setOut(ctx.out)
        .setErr(ctx.err)
        .setColorScheme(CommandLine.Help.defaultColorScheme(ctx.ansi))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(new Handlers(root))
        .setExecutionExceptionHandler(new Handlers(root));
    try {
      return cl.execute(args);
    } finally {
      root.close();
      ctx.out.flush();
      ctx.err.flush();
    }
  }

  /**
   * A class, not two lambdas: picocli's handler interfaces are Java 5 class files, which the
   * launcher's class-data archive cannot hold, so a lambda for them would be spun at every start.
   */
  private static final class Handlers implements CommandLine.IParameterExceptionHandler,
      CommandLine.IExecutionExceptionHandler {
    private final RootCommand root;

    Handlers(RootCommand root) {
      this.root = root;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      return usageError(root, ex);
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parsed) {
      return failure(root, ex);
    }
  }

  private static int usageError(RootCommand root, ParameterException ex) {
    PrintWriter err = root.ctx.err;
    err.println("error: " + root.safe(ex.getMessage()));
    if (ex instanceof UnmatchedArgumentException u) {
      UnmatchedArgumentException.printSuggestions(u, err);
    }
    err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return ExitCodes.USAGE;
  }

  /** One line on stderr, never a stack trace: scripts and humans read it alike. */
  private static int failure(RootCommand root, Exception ex) {
    PrintWriter err = root.ctx.err;
    int code;
    String message;
    if (ex instanceof UsageException
        || (ex instanceof IllegalArgumentException && !root.anyCallStarted())) {
      // Exit 2 promises that nothing was sent; once a call started, a failure is not a usage error.
      code = ExitCodes.USAGE;
      message = ex.getMessage();
    } else if (ex instanceof StartupException) {
      code = ExitCodes.API_ERROR;
      message = ex.getMessage();
    } else if (ex instanceof WholesaleException) {
      // WebexApiException's message names status, every errorCode, description and trackingId.
      code = ExitCodes.API_ERROR;
      message = ex.getMessage() + hint(root, ex);
    } else {
      code = ExitCodes.API_ERROR;
      message = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
    }
    err.println("error: " + root.safe(message));
    err.flush();
    return code;
  }

  /** A 404 from a base URL whose path does not end in /v1 is almost always that. */
  private static String hint(RootCommand root, Exception ex) {
    if (ex instanceof WebexApiException api && api.statusCode() == 404) {
      try {
        String path = URI.create(SafeText.withoutUserInfo(root.baseUrl)).getPath();
        if (path == null || !path.replaceAll("/+$", "").endsWith("/v1")) {
          return " (hint: --base-url " + SafeText.withoutUserInfo(root.baseUrl)
              + " does not end in /v1; Webex's is " + dev.webexwholesale.client.WholesaleClient.DEFAULT_BASE_URL + ")";
        }
      } catch (IllegalArgumentException e) {
        return "";
      }
    }
    return "";
  }
}
