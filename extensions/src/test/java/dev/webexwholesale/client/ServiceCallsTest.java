package dev.webexwholesale.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.internal.json.WholesaleJson;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Invocation;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * The requests of the fast path are the ones Retrofit builds: every operation of every generated
 * interface, called with random arguments (plain IDs, values Retrofit encodes or refuses, dots,
 * nulls, every query type) through both, gives the same URL, method, headers, body and
 * Invocation tag, or the same failure.
 */
class ServiceCallsTest {
  private static final Class<?>[] APIS = {dev.webexwholesale.api.CustomersApi.class,
      dev.webexwholesale.api.SubscribersApi.class, dev.webexwholesale.api.SubPartnersApi.class,
      dev.webexwholesale.api.BillingReportsApi.class};
  private static final String[] STRINGS = {"Y2lzY29zcGFyazovL3VzL0VOVEVSUFJJU0UvNTJjZjU3NmQ", "c-1_x.y~z", "a b",
      "x/y", ".", "..", "", "ü東", "%41", "a?b#c", "a+b=c&d", "{id}", "%2e", "..a", null};

  private static Retrofit retrofit(String baseUrl) {
    // As ClientStack builds it.
    return new Retrofit.Builder().baseUrl(baseUrl).callFactory(RequestOnlyCall::new)
        .addConverterFactory(new QueryConverters())
        .addConverterFactory(new BufferedBodyConverters(WholesaleJson.gson()))
        .addConverterFactory(GsonConverterFactory.create(WholesaleJson.gson())).build();
  }

  @Test
  void everyOperationBuildsTheRequestRetrofitBuilds() throws Exception {
    Random random = new Random(22);
    for (String base : List.of("https://webexapis.com/v1/", "http://127.0.0.1:8089/v1/", "https://u:p@h.test/a%20b/")) {
      Retrofit retrofit = retrofit(base);
      for (Class<?> api : APIS) {
        Object viaRetrofit = retrofit.create(api);
        Object fast = ServiceCalls.create(retrofit, api);
        for (Method method : api.getMethods()) {
          for (int run = 0; run < 60; run++) {
            Object[] args = arguments(method, random);
            String where = base + " " + api.getSimpleName() + "." + method.getName() + Arrays.toString(args);
            assertSame(outcome(method, viaRetrofit, args), outcome(method, fast, args), where);
          }
        }
      }
    }
  }

  @Test
  void aPlainGetIsBuiltWithoutRetrofit() throws Exception {
    Retrofit retrofit = retrofit("https://webexapis.com/v1/");
    dev.webexwholesale.api.CustomersApi fast = ServiceCalls.create(retrofit, dev.webexwholesale.api.CustomersApi.class);

    Call<?> plain = fast.getCustomer("Y3VzdC0x", "org-1", true);
    Call<?> encoded = fast.getCustomer("a b", null, null);

    assertFalse(plain.getClass().getName().startsWith("retrofit2."), plain.getClass().getName());
    assertEquals("https://webexapis.com/v1/wholesale/customers/Y3VzdC0x?onBehalfOfSubPartnerOrgId=org-1"
        + "&includePackageLicenseInfo=true", plain.request().url().toString());
    assertTrue(encoded.getClass().getName().startsWith("retrofit2."), "a value to encode is Retrofit's");
    assertEquals("https://webexapis.com/v1/wholesale/customers/a%20b", encoded.request().url().toString());
  }

  /** The request's parts, or the failure's class and message. */
  private static Object outcome(Method method, Object service, Object[] args) throws Exception {
    Request request;
    try {
      request = ((Call<?>) method.invoke(service, args)).request();
    } catch (java.lang.reflect.InvocationTargetException e) {
      return e.getCause().getClass().getName() + ": " + e.getCause().getMessage();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
    Invocation invocation = request.tag(Invocation.class);
    assertNotNull(invocation);
    String body = null;
    if (request.body() != null) {
      Buffer buffer = new Buffer();
      request.body().writeTo(buffer);
      body = request.body().contentType() + " " + request.body().contentLength() + " " + buffer.readUtf8();
    }
    return List.of(request.method(), request.url().toString(), request.headers().toString(), String.valueOf(body),
        invocation.service().getName(), invocation.method().getName(), invocation.arguments().toString());
  }

  private static void assertSame(Object expected, Object actual, String where) {
    assertEquals(expected, actual, where);
  }

  private static Object[] arguments(Method method, Random random) throws Exception {
    Type[] types = method.getGenericParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = value(types[i], random);
    }
    return args;
  }

  private static Object value(Type type, Random random) throws Exception {
    if (random.nextInt(4) == 0 && type != String.class) {
      return null;
    }
    if (type == String.class) {
      return STRINGS[random.nextInt(STRINGS.length)];
    }
    if (type == Integer.class) {
      return random.nextInt(3) - 1;
    }
    if (type == Boolean.class) {
      return random.nextBoolean();
    }
    if (type == OffsetDateTime.class) {
      return OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC);
    }
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      List<Object> list = new ArrayList<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        list.add(value(p.getActualTypeArguments()[0], random));
      }
      return list;
    }
    Class<?> c = (Class<?>) type;
    try {
      Method fromValue = c.getMethod("fromValue", String.class);
      return fromValue.invoke(null, random.nextBoolean() ? "provisioned" : "some new state");
    } catch (NoSuchMethodException e) {
      return c.getConstructor().newInstance(); // a request body
    }
  }
}
