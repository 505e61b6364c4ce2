package dev.webexwholesale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.testing.FakeTime;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Help.Ansi;

/**
 * The colour rule the launcher mirrors in sh: colour iff stdin and stdout are terminals,
 * NO_COLOR is unset or empty and TERM is set and not dumb; and the usage follows it.
 */
class UsageColourTest {
  private static final String ESC = "\u001b[";

  @Test
  void colourOnlyOnTerminalsWithoutNoColorAndWithATermThatIsNotDumb() {
    Map<String, String> xterm = Map.of("TERM", "xterm-256color");
    assertEquals(Ansi.ON, UsageColour.decide(xterm, true));
    assertEquals(Ansi.OFF, UsageColour.decide(xterm, false), "stdin or stdout redirected");
    assertEquals(Ansi.OFF, UsageColour.decide(Map.of("TERM", "xterm", "NO_COLOR", "1"), true));
    assertEquals(Ansi.ON, UsageColour.decide(Map.of("TERM", "xterm", "NO_COLOR", ""), true),
        "no-color.org: an empty NO_COLOR does not count");
    assertEquals(Ansi.OFF, UsageColour.decide(Map.of("TERM", "dumb"), true));
    assertEquals(Ansi.OFF, UsageColour.decide(Map.of("TERM", ""), true));
    assertEquals(Ansi.OFF, UsageColour.decide(Map.of(), true), "no TERM (cmd.exe)");
    Map<String, String> forced = new HashMap<>(Map.of("TERM", "xterm", "CLICOLOR_FORCE", "1", "CLICOLOR", "1"));
    assertEquals(Ansi.OFF, UsageColour.decide(forced, false), "picocli's other hints are not part of the rule");
  }

  @Test
  void theRootUsageIsColouredExactlyWhenTheContextSaysSo() {
    StringWriter off = new StringWriter();
    StringWriter on = new StringWriter();
    StringWriter fullOn = new StringWriter();

    assertEquals(0, WholesaleCli.run(context(off).withAnsi(Ansi.OFF), "--help"));
    assertEquals(0, WholesaleCli.run(context(on).withAnsi(Ansi.ON), "--help"));
    CommandTree.full(new RootCommand(context(new StringWriter()).withAnsi(Ansi.ON))).usage(new PrintWriter(fullOn));

    assertFalse(off.toString().contains(ESC), off::toString);
    assertTrue(on.toString().contains(ESC + "1mcustomers" + ESC + "21m" + ESC + "0m"),
        "the listed commands are coloured too: " + on);
    assertEquals(fullOn.toString(), on.toString(), "listed or built, the same coloured usage");
    assertEquals(off.toString(), Ansi.OFF.new Text(on.toString()).plainString().replaceAll("\u001b\\[[0-9;]*m", ""),
        "the same text without the escapes");
  }

  private static CliContext context(StringWriter out) {
    return new CliContext(new PrintWriter(out), new PrintWriter(new StringWriter()),
        new ByteArrayInputStream(new byte[0]), Map.of(), new FakeTime(), false, (b, s) -> null, () -> { });
  }
}
