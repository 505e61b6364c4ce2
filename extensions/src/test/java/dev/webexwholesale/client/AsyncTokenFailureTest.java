package dev.webexwholesale.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.webexwholesale.client.auth.TokenProvider;
import dev.webexwholesale.client.errors.SignInRequiredException;
import dev.webexwholesale.client.errors.TokenEndpointException;
import dev.webexwholesale.client.errors.TransportException;
import dev.webexwholesale.client.waiter.ProgressListener;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.model.CustomerPrecheckRequest;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.CustomerUpdateRequest;
import dev.webexwholesale.model.SubscriberPrecheckRequest;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import dev.webexwholesale.model.SubscriberUpdateRequest;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A token provider that throws (a revoked refresh token, a token endpoint refusing): every
 * asynchronous operation and wait, found by reflection so a new one cannot be forgotten, fails
 * with the provider's own exception, asks it once, sends nothing and prints no stack trace.
 */
class AsyncTokenFailureTest extends WireMockTestBase {
  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
  private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
  private Thread.UncaughtExceptionHandler previous;

  @BeforeEach
  void recordUncaught() {
    previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
  }

  @AfterEach
  void restore() {
    Thread.setDefaultUncaughtExceptionHandler(previous);
    scheduler.shutdownNow();
  }

  /** Asked before every attempt; always throws what {@code failure} makes. */
  static final class ThrowingProvider implements TokenProvider {
    final AtomicInteger asked = new AtomicInteger();
    final Supplier<RuntimeException> failure;

    ThrowingProvider(Supplier<RuntimeException> failure) {
      this.failure = failure;
    }

    @Override
    public String accessToken() {
      asked.incrementAndGet();
      throw failure.get();
    }

    @Override
    public void invalidate(String rejectedAccessToken) {
    }
  }

  @Test
  void everyAsyncOperationFailsWithTheProvidersSignInRequiredAndSendsNothing() throws Exception {
    everyAsyncOperationFailsWith(() -> new SignInRequiredException("The refresh token was refused (HTTP 400"
        + " invalid_grant): sign in again", 400, "invalid_grant", "TOKEN_1"), SignInRequiredException.class);
  }

  @Test
  void everyAsyncOperationFailsWithTheProvidersTokenEndpointException() throws Exception {
    everyAsyncOperationFailsWith(() -> new TokenEndpointException("The token endpoint refused the refresh (HTTP 400"
        + " invalid_client)", 400, "invalid_client", null), TokenEndpointException.class);
  }

  @Test
  void aTransportFailureOfTheTokenEndpointIsItselfNotANetworkFailureOfTheCall() throws Exception {
    // The provider's own TransportException names the token endpoint: the call must not be
    // retried as if it had failed on the wire. (A plain wait is left out: like the blocking one,
    // it takes a poll without an answer as transient and polls again until its maxTime.)
    everyAsyncOperationFailsWith(() -> new TransportException(TransportException.Kind.TIMEOUT, "POST",
        "http://127.0.0.1:1/v1/access_token", new java.io.InterruptedIOException("timeout")), TransportException.class,
        m -> !m.getName().startsWith("await"));
  }

  private void everyAsyncOperationFailsWith(Supplier<RuntimeException> failure, Class<? extends Throwable> type)
      throws Exception {
    everyAsyncOperationFailsWith(failure, type, m -> true);
  }

  private void everyAsyncOperationFailsWith(Supplier<RuntimeException> failure, Class<? extends Throwable> type,
      java.util.function.Predicate<Method> which) throws Exception {
    List<Method> methods = asyncMethods().stream().filter(which).toList();
    assertTrue(methods.size() >= 30, "found " + methods.size() + " async methods");
    for (Method m : methods) {
      ThrowingProvider provider = new ThrowingProvider(failure);
      client.close();
      client = clientBuilder().tokenProvider(provider).waitScheduler(scheduler).build();
      Object resource = WholesaleClient.class.getMethod(resourceOf(m)).invoke(client);
      int before = requests().size();

      CompletableFuture<?> f = (CompletableFuture<?>) m.invoke(resource, argumentsFor(m));

      ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS), name(m));
      if (!type.isInstance(e.getCause())) {
        fail(name(m) + " failed with " + e.getCause() + ", not " + type.getSimpleName(), e.getCause());
      }
      assertEquals(1, provider.asked.get(), name(m) + ": the provider is asked once, never retried");
      assertEquals(before, requests().size(), name(m) + ": nothing reached the server");
    }
    assertEquals(List.of(), uncaught, "no stack trace went to an uncaught-exception handler");
  }

  @Test
  void theCallersExceptionInstanceArrivesUnwrapped() throws Exception {
    SignInRequiredException thrown = new SignInRequiredException("sign in again", 400, "invalid_grant", null);
    ThrowingProvider provider = new ThrowingProvider(() -> thrown);
    client.close();
    client = clientBuilder().tokenProvider(provider).waitScheduler(scheduler).build();

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> client.customers().provisionAsync(TestData.customerProvision()).get(10, TimeUnit.SECONDS));

    assertSame(thrown, e.getCause());
    assertEquals(0, requests().size());
  }

  /** Every public *Async method of the three resources, in a stable order. */
  private static List<Method> asyncMethods() {
    List<Method> all = new ArrayList<>();
    for (Class<?> c : List.of(CustomersResource.class, SubscribersResource.class, SubPartnersResource.class)) {
      for (Method m : c.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && m.getName().endsWith("Async")
            && CompletableFuture.class.isAssignableFrom(m.getReturnType())) {
          all.add(m);
        }
      }
    }
    all.sort(Comparator.comparing(AsyncTokenFailureTest::name));
    return all;
  }

  private static String resourceOf(Method m) {
    Class<?> c = m.getDeclaringClass();
    return c == CustomersResource.class ? "customers" : c == SubscribersResource.class ? "subscribers" : "subPartners";
  }

  private static String name(Method m) {
    StringBuilder s = new StringBuilder(m.getDeclaringClass().getSimpleName()).append('.').append(m.getName())
        .append('(');
    for (Class<?> p : m.getParameterTypes()) {
      s.append(p.getSimpleName()).append(',');
    }
    return s.append(')').toString();
  }

  private Object[] argumentsFor(Method m) {
    Class<?>[] types = m.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = valueOf(types[i], m);
    }
    return args;
  }

  private Object valueOf(Class<?> type, Method m) {
    if (type == String.class) {
      String path = m.getDeclaringClass() == CustomersResource.class ? "customers"
          : m.getDeclaringClass() == SubscribersResource.class ? "subscribers" : "subPartners";
      return m.getName().equals("pageAsync") ? baseUrl() + "/wholesale/" + path + "?offset=10&max=10" : "Y3VzdC0x";
    }
    if (type == boolean.class) {
      return Boolean.TRUE;
    }
    if (type == CustomerProvisionRequest.class) {
      return TestData.customerProvision();
    }
    if (type == CustomerUpdateRequest.class) {
      return TestData.customerUpdate();
    }
    if (type == CustomerPrecheckRequest.class) {
      return TestData.customerPrecheck();
    }
    if (type == SubscriberProvisionRequest.class) {
      return TestData.subscriberProvision();
    }
    if (type == SubscriberUpdateRequest.class) {
      return TestData.subscriberUpdate();
    }
    if (type == SubscriberPrecheckRequest.class) {
      return TestData.subscriberPrecheck();
    }
    if (type == CustomerListParams.class) {
      return CustomerListParams.none();
    }
    if (type == SubscriberListParams.class) {
      return SubscriberListParams.none();
    }
    if (type == SubPartnerListParams.class) {
      return SubPartnerListParams.none();
    }
    if (type == CustomerGetParams.class) {
      return CustomerGetParams.none();
    }
    if (type == RequestOptions.class || type == WaiterConfig.class || type == ProgressListener.class
        || type == dev.webexwholesale.client.waiter.WaitOptions.class) {
      return null;
    }
    throw new AssertionError("no test value for " + type + " of " + name(m));
  }
}
