package dev.webexwholesale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.testing.FakeTime;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The built-in converters the CLI has picocli skip ({@link WholesaleCli#UNUSED_CONVERTERS}). */
class ConvertersTest {
  @Test
  void noOptionOrParameterOfAnyCommandNeedsASkippedConverter() {
    CliContext ctx = new CliContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        new ByteArrayInputStream(new byte[0]), Map.of(), new FakeTime(), false, (b, s) -> null, () -> { });
    Pattern skipped = Pattern.compile(WholesaleCli.UNUSED_CONVERTERS);
    List<String> needing = new ArrayList<>();
    int args = 0;
    Deque<CommandLine> todo = new ArrayDeque<>(List.of(CommandTree.full(new RootCommand(ctx))));
    while (!todo.isEmpty()) {
      CommandLine line = todo.pop();
      todo.addAll(line.getSubcommands().values());
      CommandSpec spec = line.getCommandSpec();
      for (ArgSpec arg : spec.args()) {
        args++;
        if (arg.converters().length > 0) {
          continue; // its own converter
        }
        List<Class<?>> types = new ArrayList<>(List.of(arg.type()));
        types.addAll(List.of(arg.auxiliaryTypes()));
        for (Class<?> type : types) {
          if (skipped.matcher(type.getName()).matches()) {
            needing.add(spec.qualifiedName() + " " + arg + ": " + type.getName());
          }
        }
      }
    }
    assertTrue(args > 100, "the whole tree was walked: " + args);
    assertEquals(List.of(), needing);
  }

  /** A command with an option of a skipped type and no converter of its own. */
  static final class WithDuration {
    @CommandLine.Option(names = "--wait")
    Duration wait;
  }

  @Test
  void theSkippedConvertersAreTheOnesPicocliThenLacks() {
    String before = System.getProperty("picocli.converters.excludes");
    System.clearProperty("picocli.converters.excludes");
    try {
      WithDuration plain = new WithDuration();
      new CommandLine(plain).parseArgs("--wait", "PT2S");
      assertEquals(Duration.ofSeconds(2), plain.wait, "picocli converts it by default");

      WholesaleCli.skipUnusedConverters();
      CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class,
          () -> new CommandLine(new WithDuration()).parseArgs("--wait", "PT2S"));
      assertTrue(e.getMessage().contains("Duration"), e.getMessage());

      System.setProperty("picocli.converters.excludes", "a\\.user\\.Choice");
      WholesaleCli.skipUnusedConverters(); // a value set by the user is theirs
      assertEquals("a\\.user\\.Choice", System.getProperty("picocli.converters.excludes"));
    } finally {
      if (before == null) {
        System.clearProperty("picocli.converters.excludes");
      } else {
        System.setProperty("picocli.converters.excludes", before);
      }
    }
  }
}
