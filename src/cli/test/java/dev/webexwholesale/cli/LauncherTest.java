package dev.webexwholesale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code mvn package} leaves in target/ (run after package, see the pom's
 * launcher-test execution): it exists next to the jar, and passes every argument (spaces and
 * quotes kept) and the exit code through. Plain {@code sh} and the build's own environment
 * ({@code java} on PATH or JAVA_HOME), as in the package phase that recorded the archive.
 */
class LauncherTest {
  private static final Path TARGET = Path.of(System.getProperty("launcher.dir", "../../target"));
  private static final Path LAUNCHER = TARGET.resolve("webex-wholesale");

  record Run(int exitCode, String stdout, String stderr) {
  }

  @Test
  void packageLeavesBothLaunchersTheArchiveAndTheRecordedUsageNextToTheJar() {
    assertTrue(Files.isRegularFile(TARGET.resolve("webex-wholesale-cli.jar")), TARGET.toString());
    assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " is executable");
    assertTrue(Files.isRegularFile(TARGET.resolve("webex-wholesale.cmd")));
    assertTrue(Files.isRegularFile(TARGET.resolve("webex-wholesale.jsa")), "the start-up archive was recorded");
    for (String usage : List.of("webex-wholesale.usage", "webex-wholesale.usage.ansi")) {
      assertTrue(Files.isRegularFile(TARGET.resolve(usage)), usage + ": the root usage was recorded with it");
    }
  }

  @Test
  void bothLaunchersStartTheJarsMainClass() throws IOException {
    String main;
    try (JarFile jar = new JarFile(TARGET.resolve("webex-wholesale-cli.jar").toFile())) {
      main = jar.getManifest().getMainAttributes().getValue("Main-Class");
    }
    assertEquals(WholesaleCli.class.getName(), main);
    for (String launcher : List.of("webex-wholesale", "webex-wholesale.cmd")) {
      String script = Files.readString(TARGET.resolve(launcher), StandardCharsets.UTF_8);
      assertTrue(script.contains(" " + main + " "), launcher + " runs " + main + " by name (-cp, not -jar)");
    }
  }

  @Test
  void helpExitsZeroWithTheUsageOnStdout() throws Exception {
    Run r = run("--help");

    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.stdout().startsWith("Usage: webex-wholesale "), r::toString);
    assertEquals("", r.stderr(), "no JVM or archive warning: " + r);
  }

  @Test
  void anInvalidCommandExitsTwoAndArgumentsKeepTheirSpacesAndQuotes() throws Exception {
    Run r = run("no such command", "it's \"quoted\"", "*");

    assertEquals(2, r.exitCode(), r::toString);
    assertEquals("", r.stdout(), r::toString);
    assertTrue(r.stderr().contains("'no such command', 'it's \"quoted\"', '*'"), r::toString);
  }

  @Test
  void anApiErrorExitsOne() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // closed again: nothing listens there
    }
    Run r = run("--token", "t", "--base-url", "http://127.0.0.1:" + port + "/v1", "--call-timeout", "1s",
        "customers", "list");

    assertEquals(1, r.exitCode(), r::toString);
    List<String> lines = r.stderr().lines().toList();
    assertTrue(lines.get(lines.size() - 1).startsWith("error: "), r::toString);
  }

  @Test
  void concurrentLaunchesShareOneArchiveRecordedAgainWhenTheJarChanges(@TempDir Path dir) throws Exception {
    Path launcher = copyLauncher(dir);
    Path archive = dir.resolve("webex-wholesale.jsa");
    Path stamp = dir.resolve("webex-wholesale.jsa.stamp");

    // No archive yet: two launches at once both record one; each renames a whole file into place.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Run>> runs = List.of(pool.submit(() -> run(launcher, "--version")),
          pool.submit(() -> run(launcher, "--version")));
      for (Future<Run> f : runs) {
        Run r = f.get(300, TimeUnit.SECONDS);
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().startsWith("webex-wholesale "), r::toString);
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(Files.size(archive) > 0 && Files.isRegularFile(stamp));
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(), left.filter(p -> p.toString().endsWith(".tmp") || p.toString().contains(".tmp."))
          .toList(), "no temporary file is left behind");
    }
    String recorded = Files.readString(stamp);

    // A rebuilt jar (another time) makes the archive stale: the next launch records it again.
    Path jar = dir.resolve("webex-wholesale-cli.jar");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 3_600_000));
    FileTime before = Files.getLastModifiedTime(archive);
    Run again = run(launcher, "--help");

    assertEquals(0, again.exitCode(), again::toString);
    assertEquals("", again.stderr(), again::toString);
    assertNotEquals(recorded, Files.readString(stamp), "the stamp follows the jar");
    assertNotEquals(before, Files.getLastModifiedTime(archive), "a new archive");
  }

  @Test
  void anArchiveTheJvmRefusesIsRecordedAgainByTheNextLaunch(@TempDir Path dir) throws Exception {
    Path launcher = copyLauncher(dir);
    Path archive = dir.resolve("webex-wholesale.jsa");
    Path stamp = dir.resolve("webex-wholesale.jsa.stamp");
    assertEquals(0, run(launcher, "--version").exitCode());
    String recorded = Files.readString(stamp);
    FileTime before = Files.getLastModifiedTime(archive);

    // The jar replaced by an older file: its date says nothing, so the launcher starts the JVM
    // with the archive; the JVM refuses it and the CLI, which still answers, deletes the stamp.
    Path jar = dir.resolve("webex-wholesale-cli.jar");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() - 3_600_000));
    Run refused = run(launcher, "--version");
    assertEquals(0, refused.exitCode(), refused::toString);
    assertEquals("", refused.stderr(), refused::toString);
    assertTrue(refused.stdout().startsWith("webex-wholesale "), refused::toString);
    assertTrue(Files.notExists(stamp), "the refused archive's stamp is gone");

    Run next = run(launcher, "--version");
    assertEquals(0, next.exitCode(), next::toString);
    assertNotEquals(recorded, Files.readString(stamp), "recorded again for this jar");
    assertNotEquals(before, Files.getLastModifiedTime(archive), "a new archive");

    // An archive the JVM accepts keeps its stamp: calls then start no process before java.
    String stamped = Files.readString(stamp);
    assertEquals(0, run(launcher, "--version").exitCode());
    assertEquals(stamped, Files.readString(stamp));
  }

  /** The packaged jar and launcher copied into {@code dir}, with no archive yet; the launcher's path. */
  private static Path copyLauncher(Path dir) throws IOException {
    Files.copy(TARGET.resolve("webex-wholesale-cli.jar"), dir.resolve("webex-wholesale-cli.jar"));
    return Files.copy(LAUNCHER, dir.resolve("webex-wholesale"));
  }

  private static Run run(String... args) throws IOException, InterruptedException {
    return run(LAUNCHER, args);
  }

  private static Run run(Path launcher, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("WEBEX_ACCESS_TOKEN");
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    try {
      Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(300, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("the launcher did not finish in 300 s: " + String.join(" ", command));
      }
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
