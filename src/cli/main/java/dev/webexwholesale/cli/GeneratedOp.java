package dev.webexwholesale.cli;

import dev.webexwholesale.client.WholesaleClient;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/**
 * A generated operation command: what it needs of its group (hand-written or generated) and of
 * the root command, whichever group it is registered under.
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
}
