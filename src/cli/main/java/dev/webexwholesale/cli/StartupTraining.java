package dev.webexwholesale.cli;

import dev.webexwholesale.client.Time;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;

/**
 * The run the {@code webex-wholesale} launcher records its class-data-sharing archive from
 * ({@code java -XX:ArchiveClassesAtExit=... -cp webex-wholesale-cli.jar
 * dev.webexwholesale.cli.StartupTraining}): usages, a usage error, and calls with their
 * success and error paths against an in-process sandbox, so that the classes a short command
 * loads come from the archive. Prints nothing; exits 0.
 */
public final class StartupTraining {
  private StartupTraining() {
  }

  /**
   * Runs the training commands.
   *
   * @param args ignored
   * @throws Exception if the sandbox cannot start (the launcher then runs without an archive)
   */
  public static void main(String[] args) throws Exception {
    WholesaleCli.quietLogs();
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
    try (WholesaleSandbox sandbox = WholesaleSandbox.builder().provisioningPolls(0).subPartner("U1A=").build()
        .start()) {
      String customer = sandbox.createProvisionedCustomer("startup-training");
      String[] client = {"--base-url", sandbox.baseUrl(), "--token", "training"};
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
    }
    System.exit(0);
  }
}
