package dev.webexwholesale.client.waiter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import dev.webexwholesale.client.retry.Backoff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class WaiterConfigTest {

  @Test
  void defaults() {
    WaiterConfig c = WaiterConfig.defaults();
    assertEquals(new Backoff(Duration.ofSeconds(2), 1.5, Duration.ofSeconds(30), 0.1), c.backoff());
    assertEquals(Duration.ofMinutes(15), c.maxTime());
    assertTrue(c.honorRetryAfter());
    assertEquals(c, WaiterConfig.builder().build());
  }

  @Test
  void toBuilderCopiesEveryField() {
    WaiterConfig c = WaiterConfig.builder().backoff(new Backoff(Duration.ofSeconds(1), 2, Duration.ofSeconds(5), 0.3))
        .maxTime(Duration.ofMinutes(1)).honorRetryAfter(false).build();
    assertEquals(c, c.toBuilder().build());
    assertEquals(c.hashCode(), c.toBuilder().build().hashCode());
    assertNotEquals(c, c.toBuilder().backoff(c.backoff().withJitter(0.2)).build());
    assertFalse(c.toBuilder().build().honorRetryAfter());
  }

  @Test
  void rejectsBadValuesWithTheirName() {
    Backoff b = WaiterConfig.DEFAULT_BACKOFF;
    assertMessage("initial", () -> b.withInitial(Duration.ZERO));
    assertMessage("initial", () -> b.withInitial(Duration.ofSeconds(-1)));
    assertMessage("multiplier", () -> b.withMultiplier(0.9));
    assertMessage("multiplier", () -> b.withMultiplier(Double.NaN));
    assertMessage("multiplier", () -> b.withMultiplier(Double.POSITIVE_INFINITY));
    assertMessage("max", () -> b.withMax(Duration.ZERO));
    assertMessage("jitter", () -> b.withJitter(-0.01));
    assertMessage("jitter", () -> b.withJitter(1.0));
    assertMessage("maxTime", () -> WaiterConfig.builder().maxTime(Duration.ofMillis(-5)));
    assertMessage("max (PT5S) must not be below initial", () -> new Backoff(Duration.ofSeconds(10), 1, Duration.ofSeconds(5), 0));
    assertEquals(Duration.ofSeconds(40), b.withInitial(Duration.ofSeconds(40)).max(), "max follows a longer initial");
    assertThrows(NullPointerException.class, () -> WaiterConfig.builder().backoff(null));
    assertThrows(NullPointerException.class, () -> WaiterConfig.builder().maxTime(null));
  }

  private static void assertMessage(String name, Executable e) {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
    assertTrue(x.getMessage().contains(name), x.getMessage());
  }

  @Test
  void polledRejectsNegativeRetryAfterAndNullResource() {
    assertThrows(IllegalArgumentException.class, () -> PollAnswer.of("x", Duration.ofSeconds(-1)));
    assertThrows(NullPointerException.class, () -> PollAnswer.of(null));
    assertTrue(PollAnswer.gone().isGone());
    assertTrue(PollAnswer.of("x", null).retryAfter().isEmpty());
  }
}
