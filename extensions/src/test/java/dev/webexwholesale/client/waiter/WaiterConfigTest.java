package dev.webexwholesale.client.waiter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class WaiterConfigTest {

  @Test
  void defaults() {
    WaiterConfig c = WaiterConfig.defaults();
    assertEquals(Duration.ofSeconds(2), c.initialInterval());
    assertEquals(1.5, c.backoffFactor());
    assertEquals(Duration.ofSeconds(30), c.maxInterval());
    assertEquals(0.1, c.jitter());
    assertEquals(Duration.ofMinutes(15), c.maxTime());
    assertTrue(c.honorRetryAfter());
    assertEquals(c, WaiterConfig.builder().build());
  }

  @Test
  void toBuilderCopiesEveryField() {
    WaiterConfig c = WaiterConfig.builder().initialInterval(Duration.ofSeconds(1)).backoffFactor(2)
        .maxInterval(Duration.ofSeconds(5)).jitter(0.3).maxTime(Duration.ofMinutes(1)).honorRetryAfter(false).build();
    assertEquals(c, c.toBuilder().build());
    assertEquals(c.hashCode(), c.toBuilder().build().hashCode());
    assertNotEquals(c, c.toBuilder().jitter(0.2).build());
    assertFalse(c.toBuilder().build().honorRetryAfter());
  }

  @Test
  void rejectsBadValuesWithTheirName() {
    assertMessage("initialInterval", () -> WaiterConfig.builder().initialInterval(Duration.ZERO));
    assertMessage("initialInterval", () -> WaiterConfig.builder().initialInterval(Duration.ofSeconds(-1)));
    assertMessage("backoffFactor", () -> WaiterConfig.builder().backoffFactor(0.9));
    assertMessage("backoffFactor", () -> WaiterConfig.builder().backoffFactor(Double.NaN));
    assertMessage("backoffFactor", () -> WaiterConfig.builder().backoffFactor(Double.POSITIVE_INFINITY));
    assertMessage("maxInterval", () -> WaiterConfig.builder().maxInterval(Duration.ZERO));
    assertMessage("jitter", () -> WaiterConfig.builder().jitter(-0.01));
    assertMessage("jitter", () -> WaiterConfig.builder().jitter(1.0));
    assertMessage("maxTime", () -> WaiterConfig.builder().maxTime(Duration.ofMillis(-5)));
    assertMessage("maxInterval", () -> WaiterConfig.builder()
        .initialInterval(Duration.ofSeconds(10)).maxInterval(Duration.ofSeconds(5)).build());
    assertThrows(NullPointerException.class, () -> WaiterConfig.builder().maxTime(null));
  }

  private static void assertMessage(String name, Executable e) {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
    assertTrue(x.getMessage().contains(name), x.getMessage());
  }

  @Test
  void polledRejectsNegativeRetryAfterAndNullResource() {
    assertThrows(IllegalArgumentException.class, () -> Polled.of("x", Duration.ofSeconds(-1)));
    assertThrows(NullPointerException.class, () -> Polled.of(null));
    assertTrue(Polled.gone().isGone());
    assertTrue(Polled.of("x", null).retryAfter().isEmpty());
  }
}
