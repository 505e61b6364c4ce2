package dev.webexwholesale.cli;

import dev.webexwholesale.client.Time;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import picocli.CommandLine.Help.Ansi;

/**
 * Everything the CLI takes from its process: streams, environment, time and the sandbox.
 * Tests build one with captured streams and a fake time that never sleeps.
 */
final class CliContext {
  /** Blocks the {@code sandbox} command until the process should stop. */
  @FunctionalInterface
  interface StopSignal {
    void await() throws InterruptedException;
  }

  final PrintWriter out;
  final PrintWriter err;
  final InputStream in;
  final Map<String, String> env;
  final Time time;
  /** Whether stderr is a terminal: progress is then one line rewritten in place. */
  final boolean interactive;
  /** The terminal's width in columns, asked only when a live progress line needs it (stty is a fork). */
  private final IntSupplier columns;
  private int knownColumns;
  /** Whether usages are coloured ({@link UsageColour}); tests: off. */
  final Ansi ansi;
  final SandboxLauncher sandboxes;
  final StopSignal stopSignal;
  /** Opens {@code auth login}'s sign-in URL; by default nothing does (the URL is printed). Tests visit it. */
  Consumer<String> signInBrowser = url -> { };

  CliContext(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env, Time time,
      boolean interactive, SandboxLauncher sandboxes, StopSignal stopSignal) {
    this(out, err, in, env, time, interactive, 80, sandboxes, stopSignal);
  }

  CliContext(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env, Time time,
      boolean interactive, int columns, SandboxLauncher sandboxes, StopSignal stopSignal) {
    this(out, err, in, env, time, interactive, () -> columns, Ansi.OFF, sandboxes, stopSignal);
  }

  private CliContext(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env, Time time,
      boolean interactive, IntSupplier columns, Ansi ansi, SandboxLauncher sandboxes, StopSignal stopSignal) {
    this.columns = Objects.requireNonNull(columns, "columns");
    this.ansi = Objects.requireNonNull(ansi, "ansi");
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.in = Objects.requireNonNull(in, "in");
    this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
    this.time = Objects.requireNonNull(time, "time");
    this.interactive = interactive;
    this.sandboxes = Objects.requireNonNull(sandboxes, "sandboxes");
    this.stopSignal = Objects.requireNonNull(stopSignal, "stopSignal");
  }

  /** The same context with usages coloured as {@code ansi} says. */
  CliContext withAnsi(Ansi ansi) {
    CliContext copy = new CliContext(out, err, in, env, time, interactive, columns, ansi, sandboxes, stopSignal);
    copy.signInBrowser = signInBrowser;
    return copy;
  }

  /** The terminal's width (at least 20, else 80): the live progress line must fit in one row. */
  int columns() {
    if (knownColumns == 0) {
      int asked = columns.getAsInt();
      knownColumns = asked < 20 ? 80 : asked;
    }
    return knownColumns;
  }

  /** The real process: System streams, environment and clock; runs until killed. */
  static CliContext system() {
    boolean interactive = StderrTerminal.detect();
    Map<String, String> env = System.getenv();
    return new CliContext(
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
        System.in, env, Time.system(), interactive,
        () -> interactive ? StderrTerminal.columns(env) : 80, UsageColour.system(), EmbeddedSandbox::start,
        () -> Thread.currentThread().join());
  }
}
