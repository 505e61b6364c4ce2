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
}
