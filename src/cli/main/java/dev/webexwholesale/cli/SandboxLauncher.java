package dev.webexwholesale.cli;

/** Starts the embedded sandbox; tests substitute their own. */
@FunctionalInterface
interface SandboxLauncher {

  /** A running sandbox; closing it stops the server. */
  interface Running extends AutoCloseable {
    /** e.g. {@code http://127.0.0.1:8080/v1}. */
    String baseUrl();

    @Override
    void close();
  }

  /** @param port 0 for any free port */
  Running start(int port) throws Exception;

  /**
   * As {@link #start(int)}, where provisioning a subscriber with one of {@code freeAccounts}
   * answers 202 {@code pending_user_migration} (an active free Webex account).
   */
  default Running start(int port, java.util.List<String> freeAccounts) throws Exception {
    if (!freeAccounts.isEmpty()) {
      throw new UnsupportedOperationException("this sandbox launcher cannot configure free accounts");
    }
    return start(port);
  }
}
