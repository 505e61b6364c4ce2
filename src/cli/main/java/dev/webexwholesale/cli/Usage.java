package dev.webexwholesale.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** What a command group does when called without a subcommand: its usage on stderr, exit 2. */
final class Usage {
  private Usage() {
  }

  static int missingCommand(CommandSpec spec, PrintWriter err) {
    err.println("error: " + spec.qualifiedName() + " needs a command");
    err.println();
    spec.commandLine().usage(err);
    err.flush();
    return ExitCodes.USAGE;
  }
}
