package dev.webexwholesale.cli;

/** The invocation cannot be carried out as written; exits {@link ExitCodes#USAGE} before any request. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }

  UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
