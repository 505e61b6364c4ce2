package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.webexwholesale.client.errors.RateLimitedException;
import dev.webexwholesale.client.errors.TransportException;
import dev.webexwholesale.client.errors.WholesaleException;
import dev.webexwholesale.client.retry.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Per-request options on every operation, their merge order, and views sharing one stack. */
class RequestOptionsTest extends WireMockTestBase {
  private static final String SUB = "c3ViLXBhcnRuZXI=";

  /** The 14 operations of the API, each called with the given options. */
  static Stream<Arguments> operations() {
    return Stream.of(
        op("customers.get", (c, o) -> c.customers().get("c1", o), true),
        op("customers.provision", (c, o) -> c.customers().provision(TestData.customerProvision(), o), true),
        op("customers.update", (c, o) -> c.customers().update("c1", TestData.customerUpdate(), o), true),
        op("customers.remove", (c, o) -> c.customers().remove("c1", o), true),
        op("customers.precheck", (c, o) -> c.customers().precheck(TestData.customerPrecheck(), o), true),
        op("customers.list", (c, o) -> c.customers().listPage(CustomerListParams.none(), o), true),
        op("subscribers.get", (c, o) -> c.subscribers().get("s1", o), true),
        op("subscribers.provision", (c, o) -> c.subscribers().provision(TestData.subscriberProvision(), o), true),
        op("subscribers.sendConsentEmail", (c, o) -> c.subscribers().sendConsentEmail("s1", o), true),
        op("subscribers.update", (c, o) -> c.subscribers().update("s1", TestData.subscriberUpdate(), o), true),
        op("subscribers.remove", (c, o) -> c.subscribers().remove("s1", o), true),
        op("subscribers.precheck", (c, o) -> c.subscribers().precheck(TestData.subscriberPrecheck(), o), true),
        op("subscribers.list", (c, o) -> c.subscribers().listPage(SubscriberListParams.none(), o), true),
        // The one operation without onBehalfOfSubPartnerOrgId.
        op("subPartners.list", (c, o) -> c.subPartners().listPage(SubPartnerListParams.none(), o), false));
  }

  /** The async twins of the 14 operations. */
  static Stream<Arguments> asyncOperations() {
    return Stream.of(
        async("customers.getAsync", (c, o) -> c.customers().getAsync("c1", o), true),
        async("customers.provisionAsync", (c, o) -> c.customers().provisionAsync(TestData.customerProvision(), o), true),
        async("customers.updateAsync", (c, o) -> c.customers().updateAsync("c1", TestData.customerUpdate(), o), true),
        async("customers.removeAsync", (c, o) -> c.customers().removeAsync("c1", o), true),
        async("customers.precheckAsync", (c, o) -> c.customers().precheckAsync(TestData.customerPrecheck(), o), true),
        async("customers.listPageAsync", (c, o) -> c.customers().listPageAsync(CustomerListParams.none(), o), true),
        async("subscribers.getAsync", (c, o) -> c.subscribers().getAsync("s1", o), true),
        async("subscribers.provisionAsync",
            (c, o) -> c.subscribers().provisionAsync(TestData.subscriberProvision(), o), true),
        async("subscribers.sendConsentEmailAsync", (c, o) -> c.subscribers().sendConsentEmailAsync("s1", o), true),
        async("subscribers.updateAsync",
            (c, o) -> c.subscribers().updateAsync("s1", TestData.subscriberUpdate(), o), true),
        async("subscribers.removeAsync", (c, o) -> c.subscribers().removeAsync("s1", o), true),
        async("subscribers.precheckAsync",
            (c, o) -> c.subscribers().precheckAsync(TestData.subscriberPrecheck(), o), true),
        async("subscribers.listPageAsync",
            (c, o) -> c.subscribers().listPageAsync(SubscriberListParams.none(), o), true),
        async("subPartners.listPageAsync",
            (c, o) -> c.subPartners().listPageAsync(SubPartnerListParams.none(), o), false));
  }

  private static Arguments op(String name, BiConsumer<WholesaleClient, RequestOptions> call, boolean scoped) {
    return Arguments.of(name, call, scoped);
  }

  private static Arguments async(String name,
      BiFunction<WholesaleClient, RequestOptions, CompletableFuture<?>> call, boolean scoped) {
    return Arguments.of(name, call, scoped);
  }

  private void answer(int status, String retryAfter, int delayMillis) {
    var response = aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withHeader("Location", baseUrl() + "/wholesale/customers/Y3VzdC0x")
        .withBody(status == 200 ? "{\"id\":\"x\",\"url\":\"" + baseUrl() + "/wholesale/customers/Y3VzdC0x\"}"
            : "{\"message\":\"no\"}")
        .withFixedDelay(delayMillis);
    if (retryAfter != null) {
      response = response.withHeader("Retry-After", retryAfter);
    }
    wm.stubFor(any(anyUrl()).willReturn(response));
  }

  private LoggedRequest last() {
    List<LoggedRequest> all = requests();
    return all.get(all.size() - 1);
  }

  private static RequestOptions everything() {
    return RequestOptions.builder().trackingId("job-7").subPartnerOrgId(SUB).header("X-Partner-Job", "42").build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void everyOperationAppliesItsOptions(String name, BiConsumer<WholesaleClient, RequestOptions> call,
      boolean scoped) {
    // Headers and query.
    answer(200, null, 0);
    call.accept(client, everything());
    LoggedRequest sent = requests().get(0);
    assertEquals("job-7", sent.getHeader("TrackingID"), name);
    assertEquals("42", sent.getHeader("X-Partner-Job"), name);
    assertEquals(scoped ? SUB : null, sent.queryParameter("onBehalfOfSubPartnerOrgId").isPresent()
        ? sent.queryParameter("onBehalfOfSubPartnerOrgId").firstValue() : null, name);
    assertEquals("Bearer " + TOKEN, sent.getHeader("Authorization"), "auth untouched by options");

    // Retry policy: a 429 (replayed even for a POST by the client's policy) is not replayed.
    wm.resetAll();
    answer(429, "1", 0);
    RequestOptions noRetry = RequestOptions.builder().retryPolicy(RetryPolicy.none()).build();
    assertThrows(RateLimitedException.class, () -> call.accept(client, noRetry), name);
    assertEquals(1, requests().size(), name + ": the call's retry policy replaced the client's");
    wm.resetAll();
    answer(429, "1", 0);
    assertThrows(RateLimitedException.class, () -> call.accept(client, null), name);
    assertEquals(RetryPolicy.defaults().maxAttempts(), requests().size(), name + ": the client's policy retries");

    // Whole-call timeout: a server slower than the call's timeout fails it.
    wm.resetAll();
    answer(200, null, 1_000);
    RequestOptions quick = RequestOptions.builder().timeout(Duration.ofMillis(150))
        .retryPolicy(RetryPolicy.none()).build();
    TransportException timedOut = assertThrows(TransportException.class, () -> call.accept(client, quick), name);
    assertEquals(TransportException.Kind.TIMEOUT, timedOut.kind(), name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("asyncOperations")
  void everyAsyncOperationAppliesItsOptions(String name,
      BiFunction<WholesaleClient, RequestOptions, CompletableFuture<?>> call, boolean scoped) {
    answer(200, null, 0);
    call.apply(client, everything()).join();
    LoggedRequest sent = requests().get(0);
    assertEquals("job-7", sent.getHeader("TrackingID"), name);
    assertEquals("42", sent.getHeader("X-Partner-Job"), name);
    assertEquals(scoped, sent.queryParameter("onBehalfOfSubPartnerOrgId").isPresent(), name);

    wm.resetAll();
    answer(429, "1", 0);
    CompletionException failed = assertThrows(CompletionException.class,
        () -> call.apply(client, RequestOptions.builder().retryPolicy(RetryPolicy.none()).build()).join(), name);
    assertInstanceOf(RateLimitedException.class, failed.getCause(), name);
    assertEquals(1, requests().size(), name);

    wm.resetAll();
    answer(200, null, 1_000);
    failed = assertThrows(CompletionException.class, () -> call.apply(client,
        RequestOptions.builder().timeout(Duration.ofMillis(150)).retryPolicy(RetryPolicy.none()).build()).join());
    assertInstanceOf(TransportException.class, failed.getCause(), name);
    assertEquals(TransportException.Kind.TIMEOUT, ((TransportException) failed.getCause()).kind(), name);
  }

  @Test
  void callOverViewOverClientFieldByField() {
    client.close();
    client = clientBuilder().requestOptions(RequestOptions.builder().trackingId("client")
        .header("X-A", "client").header("X-B", "client").header("X-C", "client").build()).build();
    answer(200, null, 0);
    WholesaleClient view = client.withRequestOptions(RequestOptions.builder().header("x-b", "view")
        .header("X-C", "view").build()).onBehalfOf(SUB);

    view.customers().get("c1", RequestOptions.builder().header("X-C", "call").build());
    LoggedRequest first = requests().get(0);
    assertEquals("client", first.getHeader("TrackingID"), "unset in view and call: the client's");
    assertEquals("client", first.getHeader("X-A"));
    assertEquals("view", first.getHeader("X-B"), "the view wins over the client, names case-insensitive");
    assertEquals("call", first.getHeader("X-C"), "the call wins over both");
    assertEquals(SUB, first.queryParameter("onBehalfOfSubPartnerOrgId").firstValue());

    view.withTrackingId("view-job").customers().get("c1");
    assertEquals("view-job", last().getHeader("TrackingID"), "withTrackingId is a view option");
    view.withTrackingId("view-job").customers().get("c1", RequestOptions.builder().trackingId("call-job").build());
    assertEquals("call-job", last().getHeader("TrackingID"));
    assertEquals("view-job", view.withTrackingId("view-job").requestOptions().trackingId().orElseThrow());
    assertEquals(SUB, view.withTrackingId("view-job").subPartnerOrgId().orElseThrow(), "views stack");
  }

  @Test
  void aCallsOptionsStayWithThatCall() {
    answer(200, null, 0);
    client.customers().get("c1", everything());
    client.customers().get("c2");

    LoggedRequest plain = last();
    assertTrue(plain.getUrl().contains("c2"));
    assertFalse(plain.containsHeader("TrackingID"));
    assertFalse(plain.containsHeader("X-Partner-Job"));
    assertFalse(plain.queryParameter("onBehalfOfSubPartnerOrgId").isPresent());
    assertTrue(client.requestOptions().headers().isEmpty());
  }

  @Test
  void viewsShareTheClientsHttpStack() {
    WholesaleClient view = client.onBehalfOf(SUB).withTrackingId("t").withRequestOptions(everything());

    assertSame(client.httpClient(), view.httpClient(), "a view builds no OkHttpClient");
    assertSame(client.httpClient().connectionPool(), view.httpClient().connectionPool());
    assertSame(client.httpClient().dispatcher(), view.httpClient().dispatcher());
  }

  @Test
  void headersAreCheckedWhenSet() {
    RequestOptions.Builder b = RequestOptions.builder();
    for (String reserved : List.of("Authorization", "authorization", "Host", "Content-Length")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.header(reserved, "x"));
      assertTrue(e.getMessage().contains("cannot be overridden"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> b.header("X Bad", "x"));
    assertThrows(IllegalArgumentException.class, () -> b.header("", "x"));
    IllegalArgumentException badValue = assertThrows(IllegalArgumentException.class,
        () -> b.header("X-Secret", "s3cret\r\nInjected: yes"));
    assertFalse(badValue.getMessage().contains("s3cret"), "the value may be a secret: " + badValue.getMessage());
    assertThrows(IllegalArgumentException.class, () -> b.trackingId("a\nb"));
    assertThrows(IllegalArgumentException.class, () -> b.trackingId(" "));
    assertThrows(IllegalArgumentException.class, () -> b.subPartnerOrgId(""));
    assertThrows(IllegalArgumentException.class, () -> b.timeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> b.timeout(Duration.ofSeconds(-1)));
    assertFalse(RequestOptions.builder().header("X-Key", "s3cret").build().toString().contains("s3cret"));
  }

  @Test
  void unsetFieldsFallBackAndNoneChangesNothing() {
    RequestOptions base = everything();
    assertSame(base, RequestOptions.none().over(base));
    assertEquals(base, base.over(RequestOptions.none()));
    RequestOptions merged = RequestOptions.builder().timeout(Duration.ofSeconds(3)).build().over(base);
    assertEquals(Duration.ofSeconds(3), merged.timeout().orElseThrow());
    assertEquals("job-7", merged.trackingId().orElseThrow());
    assertNull(merged.retryPolicy().orElse(null));
  }

  @Test
  void aCallsTimeoutIsTheDeadlineItsRetriesHonour() {
    answer(503, "20", 0);

    assertThrows(dev.webexwholesale.client.errors.ServiceUnavailableException.class, () -> client.customers()
        .get("c1", RequestOptions.builder().timeout(Duration.ofSeconds(30)).build()));

    assertEquals(2, requests().size(), "a second 20 s wait would pass the call's 30 s: not started");
    assertEquals(List.of(Duration.ofSeconds(20)), time.sleeps());
  }
}
