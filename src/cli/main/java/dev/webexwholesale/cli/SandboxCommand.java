package dev.webexwholesale.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "sandbox", mixinStandardHelpOptions = true,
    description = {"Run the embedded Webex Wholesale sandbox until killed.",
        "The first stdout line is its base URL; it accepts any bearer token."})
final class SandboxCommand implements Callable<Integer> {
  @ParentCommand
  RootCommand root;

  @Option(names = "--port", paramLabel = "N", defaultValue = "0",
      description = "Port on 127.0.0.1 (default: any free port).")
  int port;

  @Option(names = "--free-account", paramLabel = "EMAIL",
      description = "An email of an active free Webex account (repeatable): provisioning a subscriber with it"
          + " answers 202 pending_user_migration until the consent email is sent and the person consents.")
  List<String> freeAccounts = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be between 0 and 65535, was " + port);
    }
    try (SandboxLauncher.Running sandbox = root.ctx.sandboxes.start(port, List.copyOf(freeAccounts))) {
      root.ctx.out.println(sandbox.baseUrl());
      root.ctx.out.flush();
      root.ctx.err.println("sandbox listening on " + sandbox.baseUrl() + " (Ctrl-C to stop)");
      root.ctx.err.flush();
      root.ctx.stopSignal.await();
    }
    return ExitCodes.OK;
  }
}
