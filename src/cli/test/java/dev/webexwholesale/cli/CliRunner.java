package dev.webexwholesale.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import dev.webexwholesale.testing.FakeTime;

/** Runs the CLI in-process with captured streams, a given environment and fake time. */
final class CliRunner {
  final Map<String, String> env = new HashMap<>();
  final FakeTime time;
  boolean interactive;
  String stdin = "";
  /** When set, stdin is exactly these bytes (e.g. invalid UTF-8) instead of {@link #stdin}. */
  byte[] stdinBytes;
  int columns = 80;
  SandboxLauncher sandboxes = (builder, setup) -> {
    throw new IllegalStateException("no sandbox in this test");
  };
  CliContext.StopSignal stopSignal = () -> { };
  CliRunner() {
    this(new FakeTime());
  }

  /** Shares a time line with another runner (e.g. the one running the sandbox command). */
  CliRunner(FakeTime time) {
    this.time = time;
  }

  /** The stdout of the run in progress (or last run); readable while a command blocks. */
  volatile StringWriter currentOut = new StringWriter();

  Result run(String... args) {
    StringWriter out = new StringWriter();
    currentOut = out;
    StringWriter err = new StringWriter();
    CliContext ctx = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
        new ByteArrayInputStream(stdinBytes != null ? stdinBytes : stdin.getBytes(StandardCharsets.UTF_8)), env, time,
        interactive, columns, sandboxes, stopSignal);
    int code = WholesaleCli.run(ctx, args);
    return new Result(code, out.toString(), err.toString());
  }

  /** A run against {@code baseUrl} with {@code token}, the global options before the command's arguments. */
  Result runAgainst(String baseUrl, String token, String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "--base-url";
    all[1] = baseUrl;
    all[2] = "--token";
    all[3] = token;
    System.arraycopy(args, 0, all, 4, args.length);
    return run(all);
  }

  /** A UTF-8 input file (a request body, a CSV) in a test's temporary folder. */
  static java.nio.file.Path writeFile(java.nio.file.Path dir, String name, String content) throws java.io.IOException {
    java.nio.file.Path p = dir.resolve(name);
    java.nio.file.Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  record Result(int exitCode, String stdout, String stderr) {
    JsonElement json() {
      return JsonParser.parseString(stdout);
    }

    /** A bulk run's stdout (one JSON line per row) keyed by row number, in row order. */
    Map<Long, JsonObject> rowsByNumber() {
      Map<Long, JsonObject> m = new TreeMap<>();
      stdout.lines().forEach(l -> {
        JsonObject o = JsonParser.parseString(l).getAsJsonObject();
        m.put(o.get("row").getAsLong(), o);
      });
      return m;
    }

    List<String> errLines() {
      return stderr.lines().toList();
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
    }
  }
}
