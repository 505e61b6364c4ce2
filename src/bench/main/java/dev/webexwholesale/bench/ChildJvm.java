package dev.webexwholesale.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a fresh JVM with this JVM's classpath, so that a part can cap the heap
 * ({@code -Xmx64m}) without capping the suite. The child's output is echoed with a prefix,
 * and its last line starting with {@code RESULT } is returned.
 */
public final class ChildJvm {
  private ChildJvm() {
  }

  public static String runForResult(List<String> jvmArgs, String mainClass, long timeoutSeconds,
      String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    // The read loop below blocks until the child exits, so the timeout needs its own thread.
    Thread watchdog = new Thread(() -> {
      try {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "child-jvm-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    String result = null;
    String prefix = "  [" + mainClass.substring(mainClass.lastIndexOf('.') + 1) + "] ";
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        System.out.println(prefix + line);
        if (line.startsWith("RESULT ")) {
          result = line.substring(7);
        }
      }
    }
    int exit = process.waitFor();
    if (exit != 0 || result == null) {
      throw new IOException(mainClass + " failed (exit " + exit + ", killed after "
          + timeoutSeconds + " s if it ran that long)");
    }
    return result;
  }

  /** Reads {@code key=value} out of a RESULT line. */
  public static String field(String result, String key) {
    for (String pair : result.split(" ")) {
      if (pair.startsWith(key + "=")) {
        return pair.substring(key.length() + 1);
      }
    }
    throw new IllegalArgumentException("no " + key + " in: " + result);
  }
}
