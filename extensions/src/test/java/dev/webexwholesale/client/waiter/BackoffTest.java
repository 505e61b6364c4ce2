package dev.webexwholesale.client.waiter;

import dev.webexwholesale.testing.FakeTime;
import static dev.webexwholesale.client.waiter.Fixtures.customer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.model.Customer;
import dev.webexwholesale.client.retry.Backoff;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final FakeTime time = new FakeTime();

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }

  private Waiter<Customer> waiter(WaiterConfig config, DoubleSupplier random) {
    return Waiter.builder(CustomerAcceptors.view(), CustomerAcceptors.provisioned())
        .config(config).time(time).random(random).build();
  }

  /** Provisioning for {@code transientPolls} polls, then provisioned. */
  private static Script<Customer> provisionedAfter(int transientPolls) {
    Script<Customer> s = Script.of();
    for (int i = 0; i < transientPolls; i++) {
      s.then(customer("provisioning"));
    }
    return s.then(customer("provisioned"));
  }

  @Test
  void defaultSequenceGrowsByOneAndAHalfUpToTheCap() {
    WaiterConfig config = WaiterConfig.builder().backoff(WaiterConfig.DEFAULT_BACKOFF.withJitter(0)).build();
    waiter(config, () -> 0.3).await(provisionedAfter(10));
    assertEquals(List.of(ms(2000), ms(3000), ms(4500), ms(6750), ms(10125), Duration.ofNanos(15_187_500_000L),
        Duration.ofNanos(22_781_250_000L), ms(30000), ms(30000), ms(30000)), time.sleeps());
  }

  @Test
  void exactDelaysWithFixedFactorAndCap() {
    WaiterConfig config = WaiterConfig.builder().backoff(new Backoff(ms(500), 3, Duration.ofSeconds(10), 0)).build();
    waiter(config, () -> 0.9).await(provisionedAfter(5));
    assertEquals(List.of(ms(500), ms(1500), ms(4500), ms(10000), ms(10000)), time.sleeps());
  }

  @Test
  void factorOneGivesAFixedInterval() {
    WaiterConfig config = WaiterConfig.builder().backoff(Backoff.fixed(ms(750))).build();
    waiter(config, () -> 0.1).await(provisionedAfter(3));
    assertEquals(List.of(ms(750), ms(750), ms(750)), time.sleeps());
  }

  @Test
  void jitterExtremesSpreadByTheConfiguredFraction() {
    WaiterConfig config = WaiterConfig.builder()
        .backoff(new Backoff(Duration.ofSeconds(10), 1, Duration.ofSeconds(30), 0.2)).build();
    waiter(config, () -> 0.0).await(provisionedAfter(1));
    waiter(config, () -> 1.0).await(provisionedAfter(1));
    assertEquals(List.of(Duration.ofSeconds(8), Duration.ofSeconds(12)), time.sleeps());
  }

  @Test
  void jitteredDelaysStayWithinBoundsAndNeverPassTheCap() {
    WaiterConfig config = WaiterConfig.builder()
        .backoff(new Backoff(Duration.ofSeconds(2), 2, Duration.ofSeconds(20), 0.1)).build();
    waiter(config, new Random(42)::nextDouble).await(provisionedAfter(12));

    assertEquals(12, time.sleeps().size());
    for (int i = 0; i < time.sleeps().size(); i++) {
      double base = Math.min(2000 * Math.pow(2, i), 20000);
      double actual = time.sleeps().get(i).toNanos() / 1e6;
      assertTrue(actual >= base * 0.9 - 1e-6 && actual <= Math.min(base * 1.1, 20000) + 1e-6,
          "delay " + i + " = " + actual + " ms, base " + base);
    }
    assertTrue(new HashSet<>(time.sleeps().subList(5, 12)).size() > 1, "capped delays still vary: " + time.sleeps());
  }

  @Test
  void sameSeedSameDelays() {
    WaiterConfig config = WaiterConfig.defaults();
    waiter(config, new Random(7)::nextDouble).await(provisionedAfter(6));
    List<Duration> first = List.copyOf(time.sleeps());
    time.clearSleeps();
    waiter(config, new Random(7)::nextDouble).await(provisionedAfter(6));
    assertEquals(first, time.sleeps());
  }

  @Test
  void longerRetryAfterWinsShorterOneDoesNot() {
    Script<Customer> script = Script.<Customer>of()
        .then(PollAnswer.of(customer("provisioning"), Duration.ofSeconds(7)))
        .then(PollAnswer.of(customer("provisioning"), Duration.ofSeconds(1)))
        .then(customer("provisioned"));
    waiter(Fixtures.EXACT, () -> 0.5).await(script);
    assertEquals(List.of(Duration.ofSeconds(7), Duration.ofSeconds(4)), time.sleeps());
  }

  @Test
  void retryAfterIgnoredWhenNotHonoured() {
    WaiterConfig config = Fixtures.EXACT.toBuilder().honorRetryAfter(false).build();
    Script<Customer> script = Script.<Customer>of()
        .then(PollAnswer.of(customer("provisioning"), Duration.ofSeconds(7)))
        .then(customer("provisioned"));
    waiter(config, () -> 0.5).await(script);
    assertEquals(List.of(Duration.ofSeconds(2)), time.sleeps());
  }

  @Test
  void retryAfterPastTheDeadlineTimesOutAtOnce() {
    WaiterConfig config = Fixtures.EXACT.toBuilder().maxTime(Duration.ofSeconds(30)).build();
    WaitOutcome<Customer> outcome = waiter(config, () -> 0.5).await(
        Script.<Customer>of().then(PollAnswer.of(customer("provisioning"), Duration.ofSeconds(31))));
    assertEquals(WaitOutcome.Kind.TIMED_OUT, outcome.kind());
    assertEquals(1, outcome.attempts());
    assertTrue(time.sleeps().isEmpty());

    WaiterConfig ignoring = config.toBuilder().honorRetryAfter(false).build();
    WaitOutcome<Customer> ignored = waiter(ignoring, () -> 0.5).await(
        Script.<Customer>of().then(PollAnswer.of(customer("provisioning"), Duration.ofSeconds(31))));
    assertEquals(Duration.ofSeconds(30), ignored.elapsed());
    assertTrue(ignored.attempts() > 1);
  }
}
