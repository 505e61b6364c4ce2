package dev.webexwholesale.cli;

/** Something the invocation needs could not start (e.g. the sandbox's port is taken); exits 1, one line. */
final class StartupException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StartupException(String message) {
    super(message);
  }
}
