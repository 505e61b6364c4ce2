package dev.webexwholesale.cli;

import dev.webexwholesale.client.Time;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The run the {@code webex-wholesale} launcher records its class-data-sharing archive from
 * ({@code java -XX:DumpLoadedClassList=... -cp webex-wholesale-cli.jar
 * dev.webexwholesale.cli.StartupTraining}): usages, a usage error, and calls with their
 * success and error paths against a sandbox, so that the classes a short command loads come from
 * the archive. Prints nothing; exits 0.
 *
 * <p>The sandbox runs in a JVM of its own ({@link Server}): in this one, its server (WireMock,
 * Jetty, Jackson and the JDK classes they use, some 3,000 classes no short command loads) went
 * into the archive and made a call about 20 ms slower, the classes a call needs being spread over
 * more of it.
 */
public final class StartupTraining {
  /** Bound of the sandbox's start: past it, the training fails and the launcher runs without an archive. */
  private static final long SERVER_START_SECONDS = 60;

  private StartupTraining() {
  }

  /**
   * Runs the training commands.
   *
   * @param args ignored
   * @throws Exception if the sandbox cannot start (the launcher then runs without an archive)
   */
  public static void main(String[] args) throws Exception {
    WholesaleCli.startUp("training"); // as a call starts (its warm-up included)
    CliContext.system(); // what every real run makes first (its lambdas then come from the archive)
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    CliContext ctx = new CliContext(sink, sink, InputStream.nullInputStream(), Map.of(), Time.system(), false,
        (builder, setup) -> {
          throw new IllegalStateException("no sandbox command in training");
        }, () -> { });
    WholesaleCli.run(ctx, "--help");
    WholesaleCli.run(ctx.withAnsi(picocli.CommandLine.Help.Ansi.ON), "--help"); // a terminal's usage
    WholesaleCli.run(ctx, "customers", "--help");
    WholesaleCli.run(ctx, "help", "subscribers", "provision");
    WholesaleCli.run(ctx, "no-such-command");
    Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Server.class.getName())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    Thread stop = new Thread(server::destroyForcibly);
    Runtime.getRuntime().addShutdownHook(stop); // interrupted: no sandbox left behind
    try {
      Thread watchdog = new Thread(() -> {
        try {
          Thread.sleep(TimeUnit.SECONDS.toMillis(SERVER_START_SECONDS));
          server.destroyForcibly(); // a sandbox that never answers: the reads below see the end
        } catch (InterruptedException e) {
          // started in time
        }
      });
      watchdog.setDaemon(true);
      watchdog.start();
      BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String baseUrl = lines.readLine();
      String customer = lines.readLine();
      watchdog.interrupt();
      if (baseUrl == null || customer == null) {
        throw new IllegalStateException("the training sandbox did not start");
      }
      String[] client = {"--base-url", baseUrl, "--token", "training"};
      for (String[] command : new String[][] {
          {"customers", "list"},
          {"customers", "get", customer},
          {"customers", "get", "bm8tc3VjaC1jdXN0b21lcg=="},
          {"subscribers", "list", "--customer-id", customer},
          {"--sub-partner", "U1A=", "customers", "list"},
          {"sub-partners", "list"}}) {
        String[] all = new String[client.length + command.length];
        System.arraycopy(client, 0, all, 0, client.length);
        System.arraycopy(command, 0, all, client.length, command.length);
        WholesaleCli.run(ctx, all);
      }
    } finally {
      server.getOutputStream().close(); // the sandbox's end of input: it stops
      if (!server.waitFor(10, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
      Runtime.getRuntime().removeShutdownHook(stop);
    }
    System.exit(0);
  }

  /**
   * The training's sandbox: prints its base URL and a provisioned customer's ID, one per line,
   * and stops at the end of its input, which is when the training ends, however it ends.
   */
  public static final class Server {
    private Server() {
    }

    /**
     * Serves until standard input ends.
     *
     * @param args ignored
     * @throws IOException if standard input fails
     */
    public static void main(String[] args) throws IOException {
      WholesaleCli.quietLogs();
      try (WholesaleSandbox sandbox = WholesaleSandbox.builder().provisioningPolls(0).subPartner("U1A=").build()
          .start()) {
        System.out.println(sandbox.baseUrl());
        System.out.println(sandbox.createProvisionedCustomer("startup-training"));
        System.out.flush();
        while (System.in.read() >= 0) {
          // the training's input carries nothing: only its end matters
        }
      }
      System.exit(0);
    }
  }
}
