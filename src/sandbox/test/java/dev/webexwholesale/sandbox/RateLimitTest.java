package dev.webexwholesale.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import dev.webexwholesale.testing.FakeTime;

class RateLimitTest {
  @Test
  void tokenBucketAnswers429WithRetryAfterAndRefillsWithTheClock() {
    FakeTime clock = new FakeTime(Instant.parse("2026-01-01T00:00:00Z"));
    try (WholesaleSandbox sandbox = WholesaleSandbox.builder().rateLimit(2, 3).clock(clock).build().start()) {
      SandboxHttp http = new SandboxHttp(sandbox.baseUrl());
      for (int i = 0; i < 3; i++) {
        assertEquals(200, http.get("/wholesale/customers").status(), "burst of 3");
      }
      SandboxHttp.Exchange limited = http.get("/wholesale/customers");
      assertEquals(429, limited.status());
      assertEquals("1", limited.header("Retry-After"));
      assertEquals(limited.header("trackingid"), limited.error().getTrackingId());
      assertEquals(429, http.post("/wholesale/subscribers", "{}").status(), "every operation shares the bucket");

      clock.advance(Duration.ofMillis(500));
      assertEquals(200, http.get("/wholesale/customers").status(), "2/s refills one token in 500 ms");
      assertEquals(429, http.get("/wholesale/customers").status());

      assertEquals(3, sandbox.stats().rateLimited());
      assertEquals(7, sandbox.stats().totalRequests());
      assertEquals(0, sandbox.stats().subscriberProvisionsAccepted());
    }
  }

  @Test
  void retryAfterCoversTheWholeWaitAtLowRates() {
    FakeTime clock = new FakeTime(Instant.parse("2026-01-01T00:00:00Z"));
    RateLimiter limiter = new RateLimiter(1, 1, clock);
    assertEquals(0, limiter.acquire());
    assertEquals(1, limiter.acquire());
    clock.advance(Duration.ofMillis(999));
    assertEquals(1, limiter.acquire());
    clock.advance(Duration.ofMillis(1));
    assertEquals(0, limiter.acquire());
  }
}
