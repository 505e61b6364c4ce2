package dev.webexwholesale.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  // Bulk rehearsal: --lost-answer-rate, --latency, --rate-limit (see SandboxRehearsalOptions).
  @Mixin
  SandboxRehearsalOptions rehearsal;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be between 0 and 65535, was " + port);
    }
    try (SandboxLauncher.Running sandbox = rehearsal.any() ? rehearsal.start(port) : root.ctx.sandboxes.start(port)) {
      root.ctx.out.println(sandbox.baseUrl());
      root.ctx.out.flush();
      root.ctx.err.println("sandbox listening on " + sandbox.baseUrl() + " (Ctrl-C to stop)");
      root.ctx.err.flush();
      root.ctx.stopSignal.await();
    }
    return ExitCodes.OK;
  }
}
