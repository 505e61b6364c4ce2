package dev.webexwholesale.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;
import picocli.CommandLine.Help.Ansi;

/**
 * Whether usages are coloured: one rule, which the launcher ({@code src/cli/launcher/webex-wholesale})
 * mirrors in {@code sh} to serve the recorded root usage without starting the JVM. Colour iff
 * stdin and stdout are both a terminal ({@code System.console() != null}; {@code [ -t 0 ] && [ -t 1 ]}),
 * {@code NO_COLOR} is unset or empty, and {@code TERM} is set and not {@code dumb}. The system
 * property {@code picocli.ansi} ({@code true}, {@code false}, {@code tty}, {@code auto}) wins:
 * picocli then decides as it documents. Nothing is probed beyond that (no CLICOLOR, no stty).
 */
final class UsageColour {
  private UsageColour() {
  }

  /** This process's answer. */
  static Ansi system() {
    String property = System.getProperty("picocli.ansi");
    return property != null ? Ansi.AUTO : decide(System.getenv(), stdinAndStdoutAreTerminals());
  }

  /** The rule without the property: {@code terminals} is whether stdin and stdout both are one. */
  static Ansi decide(Map<String, String> env, boolean terminals) {
    String noColor = env.get("NO_COLOR");
    String term = env.get("TERM");
    boolean colour = terminals && (noColor == null || noColor.isEmpty())
        && term != null && !term.isEmpty() && !term.equals("dumb");
    return colour ? Ansi.ON : Ansi.OFF;
  }

  /**
   * {@code System.console() != null} up to Java 21 means stdin and stdout are terminals; from
   * Java 22 a console may exist without one, and {@code Console.isTerminal()} tells.
   */
  static boolean stdinAndStdoutAreTerminals() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
