package dev.webexwholesale.cli;

import dev.webexwholesale.client.ProvisioningAccepted;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.waiter.ProgressListener;
import dev.webexwholesale.client.waiter.WaitOutcome;
import java.io.PrintWriter;
import java.util.function.Function;
import picocli.CommandLine.ParentCommand;

/** What the customers, subscribers and sub-partners commands share. */
abstract class ApiCommand {
  @ParentCommand
  RootCommand root;

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
    ProgressPrinter progress = new ProgressPrinter(err(), root.ctx.interactive, label);
    WaitOutcome<?> outcome;
    try {
      outcome = wait.apply(progress);
    } finally {
      progress.finish();
    }
    return Outcomes.report(outcome, out(), err());
  }

  void noteAccepted(String what, ProvisioningAccepted accepted) {
    err().println(what + " accepted: " + accepted.id()
        + (accepted.trackingId() == null ? "" : " (trackingId " + accepted.trackingId() + ")"));
    err().flush();
  }
}
