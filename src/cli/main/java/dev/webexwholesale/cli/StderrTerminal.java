package dev.webexwholesale.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether stderr is a terminal. {@code System.console()} answers for stdin and stdout, so
 * {@code cli ... | jq} would lose the live progress line although stderr is still the
 * user's terminal; where the OS shows file descriptors (Linux), ask about stderr itself.
 */
final class StderrTerminal {
  private StderrTerminal() {
  }

  static boolean detect() {
    return isTerminal(Path.of("/proc/self/fd/2"), System.console() != null);
  }

  /** {@code fallback} answers when the descriptor cannot be read. */
  static boolean isTerminal(Path stderrDescriptor, boolean fallback) {
    try {
      String target = Files.readSymbolicLink(stderrDescriptor).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return fallback;
    }
  }
}
