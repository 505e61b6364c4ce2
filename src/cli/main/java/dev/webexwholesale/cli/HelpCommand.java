package dev.webexwholesale.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Parameters;

/**
 * {@code help [COMMAND...]}: the usage of any command, nested ones included
 * ({@code help customers provision}); picocli's own help command goes one level deep only.
 */
@Command(name = "help", helpCommand = true,
    description = "Print the usage of a command, e.g. 'help customers provision'.")
final class HelpCommand implements IHelpCommandInitializable2, Callable<Integer> {
  @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, e.g. customers provision.")
  List<String> path = new ArrayList<>();

  private CommandLine self;
  private Help.ColorScheme colors;
  private java.io.PrintWriter out;

  @Override
  public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, java.io.PrintWriter out,
      java.io.PrintWriter err) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = out;
  }

  @Override
  public Integer call() {
    CommandLine target = self.getParent();
    for (String name : path) {
      CommandLine next = target.getSubcommands().get(name);
      if (next == null) {
        throw new UsageException("unknown command '" + String.join(" ", path)
            + "'; commands of " + target.getCommandSpec().qualifiedName() + ": "
            + String.join(", ", new java.util.TreeSet<>(target.getSubcommands().keySet())));
      }
      target = next;
    }
    target.usage(out, colors);
    out.flush();
    return ExitCodes.OK;
  }
}
