package dev.webexwholesale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StderrTerminalTest {
  @TempDir
  Path dir;

  private Path linkTo(String target) throws Exception {
    Path link = dir.resolve("fd2");
    Files.createSymbolicLink(link, Path.of(target));
    return link;
  }

  @Test
  void aPseudoTerminalOrTtyIsATerminal() throws Exception {
    assertTrue(StderrTerminal.isTerminal(linkTo("/dev/pts/3"), false));
    Files.delete(dir.resolve("fd2"));
    assertTrue(StderrTerminal.isTerminal(linkTo("/dev/tty1"), false));
  }

  @Test
  void aPipeOrAFileIsNotEvenWhenStdoutIsATerminal() throws Exception {
    assertFalse(StderrTerminal.isTerminal(linkTo("pipe:[81723]"), true));
    Files.delete(dir.resolve("fd2"));
    assertFalse(StderrTerminal.isTerminal(linkTo("/tmp/cli.log"), true));
  }

  @Test
  void withoutADescriptorToReadTheFallbackDecides() {
    Path missing = dir.resolve("no-such-fd");
    assertTrue(StderrTerminal.isTerminal(missing, true));
    assertFalse(StderrTerminal.isTerminal(missing, false));
  }

  @Test
  void theWidthComesFromColumnsWhenExported() {
    assertEquals(132, StderrTerminal.columns(java.util.Map.of("COLUMNS", "132")));
    int fallback = StderrTerminal.columns(java.util.Map.of("COLUMNS", "wide"));
    assertTrue(fallback >= 1, "stty size or 80: " + fallback);
  }
}
