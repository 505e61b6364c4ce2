package dev.webexwholesale.cli;

import java.io.IOException;
import java.lang.annotation.Retention;
import java.net.IDN;
import java.net.ProxySelector;
import java.net.Socket;
import java.security.Security;
import java.util.List;
import java.util.TimeZone;
import java.util.logging.LogManager;

/**
 * JDK state every API call initialises on its way, made on a second thread while the main one
 * parses the command line: OkHttp's first request loads every security provider (its platform
 * check asks which one is first), its statics read the time-zone database and start
 * java.util.logging, it passes each host through IDN (Unicode tables) and asks the proxy
 * selector, and picocli's first annotation makes the JDK's proxy machinery. About a tenth of a
 * short call, done on a core that a one-call JVM leaves mostly idle.
 *
 * <p>Only JDK classes (and {@link QuietLogging}, which JUL's start makes and which touches only
 * JUL), which initialise safely from any thread: the main thread then finds them ready, or waits
 * for the class being made, never for anything of ours or a library's, whose class initialisers
 * could wait on each other across two threads. Nothing here is kept or can fail a command: an
 * error is left for the main thread to meet where it always did.
 */
final class StartupWarmup implements Runnable {
  /** Invocations that make no call: usage and version only. */
  private static final List<String> NO_CALL = List.of("--help", "-h", "--version", "-V", "help");

  private StartupWarmup() {
  }

  /** Starts the warm-up for {@code args}, unless they only ask for usage or the version. */
  static void start(String... args) {
    if (!wanted(args)) {
      return;
    }
    Thread thread = new Thread(new StartupWarmup(), "webex-wholesale-warmup");
    thread.setDaemon(true); // never keeps the JVM alive
    thread.start();
  }

  /** Whether {@code args} may make a call: not none, and no usage or version request among them. */
  static boolean wanted(String... args) {
    if (args.length == 0) {
      return false;
    }
    for (String arg : args) {
      if (NO_CALL.contains(arg)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void run() {
    try {
      Deprecated.class.getAnnotation(Retention.class); // annotation parser and proxy classes
      TimeZone.getTimeZone("GMT");
      LogManager.getLogManager();
      IDN.toASCII("localhost"); // OkHttp passes every host through it
      ProxySelector.getDefault();
      new Socket().close(); // the socket implementation's classes and native options; no descriptor yet
      Security.getProviders();
    } catch (RuntimeException | LinkageError | IOException e) {
      // A warm-up only: the main thread meets the same failure where it always did.
    }
  }
}
