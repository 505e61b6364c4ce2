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

  /** The terminal's width: {@code COLUMNS} when exported, else {@code stty size}, else 80. */
  static int columns(java.util.Map<String, String> env) {
    String fromEnv = env.get("COLUMNS");
    if (fromEnv != null && fromEnv.matches("\\d{2,4}")) {
      return Integer.parseInt(fromEnv);
    }
    try {
      Process p = new ProcessBuilder("sh", "-c", "stty size < /dev/tty").redirectErrorStream(true).start();
      String answer = new String(p.getInputStream().readNBytes(64), java.nio.charset.StandardCharsets.US_ASCII).trim();
      if (p.waitFor(2, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0 && answer.matches("\\d+ \\d+")) {
        return Integer.parseInt(answer.substring(answer.indexOf(' ') + 1));
      }
      p.destroy();
    } catch (IOException | RuntimeException e) {
      // no stty: keep the default
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 80;
  }
}
