package dev.webexwholesale.cli;

import dev.webexwholesale.client.ProvisioningAccepted;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.waiter.ProgressListener;
import dev.webexwholesale.client.waiter.WaitOutcome;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What the API command groups (generated, one per group of the spec) share. */
abstract class ApiCommand implements Callable<Integer> {
  @ParentCommand
  RootCommand root;

  @Spec
  CommandSpec spec;

  /**
   * The group's commands, in the order of its usage; not in {@code @Command(subcommands)}, so
   * that {@link CommandTree} builds only the one an invocation names.
   */
  abstract java.util.List<Class<?>> commands();

  /** The group alone, e.g. {@code customers}: its usage on stderr, exit 2. */
  @Override
  public Integer call() {
    return Usage.missingCommand(spec, err());
  }

  WholesaleClient client() {
    return root.client();
  }

  PrintWriter out() {
    return root.ctx.out;
  }

  PrintWriter err() {
    return root.ctx.err;
  }

  /** Runs a wait with progress on stderr and reports its outcome. */
  int awaitAndReport(String label, Function<ProgressListener, WaitOutcome<?>> wait) {
    ProgressPrinter progress = new ProgressPrinter(err(), root.ctx.interactive, root.ctx.columns(), label,
        root::safe);
    WaitOutcome<?> outcome;
    try {
      outcome = wait.apply(progress);
    } finally {
      progress.finish();
    }
    return Outcomes.report(outcome, out(), err(), root::safe);
  }

  /** Unknown values are sent as given (Webex adds values), with a warning in case of a typo. */
  void warnUnknown(String option, String value, java.util.List<String> known) {
    err().println(root.safe("warning: " + option + " '" + value + "' is not a value this client knows ("
        + String.join(", ", known) + "); sending it as given"));
    err().flush();
  }

  void noteAccepted(String what, ProvisioningAccepted accepted) {
    err().println(root.safe(what + " accepted: " + accepted.id()
        + (accepted.trackingId() == null ? "" : " (trackingId " + accepted.trackingId() + ")")));
    err().flush();
  }
}
