package dev.webexwholesale.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.CustomerListParams;
import dev.webexwholesale.client.ProvisioningAccepted;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.errors.ConflictException;
import dev.webexwholesale.client.errors.LockedException;
import dev.webexwholesale.client.errors.NotFoundException;
import dev.webexwholesale.client.errors.ServiceUnavailableException;
import dev.webexwholesale.client.errors.TransportException;
import dev.webexwholesale.client.errors.UnauthorizedException;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerStatus;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.sandbox.Operation;
import dev.webexwholesale.sandbox.SandboxFault;
import dev.webexwholesale.sandbox.WebexErrors;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import dev.webexwholesale.sandbox.WholesaleSandboxExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.webexwholesale.testing.FakeTime;

/**
 * Auth failures, rate limits, 5xx bursts and lost answers against the sandbox: what the client
 * retries (and sleeps for, on fake time), what it never replays, and what it reports.
 */
class ResilienceE2eTest extends SandboxClientTestBase {
  private static final FakeTime TIME = new FakeTime();

  @RegisterExtension
  static final WholesaleSandboxExtension SANDBOX = WholesaleSandboxExtension.create(
      b -> b.provisioningPolls(1).acceptedTokens(E2e.TOKEN).clock(TIME));

  @Override
  WholesaleSandboxExtension sandboxExtension() {
    return SANDBOX;
  }

  @Override
  FakeTime time() {
    return TIME;
  }

  @Test
  void wrongTokenIsUnauthorizedOnceAndNeverShown() {
    String wrong = "wrong-token-0xDEADBEEF";
    try (WholesaleClient intruder = E2e.clientFor(sandbox, TIME).accessToken(wrong).build()) {
      UnauthorizedException e = assertThrows(UnauthorizedException.class, () -> intruder.customers().list().stream().count());
      assertEquals(401, e.statusCode());
      assertEquals(List.of(WebexErrors.INVALID_ACCESS_TOKEN), e.errorCodes(), "the sandbox names a code even where Webex may not");
      assertTrue(e.trackingId().startsWith("SANDBOX_"), e.trackingId());
      assertFalse(e.isRetryable());
      assertFalse(e.getMessage().contains(wrong), e.getMessage());
      assertFalse(e.toString().contains(wrong), e.toString());
      assertFalse(intruder.toString().contains(wrong));
    }
    assertEquals(1, sandbox.stats().totalRequests(), "a 401 is not retried");
  }

  @Test
  void rateLimitIsWaitedOutOnFakeTimeAndEveryCallSucceeds() {
    try (WholesaleSandbox limited = WholesaleSandbox.builder().rateLimit(1, 2).clock(TIME).build().start();
        WholesaleClient c = E2e.clientFor(limited, TIME).build()) {
      int sleeps = TIME.sleepCount();
      for (int i = 0; i < 6; i++) {
        assertEquals(List.of(), c.customers().listPage(CustomerListParams.none()).items());
      }
      // Burst of 2, then one token a second: every later call is refused once (Retry-After: 1)
      // and succeeds after the client's (fake) one-second sleep.
      assertEquals(4, limited.stats().rateLimited());
      assertEquals(10, limited.stats().totalRequests());
      assertRetryAfterWaits(4, Duration.ofSeconds(1), TIME.sleepsSince(sleeps));

      // A POST refused with 429 was not processed, so the client replays it: one customer.
      String id = c.customers().provision(E2e.customer("limited-1")).id();
      assertEquals(2, limited.stats().requests(Operation.PROVISION_CUSTOMER));
      assertEquals(1, limited.customerCount());
      assertEquals(5, limited.stats().rateLimited());
      assertEquals("limited-1", c.customers().get(id).getExternalId());
    }
  }

  @Test
  void injected429OnAPostIsReplayedAfterItsRetryAfter() {
    String customerId = sandbox.createProvisionedCustomer("r429");
    sandbox.injectFault("POST", "/wholesale/subscribers", 1, SandboxFault.status(429, 7));
    int sleeps = TIME.sleepCount();

    Subscriber created = client.subscribers().provision(E2e.subscriber(customerId, "late@r429.example.com"));

    assertEquals(customerId, created.getCustomerId());
    assertRetryAfterWaits(1, Duration.ofSeconds(7), TIME.sleepsSince(sleeps));
    assertEquals(2, sandbox.stats().requests(Operation.PROVISION_SUBSCRIBER));
    assertEquals(1, sandbox.stats().subscriberProvisionsAccepted());
    assertEquals(1, sandbox.stats().rateLimited());
  }

  @Test
  void a503BurstOnGetIsAbsorbedByBackoffRetries() {
    String customerId = sandbox.createProvisionedCustomer("burst");
    sandbox.injectFault("GET", "/wholesale/customers/" + customerId, 3, SandboxFault.status(503));
    int sleeps = TIME.sleepCount();

    assertEquals(CustomerStatus.PROVISIONED, client.customers().get(customerId).getStatus());

    assertEquals(4, sandbox.stats().requests(Operation.GET_CUSTOMER));
    assertEquals(3, sandbox.stats().faultsInjected());
    List<Duration> waits = TIME.sleepsSince(sleeps);
    assertEquals(3, waits.size(), waits.toString());
    for (int retry = 0; retry < 3; retry++) {
      long base = 1000L << retry; // 1 s doubling, ±20 % jitter (RetryPolicy.defaults())
      long millis = waits.get(retry).toMillis();
      assertTrue(millis >= base * 0.8 - 1 && millis <= base * 1.2 + 1, "retry " + (retry + 1) + " waited " + millis);
    }
  }

  @Test
  void a503BurstLongerThanTheRetryBudgetEndsInTheTypedException() {
    String customerId = sandbox.createProvisionedCustomer("long-burst");
    sandbox.injectFault("GET", "/wholesale/customers/", 10, SandboxFault.status(503));

    ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
        () -> client.customers().get(customerId));
    assertEquals(503, e.statusCode());
    assertTrue(e.trackingId().startsWith("SANDBOX_"), e.trackingId());
    assertTrue(e.isRetryable());
    assertEquals(client.retryPolicy().maxAttempts(), sandbox.stats().requests(Operation.GET_CUSTOMER));
  }

  @Test
  void aWaitOutlastsABurstOfFailedPolls() {
    String customerId = client.customers().provision(E2e.customer("patient")).id();
    int failures = client.retryPolicy().maxAttempts() + 2;
    sandbox.injectFault("GET", "/wholesale/customers/", failures, SandboxFault.status(503));

    WaitOutcome<Customer> outcome = client.customers().awaitProvisioned(customerId);

    assertTrue(outcome.isSuccess(), outcome.describe());
    // Each poll is one request (the waiter, not the retry layer, decides about a 503): the
    // failed polls, then one that still sees provisioning, then the outcome.
    assertEquals(failures + 2, outcome.attempts());
    assertEquals(failures + 2, sandbox.stats().requests(Operation.GET_CUSTOMER));
  }

  @Test
  void a503OnAPostIsNotRetried() {
    String customerId = sandbox.createProvisionedCustomer("no-replay");
    sandbox.injectFault("POST", "/wholesale/subscribers", 1, SandboxFault.status(503));
    int sleeps = TIME.sleepCount();

    ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
        () -> client.subscribers().provision(E2e.subscriber(customerId, "once@no-replay.example.com")));

    assertEquals(503, e.statusCode());
    assertEquals("POST", e.method());
    assertFalse(e.isRetryable(), "a POST that got 5xx may have been processed");
    assertEquals(1, sandbox.stats().requests(Operation.PROVISION_SUBSCRIBER));
    assertEquals(0, sandbox.provisionsAccepted(customerId, "once@no-replay.example.com"));
    assertEquals(sleeps, TIME.sleepCount(), "no backoff either");
  }

  @Test
  void aPostWhoseAnswerIsLostIsNotReplayedSoNothingIsProvisionedTwice() {
    String customerId = sandbox.createProvisionedCustomer("lost");
    String email = "lost@answer.example.com";
    sandbox.injectFault("POST", "/wholesale/subscribers", 1, SandboxFault.status(503).afterHandling());

    assertThrows(ServiceUnavailableException.class, () -> client.subscribers().provision(E2e.subscriber(customerId, email)));

    assertEquals(1, sandbox.stats().requests(Operation.PROVISION_SUBSCRIBER));
    assertEquals(1, sandbox.provisionsAccepted(customerId, email), "processed once, never twice");
    // The caller's own retry is refused: the subscriber exists.
    ConflictException conflict = assertThrows(ConflictException.class,
        () -> client.subscribers().provision(E2e.subscriber(customerId, email)));
    assertEquals(List.of(4092L), conflict.errorCodes());
    assertEquals(1, sandbox.subscriberCount());
  }

  @Test
  void aConnectionResetAfterACustomerPostIsNotReplayed() {
    sandbox.injectFault("POST", "/wholesale/customers", 1, SandboxFault.connectionReset().afterHandling());

    TransportException e = assertThrows(TransportException.class,
        () -> client.customers().provision(E2e.customer("reset-1")));

    assertTrue(e.mayHaveReachedServer());
    assertEquals("POST", e.method());
    assertEquals(1, sandbox.stats().requests(Operation.PROVISION_CUSTOMER));
    assertEquals(1, sandbox.customerCount(), "one customer, not two");
  }

  @Test
  void removingABusyCustomerIsRetriedOn423ThenReportedAsLocked() {
    String customerId = client.customers().provision(E2e.customer("busy-1")).id();
    int sleeps = TIME.sleepCount();

    // Still provisioning (the sandbox moves on with polls, not time): every attempt gets 423.
    LockedException locked = assertThrows(LockedException.class, () -> client.customers().remove(customerId));

    assertEquals(423, locked.statusCode());
    assertEquals(List.of(4011L), locked.errorCodes());
    assertEquals(Duration.ofSeconds(1), locked.retryAfter().orElseThrow());
    int attempts = client.retryPolicy().maxAttempts();
    assertEquals(attempts, sandbox.stats().requests(Operation.REMOVE_CUSTOMER), "423 is replayed, even for writes");
    assertRetryAfterWaits(attempts - 1, Duration.ofSeconds(1), TIME.sleepsSince(sleeps));

    client.customers().awaitProvisioned(customerId).orThrow();
    assertTrue(client.customers().removeAndWait(customerId, null, null).isGone());
  }

  @Test
  void trackingIdOfAViewIsEchoedInAnswersAndErrors() {
    String customerId = sandbox.createProvisionedCustomer("tracked");
    WholesaleClient job = client.withTrackingId("E2E-JOB-42");

    NotFoundException missing = assertThrows(NotFoundException.class, () -> job.subscribers().get("no-such-subscriber"));
    assertEquals("E2E-JOB-42", missing.trackingId());
    assertEquals(List.of(4009L), missing.errorCodes());
    assertTrue(missing.getMessage().contains("E2E-JOB-42"), missing.getMessage());

    job.subscribers().provision(E2e.subscriber(customerId, "dup@tracked.example.com"));
    ConflictException conflict = assertThrows(ConflictException.class,
        () -> job.subscribers().provision(E2e.subscriber(customerId, "dup@tracked.example.com")));
    assertEquals("E2E-JOB-42", conflict.trackingId());

    ProvisioningAccepted accepted = job.customers().provision(E2e.customer("tracked-2"));
    assertEquals("E2E-JOB-42", accepted.trackingId());

    // The view does not change its parent.
    NotFoundException untracked = assertThrows(NotFoundException.class, () -> client.subscribers().get("no-such"));
    assertTrue(untracked.trackingId().startsWith("SANDBOX_"), untracked.trackingId());
  }

  /**
   * Each wait honours the server's Retry-After: never shorter, and at most the default
   * policy's 20 % jitter longer (the jitter spreads callers refused together).
   */
  private static void assertRetryAfterWaits(int count, Duration retryAfter, List<Duration> waits) {
    assertEquals(count, waits.size(), "waits " + waits);
    for (Duration w : waits) {
      assertTrue(w.compareTo(retryAfter) >= 0 && w.toMillis() <= retryAfter.toMillis() * 1.2 + 1,
          "waited " + w + " for Retry-After " + retryAfter);
    }
  }
}
