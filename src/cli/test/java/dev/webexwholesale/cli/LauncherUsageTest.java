package dev.webexwholesale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's recorded root usage ({@code webex-wholesale --help} or {@code -h} without a JVM):
 * byte for byte the jar's own output, plain and on a terminal (a pty from util-linux
 * {@code script}); recorded again, never served, when missing, stale or damaged; never half a
 * file; and every other invocation reaches the JVM with its arguments and exit code. The
 * mechanics run against a small fake jar that logs each JVM start next to itself.
 */
class LauncherUsageTest {
  private static final Path TARGET = Path.of(System.getProperty("launcher.dir", "../../target"));
  private static final Path LAUNCHER = TARGET.resolve("webex-wholesale");
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  record Run(int exitCode, byte[] stdout, String stderr) {
    String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return "exit " + exitCode + ", stdout " + out() + ", stderr " + stderr;
    }
  }

  // --- the real jar -------------------------------------------------------------------------

  /** A copy of target/'s launcher and jar, shared by the real jar's tests (its archive takes a while). */
  @TempDir
  static Path real;

  private static synchronized Path realLauncher() throws IOException {
    Path launcher = real.resolve("webex-wholesale");
    return Files.exists(launcher) ? launcher : copyLauncherWith(real, TARGET.resolve("webex-wholesale-cli.jar"));
  }

  @Test
  void theRecordedUsageIsTheJarsOwnOutputByteForByte() throws Exception {
    Path dir = real;
    Path launcher = realLauncher();
    Path jar = dir.resolve("webex-wholesale-cli.jar");
    for (String help : List.of("--help", "-h")) {
      Run served = run(launcher, Map.of(), false, help);
      Run jvm = runCommand(List.of(JAVA, "-jar", jar.toString(), help), Map.of(), false);

      assertEquals(0, served.exitCode(), served::toString);
      assertEquals("", served.stderr(), served::toString);
      assertEquals(jvm.exitCode(), served.exitCode());
      assertEquals(jvm.out(), served.out(), help);
      assertTrue(served.out().startsWith("Usage: webex-wholesale "), served::toString);
    }
    // The recording itself, not a JVM run: its body is the jar's output.
    Run jvm = runCommand(List.of(JAVA, "-jar", jar.toString(), "--help"), Map.of(), false);
    assertEquals(jvm.out(), body(dir.resolve("webex-wholesale.usage")));
    assertTrue(body(dir.resolve("webex-wholesale.usage.ansi")).contains("\u001b[1mwebex-wholesale"),
        "the coloured variant has escapes");
  }

  @Test
  void onATerminalTheColouredRecordingIsTheJarsOwnOutput() throws Exception {
    assumeTrue(utilLinuxScript(), "needs util-linux script for a pty");
    Path dir = real;
    Path launcher = realLauncher();
    Path jar = dir.resolve("webex-wholesale-cli.jar");
    Map<String, String> terminal = Map.of("TERM", "xterm-256color");

    Run served = run(launcher, terminal, true, "--help");
    Run jvm = runCommand(List.of(JAVA, "-jar", jar.toString(), "--help"), terminal, true);
    Run noColor = run(launcher, Map.of("TERM", "xterm", "NO_COLOR", "1"), true, "-h");
    Run noColorJvm = runCommand(List.of(JAVA, "-jar", jar.toString(), "-h"), Map.of("TERM", "xterm", "NO_COLOR",
        "1"), true);

    assertEquals(0, served.exitCode(), served::toString);
    assertTrue(served.out().contains("\u001b[1mwebex-wholesale"), served::toString);
    assertEquals(jvm.out(), served.out(), "the same bytes through the same pty");
    // A pty turns \n into \r\n for both; the recording holds what the jar wrote.
    assertEquals(jvm.out(), body(dir.resolve("webex-wholesale.usage.ansi")).replace("\n", "\r\n"));
    assertEquals(noColorJvm.out(), noColor.out());
    assertTrue(!noColor.out().contains("\u001b["), noColor::toString);
  }

  // --- the mechanics, on a fake jar ---------------------------------------------------------

  @Test
  void theUsageIsServedWithoutAJvmAndRecordedAgainWhenTheJarChanges(@TempDir Path dir) throws Exception {
    Path launcher = copyLauncherWith(dir, fakeJar(dir, "v1", 3));

    Run first = run(launcher, Map.of(), false, "--help");
    List<String> recordingRuns = runs(dir);
    Run again = run(launcher, Map.of(), false, "--help");
    Run shortForm = run(launcher, Map.of(), false, "-h");

    assertEquals(fakeUsage("v1", 3, "false"), first.out(), first::toString);
    assertEquals(List.of("--help", "--help"), recordingRuns, "recorded once per variant, plain and coloured");
    assertEquals(first.out(), again.out());
    assertEquals(first.out(), shortForm.out());
    assertEquals(0, again.exitCode() + shortForm.exitCode());
    assertEquals("", again.stderr() + shortForm.stderr());
    assertEquals(recordingRuns, runs(dir), "served from the recording: no JVM started");
    assertEquals(fakeUsage("v1", 3, "true"), body(dir.resolve("webex-wholesale.usage.ansi")));

    // A new jar (moved into place, as a build or an upgrade does): the next --help has its text.
    Path next = fakeJar(dir.resolve("next"), "version two", 3);
    Files.move(next, dir.resolve("webex-wholesale-cli.jar"), StandardCopyOption.REPLACE_EXISTING);
    Run upgraded = run(launcher, Map.of(), false, "--help");

    assertEquals(fakeUsage("version two", 3, "false"), upgraded.out(), upgraded::toString);
    assertEquals("", upgraded.stderr());
  }

  @Test
  void aMissingDamagedOrForeignRecordingIsRecordedAgainNeverServed(@TempDir Path dir) throws Exception {
    Path launcher = copyLauncherWith(dir, fakeJar(dir, "v1", 3));
    Path usage = dir.resolve("webex-wholesale.usage");
    String expected = fakeUsage("v1", 3, "false");
    assertEquals(expected, run(launcher, Map.of(), false, "--help").out());
    String recorded = Files.readString(usage);

    Map<String, String> damage = new HashMap<>();
    damage.put("missing", null);
    damage.put("empty", "");
    damage.put("half a header", recorded.substring(0, recorded.indexOf('\n') + 5));
    damage.put("no marker", recorded.replace("=usage\n", ""));
    damage.put("another jar", recorded.replaceFirst("webex-wholesale-cli.jar", "other.jar")
        .replace("v1 usage", "stale usage"));
    damage.put("another locale", recorded.replaceFirst("LANG=[^\n]*", "LANG=tr_TR.UTF-8")
        .replace("v1 usage", "stale usage"));
    for (Map.Entry<String, String> d : damage.entrySet()) {
      if (d.getValue() == null) {
        Files.delete(usage);
      } else {
        Files.writeString(usage, d.getValue());
      }
      int before = runs(dir).size();

      Run r = run(launcher, Map.of(), false, "--help");

      assertEquals(expected, r.out(), d.getKey() + ": " + r);
      assertEquals("", r.stderr(), d.getKey());
      assertEquals(0, r.exitCode(), d.getKey());
      assertEquals(before + 2, runs(dir).size(), d.getKey() + ": recorded again, both variants");
      assertEquals(recorded, Files.readString(usage), d.getKey() + ": the recording is whole again");
    }
  }

  @Test
  void aJarWhoseUsageWritesToStderrIsLeftToTheJvm(@TempDir Path dir) throws Exception {
    Path launcher = copyLauncherWith(dir, fakeJar(dir, "v1", 3));

    Run first = run(launcher, Map.of("FAKE_STDERR", "1"), false, "--help");
    Run second = run(launcher, Map.of(), false, "--help");

    assertEquals("a warning\n", first.stderr(), "the JVM's own run, its stderr included");
    assertEquals(fakeUsage("v1", 3, "null"), first.out(), first::toString);
    assertEquals(fakeUsage("v1", 3, "null"), second.out(), "not recordable: the JVM answers");
    assertEquals(List.of("--help", "--help", "--help", "--help"), runs(dir), "2 recordings + 2 JVM runs");
  }

  @Test
  void everythingElseReachesTheJvmWithItsArgumentsAndExitCode(@TempDir Path dir) throws Exception {
    Path launcher = copyLauncherWith(dir, fakeJar(dir, "v1", 3));
    run(launcher, Map.of(), false, "--help"); // recorded
    int recorded = runs(dir).size();

    List<List<String>> invocations = List.of(List.of("--help", "extra"), List.of("-h", "-v"),
        List.of("customers", "--help"), List.of("--help", ""), List.of("--help=x"), List.of(), List.of("-h "),
        List.of("it's \"quoted\"", "*", "two  spaces"));
    for (List<String> args : invocations) {
      Run r = run(launcher, Map.of(), false, args.toArray(String[]::new));

      assertEquals(40 + args.size(), r.exitCode(), args + ": " + r);
      StringBuilder echoed = new StringBuilder();
      args.forEach(a -> echoed.append('[').append(a).append("]\n"));
      assertEquals(echoed.toString(), r.out(), args.toString());
    }
    for (String variable : List.of("WEBEX_WHOLESALE_JAVA_OPTS", "JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS",
        "_JAVA_OPTIONS")) {
      Run r = run(launcher, Map.of(variable, ""), false, "--help");
      assertEquals(0, r.exitCode(), variable);
      assertEquals(fakeUsage("v1", 3, "null"), r.out(), variable + " set: the JVM answers");
    }
    assertEquals(recorded + invocations.size() + 4, runs(dir).size(), "each of them started the JVM");
  }

  @Test
  void onATerminalTheLauncherServesTheVariantTheColourRuleChooses(@TempDir Path dir) throws Exception {
    assumeTrue(utilLinuxScript(), "needs util-linux script for a pty");
    Path launcher = copyLauncherWith(dir, fakeJar(dir, "v1", 2));
    run(launcher, Map.of(), false, "--help");
    int recorded = runs(dir).size();

    String coloured = fakeUsage("v1", 2, "true").replace("\n", "\r\n");
    String plain = fakeUsage("v1", 2, "false").replace("\n", "\r\n");
    assertEquals(coloured, run(launcher, Map.of("TERM", "xterm"), true, "--help").out());
    assertEquals(coloured, run(launcher, Map.of("TERM", "xterm", "NO_COLOR", ""), true, "-h").out());
    assertEquals(plain, run(launcher, Map.of("TERM", "xterm", "NO_COLOR", "1"), true, "--help").out());
    assertEquals(plain, run(launcher, Map.of("TERM", "dumb"), true, "--help").out());
    assertEquals(plain, run(launcher, Map.of(), true, "--help").out(), "no TERM");
    assertEquals(plain.replace("\r\n", "\n"), run(launcher, Map.of("TERM", "xterm"), false, "--help").out(),
        "stdout redirected");
    assertEquals(recorded, runs(dir).size(), "an interactive user gets the recording too: no JVM started");
  }

  @Test
  void concurrentFirstLaunchesNeverPrintHalfARecording(@TempDir Path dir) throws Exception {
    int lines = 20_000; // about 700 KB: many writes, so half a file would show
    Path launcher = copyLauncherWith(dir, fakeJar(dir, "v1", lines));
    String expected = fakeUsage("v1", lines, "false");

    for (int round = 0; round < 2; round++) {
      ExecutorService pool = Executors.newFixedThreadPool(6);
      try {
        List<Future<Run>> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
          runs.add(pool.submit(() -> run(launcher, Map.of(), false, "--help")));
        }
        for (Future<Run> f : runs) {
          Run r = f.get(300, TimeUnit.SECONDS);
          assertEquals(0, r.exitCode(), r::toString);
          assertEquals("", r.stderr());
          assertTrue(expected.equals(r.out()), "round " + round + ": the whole usage, " + r.stdout().length + " bytes");
        }
      } finally {
        pool.shutdownNow();
      }
      // The second round starts on a jar that changed: every launch records or reads whole files.
      Path next = fakeJar(dir.resolve("next" + round), "v1", lines);
      Files.move(next, dir.resolve("webex-wholesale-cli.jar"), StandardCopyOption.REPLACE_EXISTING);
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(), left.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".tmp") || n.endsWith(".err")).toList(), "no temporary file left");
    }
    assertNotEquals(0, runs(dir).size());
  }

  // --- helpers ------------------------------------------------------------------------------

  /** A directory holding the launcher and {@code jar} as webex-wholesale-cli.jar, nothing recorded. */
  private static Path copyLauncherWith(Path dir, Path jar) throws IOException {
    Path target = dir.resolve("webex-wholesale-cli.jar");
    if (!jar.equals(target)) {
      Files.copy(jar, target);
    }
    Path launcher = dir.resolve("webex-wholesale");
    Files.copy(LAUNCHER, launcher);
    return launcher;
  }

  /** What the recording prints: everything after its {@code =usage} line. */
  private static String body(Path recording) throws IOException {
    String all = Files.readString(recording, StandardCharsets.UTF_8);
    int mark = all.indexOf("\n=usage\n");
    assertTrue(mark > 0, recording + " is a usage recording");
    return all.substring(mark + "\n=usage\n".length());
  }

  private static String fakeUsage(String version, int lines, String ansiProperty) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      sb.append(version).append(" usage line ").append(i).append(", picocli.ansi=").append(ansiProperty).append('\n');
    }
    return sb.toString();
  }

  /** The arguments of every JVM the fake jar ran in, one line each. */
  private static List<String> runs(Path dir) throws IOException {
    Path log = dir.resolve("runs.log");
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }

  /**
   * webex-wholesale-cli.jar with a main class that logs its arguments to runs.log next to the
   * jar; prints {@link #fakeUsage} for exactly --help or -h (exit 0), else each argument in
   * brackets (exit 40 + their number); with FAKE_STDERR set, first "a warning" on stderr.
   */
  private static Path fakeJar(Path dir, String version, int lines) throws IOException {
    Files.createDirectories(dir);
    Path src = Files.createTempDirectory(dir, "src");
    Path main = src.resolve("dev/webexwholesale/cli/WholesaleCli.java");
    Files.createDirectories(main.getParent());
    Files.writeString(main, String.join("\n",
        "package dev.webexwholesale.cli;",
        "import java.nio.file.*;",
        "public class WholesaleCli {",
        "  public static void main(String[] args) throws Exception {",
        "    Path jar = Path.of(WholesaleCli.class.getProtectionDomain().getCodeSource().getLocation().toURI());",
        "    Files.writeString(jar.resolveSibling(\"runs.log\"), String.join(\" \", args) + \"\\n\",",
        "        StandardOpenOption.CREATE, StandardOpenOption.APPEND);",
        "    if (System.getenv(\"FAKE_STDERR\") != null) System.err.println(\"a warning\");",
        "    if (args.length == 1 && (args[0].equals(\"--help\") || args[0].equals(\"-h\"))) {",
        "      StringBuilder sb = new StringBuilder();",
        "      for (int i = 0; i < " + lines + "; i++) sb.append(\"" + version + " usage line \").append(i)",
        "          .append(\", picocli.ansi=\").append(System.getProperty(\"picocli.ansi\")).append('\\n');",
        "      System.out.print(sb);",
        "      System.out.flush();",
        "      System.exit(0);",
        "    }",
        "    for (String a : args) System.out.println(\"[\" + a + \"]\");",
        "    System.exit(40 + args.length);",
        "  }",
        "}", ""));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int rc = javac.run(null, diagnostics, diagnostics, "-d", src.toString(), main.toString());
    assertEquals(0, rc, diagnostics::toString);
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.webexwholesale.cli.WholesaleCli");
    Path jar = dir.resolve("webex-wholesale-cli.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
      out.putNextEntry(new JarEntry("dev/webexwholesale/cli/WholesaleCli.class"));
      out.write(Files.readAllBytes(src.resolve("dev/webexwholesale/cli/WholesaleCli.class")));
      out.closeEntry();
    }
    return jar;
  }

  private static boolean utilLinuxScript() {
    try {
      Run r = runCommand(List.of("script", "--version"), Map.of(), false);
      return r.exitCode() == 0 && r.out().contains("util-linux");
    } catch (IOException | InterruptedException | RuntimeException e) {
      return false;
    }
  }

  private static Run run(Path launcher, Map<String, String> env, boolean terminal, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
    command.addAll(List.of(args));
    return runCommand(command, env, terminal);
  }

  /**
   * Runs {@code command} with stdout and stderr to files, or on a pty (stdin and stdout a terminal,
   * stderr a file) through {@code script}; the environment without the variables that change the
   * launcher's choice, plus {@code env}.
   */
  private static Run runCommand(List<String> command, Map<String, String> env, boolean terminal)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    try {
      List<String> full = command;
      if (terminal) {
        StringBuilder line = new StringBuilder();
        for (String c : command) {
          line.append('\'').append(c.replace("'", "'\\''")).append("' ");
        }
        line.append("2>'").append(err).append('\'');
        full = List.of("script", "-qec", line.toString(), "/dev/null");
      }
      ProcessBuilder pb = new ProcessBuilder(full);
      Map<String, String> environment = pb.environment();
      for (String v : List.of("WEBEX_ACCESS_TOKEN", "WEBEX_WHOLESALE_JAVA_OPTS", "JDK_JAVA_OPTIONS",
          "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "NO_COLOR", "TERM", "FAKE_STDERR")) {
        environment.remove(v);
      }
      environment.putAll(env);
      environment.put("JAVA_HOME", System.getProperty("java.home"));
      pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).redirectOutput(out.toFile());
      if (!terminal) {
        pb.redirectError(err.toFile());
      }
      Process p = pb.start();
      if (!p.waitFor(300, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("no end in 300 s: " + String.join(" ", full));
      }
      return new Run(p.exitValue(), Files.readAllBytes(out), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
