package dev.webexwholesale.cli;

import dev.webexwholesale.client.WholesaleClient;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/**
 * An operation command (generated, or hand-written where the spec names one): what it needs of
 * its group and of the root command.
 */
abstract class GeneratedOp implements Callable<Integer> {
  @ParentCommand
  ApiCommand group;

  RootCommand root() {
    return group.root;
  }

  WholesaleClient client() {
    return group.client();
  }

  PrintWriter out() {
    return group.out();
  }

  PrintWriter err() {
    return group.err();
  }

  /** One line on stderr, through the secret filter. */
  void note(String line) {
    err().println(root().safe(line));
    err().flush();
  }
}
