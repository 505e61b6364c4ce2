package dev.webexwholesale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {
  @Test
  void shortFormsAndIso() {
    assertEquals(Duration.ofMillis(500), DurationConverter.parse("500ms"));
    assertEquals(Duration.ofSeconds(30), DurationConverter.parse("30s"));
    assertEquals(Duration.ofMinutes(10), DurationConverter.parse("10m"));
    assertEquals(Duration.ofHours(2), DurationConverter.parse("2h"));
    assertEquals(Duration.ofSeconds(30), DurationConverter.parse("PT30S"));
    assertEquals(Duration.ofSeconds(90), DurationConverter.parse("pt1m30s"));
  }

  @Test
  void rejectsGarbageZeroAndNegative() {
    for (String bad : new String[] {"", "10", "ten s", "5d", "0s", "PT0S", "-PT1S", "1.5s"}) {
      assertThrows(TypeConversionException.class, () -> DurationConverter.parse(bad), bad);
    }
  }

  @Test
  void formatsCompactly() {
    assertEquals("0.5s", DurationConverter.format(Duration.ofMillis(500)));
    assertEquals("2m30s", DurationConverter.format(Duration.ofSeconds(150)));
    assertEquals("1h0m5s", DurationConverter.format(Duration.ofSeconds(3605)));
  }
}
