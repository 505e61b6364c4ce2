package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.auth.TokenProvider;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.Subscriber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Asynchronous waits hold no thread of the shared wait scheduler while a poll is in flight: the
 * poll goes out with OkHttp's enqueue, so slow polls cannot delay other waits or async retries;
 * a token fetched for a poll is fetched on an OkHttp thread; every poll is bounded by the
 * wait's time left.
 */
class AsyncWaitsHoldNoThreadTest extends WireMockTestBase {
  /** Two threads, like the default shared pool. */
  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> {
    Thread t = new Thread(r, "test-wait-scheduler");
    t.setDaemon(true);
    return t;
  });
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    scheduler.shutdownNow();
  }

  /** Counted when a held request, released, finds its call cancelled. */
  private final CountDownLatch cancelledOnRelease = new CountDownLatch(1);

  /** Holds every request to a "slow-" customer in flight (on the OkHttp thread) until released. */
  private OkHttpClient slowPolls(CountDownLatch arrived) {
    return new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
      if (chain.request().url().encodedPath().contains("/slow-")) {
        arrived.countDown();
        try {
          release.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        if (chain.call().isCanceled()) {
          cancelledOnRelease.countDown();
        }
      }
      return chain.proceed(chain.request());
    }).build();
  }

  @Test
  void threeSlowPollsDoNotDelayAnAsyncRetryOnTheSameTwoThreadScheduler() throws Exception {
    CountDownLatch arrived = new CountDownLatch(3);
    client.close();
    client = clientBuilder().httpClient(slowPolls(arrived)).waitScheduler(scheduler).build();
    wm.stubFor(get(urlPathMatching("/v1/wholesale/customers/slow-.*")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(TestData.CUSTOMER_JSON)));
    // The retry after this 503 is scheduled on the same scheduler (the fake time runs it at once).
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1")).inScenario("busy").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")).willSetStateTo("ok"));
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1")).inScenario("busy").whenScenarioStateIs("ok")
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(TestData.CUSTOMER_JSON)));

    List<CompletableFuture<WaitOutcome<Customer>>> waits = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      waits.add(client.customers().awaitProvisionedAsync("slow-" + i));
    }
    assertTrue(arrived.await(10, TimeUnit.SECONDS), "three polls in flight at once on a two-thread scheduler");

    Customer c = client.customers().getAsync("c1").get(10, TimeUnit.SECONDS);

    assertEquals("Y3VzdC0x", c.getId());
    assertEquals(2, wm.findAll(getRequestedFor(urlPathEqualTo("/v1/wholesale/customers/c1"))).size());
    assertTrue(waits.stream().noneMatch(CompletableFuture::isDone), "the slow polls are still in flight");
    release.countDown();
    for (CompletableFuture<WaitOutcome<Customer>> w : waits) {
      assertEquals(WaitOutcome.Kind.SUCCEEDED, w.get(10, TimeUnit.SECONDS).kind());
    }
  }

  @Test
  void sixSlowPollsDoNotHoldBackAnAsyncCallToTheSameHost() throws Exception {
    // OkHttp runs at most 5 async calls per host by default, and every call here goes to one
    // host: the client's own OkHttpClient must not let slow polls hold back other async calls.
    CountDownLatch arrived = new CountDownLatch(6);
    ServeEventListener arrivals = new ServeEventListener() {
      @Override
      public String getName() {
        return "arrivals";
      }

      @Override
      public void beforeMatch(ServeEvent event, Parameters parameters) {
        if (event.getRequest().getUrl().contains("/slow-")) {
          arrived.countDown(); // received, before the stub's delay
        }
      }
    };
    client.close();
    wm.stop();
    wm = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
        .extensions(arrivals));
    wm.start();
    port = wm.port();
    client = clientBuilder().waitScheduler(scheduler).build(); // the client's own OkHttpClient
    wm.stubFor(get(urlPathMatching("/v1/wholesale/customers/slow-.*")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(TestData.CUSTOMER_JSON).withFixedDelay(3000)));
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(TestData.CUSTOMER_JSON)));
    List<CompletableFuture<WaitOutcome<Customer>>> waits = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      waits.add(client.customers().awaitProvisionedAsync("slow-" + i));
    }
    assertTrue(arrived.await(2, TimeUnit.SECONDS), "six polls in flight at once, not five");

    Customer c = client.customers().getAsync("c1").get(10, TimeUnit.SECONDS);

    assertEquals("Y3VzdC0x", c.getId());
    assertTrue(waits.stream().noneMatch(CompletableFuture::isDone), "answered while the slow polls are in flight");
    for (CompletableFuture<WaitOutcome<Customer>> w : waits) {
      assertEquals(WaitOutcome.Kind.SUCCEEDED, w.get(10, TimeUnit.SECONDS).kind());
    }
  }

  @Test
  void cancellingAWaitCancelsItsPollInFlight() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    client.close();
    client = clientBuilder().httpClient(slowPolls(arrived)).waitScheduler(scheduler).build();
    wm.stubFor(get(urlPathMatching("/v1/wholesale/customers/slow-.*")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(TestData.CUSTOMER_JSON)));
    CompletableFuture<WaitOutcome<Customer>> wait = client.customers().awaitProvisionedAsync("slow-1");
    assertTrue(arrived.await(10, TimeUnit.SECONDS));

    wait.cancel(true);

    // The HTTP call is cancelled: released, the held poll finds it so, and it never reaches the server.
    release.countDown();
    assertTrue(wait.isCancelled());
    assertTrue(cancelledOnRelease.await(10, TimeUnit.SECONDS), "the poll's HTTP call was cancelled");
    assertEquals(0, wm.findAll(getRequestedFor(urlPathMatching("/v1/wholesale/customers/slow-.*"))).size());
  }

  @Test
  void aTokenForAnAsyncPollIsFetchedOnAnOkHttpThreadNeverOnTheScheduler() throws Exception {
    List<String> askedOn = new CopyOnWriteArrayList<>();
    TokenProvider provider = new TokenProvider() {
      @Override
      public String accessToken() {
        askedOn.add(Thread.currentThread().getName());
        return TOKEN;
      }

      @Override
      public void invalidate(String rejectedAccessToken) {
      }
    };
    client.close();
    client = clientBuilder().tokenProvider(provider).waitScheduler(scheduler).build();
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(TestData.CUSTOMER_JSON)));
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/subscribers/s1")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(TestData.SUBSCRIBER_JSON)));

    client.customers().awaitProvisionedAsync("c1").get(10, TimeUnit.SECONDS);
    client.subscribers().awaitProvisionedAsync("s1").get(10, TimeUnit.SECONDS);

    assertEquals(2, askedOn.size());
    assertTrue(askedOn.stream().noneMatch(n -> n.startsWith("test-wait-scheduler")), askedOn.toString());
  }

  @Test
  void subscriberProvisionAndWaitPollsAreBoundedByTheWaitsTimeLeftNotTheCallTimeout() throws Exception {
    // An undocumented status makes the wait read the subscriber again; that read answers only
    // after 20 s. With a 1 s wait (a poll gets at least 2 s) and a 10 min call timeout, each poll
    // must end by the wait's bound and the wait time out, blocking or not.
    wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
        urlPathEqualTo("/v1/wholesale/subscribers")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(TestData.SUBSCRIBER_JSON.replace("\"provisioned\"", "\"some_new_status\""))));
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/subscribers/c3ViLTE=")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(TestData.SUBSCRIBER_JSON).withFixedDelay(20_000)));
    client.close();
    client = WholesaleClient.builder().baseUrl(baseUrl()).accessToken(TOKEN).callTimeout(Duration.ofMinutes(10))
        .readTimeout(Duration.ofMinutes(10)).waitScheduler(scheduler).build();
    WaiterConfig oneSecond = WaiterConfig.builder().maxTime(Duration.ofSeconds(1)).build();

    long start = System.nanoTime();
    WaitOutcome<Subscriber> async = client.subscribers()
        .provisionAndWaitAsync(TestData.subscriberProvision(), oneSecond, null).get(60, TimeUnit.SECONDS);
    long asyncTook = System.nanoTime() - start;
    start = System.nanoTime();
    WaitOutcome<Subscriber> blocking = client.subscribers().provisionAndWait(TestData.subscriberProvision(), oneSecond,
        null);
    long blockingTook = System.nanoTime() - start;

    assertEquals(WaitOutcome.Kind.TIMED_OUT, async.kind());
    assertEquals(WaitOutcome.Kind.TIMED_OUT, blocking.kind());
    // Generous bounds: the wait's 2 s poll floor, far from the 20 s answer or the 10 min call timeout.
    assertTrue(asyncTook < TimeUnit.SECONDS.toNanos(12), "async took " + asyncTook / 1_000_000 + " ms");
    assertTrue(blockingTook < TimeUnit.SECONDS.toNanos(12), "blocking took " + blockingTook / 1_000_000 + " ms");
  }
}
