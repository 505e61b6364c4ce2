package dev.webexwholesale.sandbox;

import java.io.PrintStream;

/**
 * Runs the sandbox from the command line until killed. The first line on stdout is the base
 * URL (e.g. {@code http://127.0.0.1:8080/v1}), so a script can read it and point a client at it.
 *
 * <pre>
 * --port N              TCP port (default 0: a free one)
 * --polls K             GETs showing a transient status before the outcome (default 2)
 * --rate-limit N        answer 429 beyond N requests a second (default: off)
 * --sub-partner ORG_ID  configure a sub-partner (repeatable)
 * --token TOKEN         accept only this bearer token (repeatable; default: any)
 * --seed EXT_ID:N       create a provisioned customer with N subscribers (repeatable)
 * </pre>
 */
public final class SandboxMain {
  private static volatile WholesaleSandbox running;

  private SandboxMain() {}

  public static void main(String[] args) throws InterruptedException {
    WholesaleSandbox sandbox;
    try {
      sandbox = start(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("sandbox: " + e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    if (sandbox == null) {
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "sandbox-shutdown"));
    sandbox.awaitClose();
  }

  /**
   * Starts a sandbox from command-line arguments, printing its base URL as the first line
   * of {@code out}; returns null after printing help for {@code --help}.
   *
   * @throws IllegalArgumentException for unknown or malformed arguments
   */
  public static WholesaleSandbox start(String[] args, PrintStream out) {
    WholesaleSandbox.Builder builder = WholesaleSandbox.builder();
    java.util.List<String> seeds = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--help":
        case "-h":
          out.println(usage());
          return null;
        case "--port":
          builder.port(intValue(arg, value(args, ++i, arg)));
          break;
        case "--polls":
          builder.provisioningPolls(intValue(arg, value(args, ++i, arg)));
          break;
        case "--rate-limit":
          builder.rateLimit(intValue(arg, value(args, ++i, arg)));
          break;
        case "--sub-partner":
          builder.subPartner(value(args, ++i, arg));
          break;
        case "--token":
          builder.acceptedTokens(value(args, ++i, arg));
          break;
        case "--seed":
          seeds.add(value(args, ++i, arg));
          break;
        default:
          throw new IllegalArgumentException("unknown argument: " + arg);
      }
    }
    WholesaleSandbox sandbox = builder.build().start();
    running = sandbox;
    out.println(sandbox.baseUrl());
    try {
      for (String seed : seeds) {
        int colon = seed.lastIndexOf(':');
        String externalId = colon < 0 ? seed : seed.substring(0, colon);
        int count = colon < 0 ? 0 : intValue("--seed", seed.substring(colon + 1));
        String customerId = sandbox.createProvisionedCustomer(externalId);
        sandbox.seedSubscribers(customerId, count);
        out.println("seeded customer " + customerId + " (externalId " + externalId + ") with " + count
            + " subscribers");
      }
    } catch (IllegalArgumentException e) {
      sandbox.close();
      throw e;
    }
    out.flush();
    return sandbox;
  }

  /** Stops the sandbox last started here, which unblocks {@link #main}; for tests. */
  static void stop() {
    WholesaleSandbox sandbox = running;
    if (sandbox != null) {
      sandbox.close();
    }
  }

  static String usage() {
    return "usage: sandbox [--port N] [--polls K] [--rate-limit N] [--sub-partner ORG_ID]... [--token TOKEN]..."
        + " [--seed EXT_ID:N]...";
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static int intValue(String option, String raw) {
    try {
      return Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs an integer, got: " + raw);
    }
  }
}
