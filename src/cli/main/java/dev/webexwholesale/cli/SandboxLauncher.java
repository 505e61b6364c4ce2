package dev.webexwholesale.cli;

import dev.webexwholesale.sandbox.WholesaleSandbox;
import java.util.function.Consumer;

/** Starts the embedded sandbox from a configured builder; tests substitute their own. */
@FunctionalInterface
interface SandboxLauncher {

  /** A running sandbox; closing it stops the server. */
  interface Running extends AutoCloseable {
    /** e.g. {@code http://127.0.0.1:8080/v1}. */
    String baseUrl();

    @Override
    void close();
  }

  /**
   * Builds and starts a sandbox with the demo sub-partner and its one customer, then runs
   * {@code setup} (seeds, outcomes, faults); a failing setup stops the sandbox again.
   */
  Running start(WholesaleSandbox.Builder configured, Consumer<WholesaleSandbox> setup) throws Exception;
}
