package dev.webexwholesale.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultInjectionTest {
  @RegisterExtension
  static WholesaleSandboxExtension sandbox = WholesaleSandboxExtension.create(b -> b.provisioningPolls(0));

  @Test
  void connectionResetSurfacesAsIOExceptionAndChangesNothing() {
    String customerId = sandbox.get().createProvisionedCustomer("reset");
    sandbox.get().injectFault("POST", "/wholesale/subscribers", 1, SandboxFault.connectionReset());
    SandboxHttp http = new SandboxHttp(sandbox.get().baseUrl());
    UncheckedIOException failure = assertThrows(UncheckedIOException.class,
        () -> http.post("/wholesale/subscribers", SandboxHttp.subscriberBody(customerId, "r@x.com")));
    assertInstanceOf(IOException.class, failure.getCause());
    assertEquals(0, sandbox.get().subscriberCount());
    assertEquals(200, http.post("/wholesale/subscribers", SandboxHttp.subscriberBody(customerId, "r@x.com")).status(),
        "the rule was used up");
    assertEquals(1, sandbox.get().stats().faultsInjected());
  }

  @Test
  void emptyReplyAndMalformedChunkAreIOExceptions() {
    sandbox.get().injectFault("GET", "/wholesale/customers", 1, SandboxFault.emptyReply())
        .injectFault("GET", "/wholesale/customers", 1, SandboxFault.malformedChunk());
    SandboxHttp http = new SandboxHttp(sandbox.get().baseUrl());
    assertThrows(UncheckedIOException.class, () -> http.get("/wholesale/customers"));
    assertThrows(UncheckedIOException.class, () -> http.get("/wholesale/customers"));
    assertEquals(200, http.get("/wholesale/customers").status());
  }

  @Test
  void statusBurstThenRecovery() {
    sandbox.get().injectFault("GET", "/wholesale/subscribers", 3, SandboxFault.status(503, 2));
    SandboxHttp http = new SandboxHttp(sandbox.get().baseUrl());
    assertEquals(200, http.get("/wholesale/customers").status(), "other paths are untouched");
    assertEquals(200, http.post("/wholesale/subscribers/validate",
        "{\"email\":\"a@b.com\",\"package\":\"webex_calling\"}").status(), "other methods are untouched");
    for (int i = 0; i < 3; i++) {
      SandboxHttp.Exchange failed = http.get("/wholesale/subscribers");
      assertEquals(503, failed.status());
      assertEquals("2", failed.header("Retry-After"));
      assertEquals(failed.header("trackingid"), failed.error().getTrackingId());
    }
    assertEquals(200, http.get("/wholesale/subscribers").status());
  }

  @Test
  void injected429CountsAsRateLimited() {
    sandbox.get().injectFault("POST", "/wholesale/customers", 2, SandboxFault.status(429, 5));
    SandboxHttp http = new SandboxHttp(sandbox.get().baseUrl());
    for (int i = 0; i < 2; i++) {
      SandboxHttp.Exchange limited = http.post("/wholesale/customers", SandboxHttp.customerBody("throttled"));
      assertEquals(429, limited.status());
      assertEquals("5", limited.header("Retry-After"));
    }
    assertEquals(0, sandbox.get().customerCount(), "a refused request changes nothing");
    assertEquals(202, http.post("/wholesale/customers", SandboxHttp.customerBody("throttled")).status());
    assertEquals(2, sandbox.get().stats().rateLimited());
    assertEquals(2, sandbox.get().stats().faultsInjected());
  }

  @Test
  void anyMethodRuleAndClear() {
    sandbox.get().injectFault(null, "/wholesale", 100, SandboxFault.status(500));
    SandboxHttp http = new SandboxHttp(sandbox.get().baseUrl());
    assertEquals(500, http.get("/wholesale/subPartners").status());
    assertEquals(500, http.delete("/wholesale/customers/x").status());
    sandbox.get().clearFaults();
    assertEquals(200, http.get("/wholesale/subPartners").status());
  }

  @Test
  void lostAnswerAfterHandlingMakesABlindRetryADuplicate() {
    String customerId = sandbox.get().createProvisionedCustomer("lost");
    sandbox.get().injectFault("POST", "/wholesale/subscribers", 1, SandboxFault.connectionReset().afterHandling());
    SandboxHttp http = new SandboxHttp(sandbox.get().baseUrl());
    String body = SandboxHttp.subscriberBody(customerId, "lost@x.com");
    assertThrows(UncheckedIOException.class, () -> http.post("/wholesale/subscribers", body));
    assertEquals(1, sandbox.get().subscriberCount(), "the sandbox did the work before dropping the answer");
    SandboxHttp.Exchange retry = http.post("/wholesale/subscribers", body);
    assertEquals(409, retry.status());
    assertEquals(1, sandbox.get().provisionsAccepted(customerId, "lost@x.com"));
    assertEquals(1, sandbox.get().stats().duplicateAttempts());
  }

  @Test
  void latencyDelaysTheAnswer() {
    sandbox.get().injectFault("GET", "/wholesale/customers", 1, SandboxFault.latency(Duration.ofSeconds(2)));
    OkHttpClient impatient = SandboxHttp.CLIENT.newBuilder().readTimeout(Duration.ofMillis(200)).build();
    SandboxHttp http = new SandboxHttp(sandbox.get().baseUrl(), impatient);
    UncheckedIOException timeout = assertThrows(UncheckedIOException.class, () -> http.get("/wholesale/customers"));
    assertInstanceOf(InterruptedIOException.class, timeout.getCause());
    assertTrue(sandbox.get().isRunning());
  }

  @Test
  void faultArgumentsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> SandboxFault.status(200));
    assertThrows(IllegalArgumentException.class,
        () -> sandbox.get().injectFault("GET", "/wholesale", 0, SandboxFault.emptyReply()));
  }
}
