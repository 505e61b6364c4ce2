package dev.webexwholesale.cli;

import dev.webexwholesale.client.Time;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

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
  /** The terminal's width in columns: the live progress line must fit in one row. */
  final int columns;
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
    this.columns = columns < 20 ? 80 : columns;
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.in = Objects.requireNonNull(in, "in");
    this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
    this.time = Objects.requireNonNull(time, "time");
    this.interactive = interactive;
    this.sandboxes = Objects.requireNonNull(sandboxes, "sandboxes");
    this.stopSignal = Objects.requireNonNull(stopSignal, "stopSignal");
  }

  /** The real process: System streams, environment and clock; runs until killed. */
  static CliContext system() {
    boolean interactive = StderrTerminal.detect();
    return new CliContext(
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
        System.in, System.getenv(), Time.system(), interactive,
        interactive ? StderrTerminal.columns(System.getenv()) : 80, EmbeddedSandbox::start,
        () -> Thread.currentThread().join());
  }
}
