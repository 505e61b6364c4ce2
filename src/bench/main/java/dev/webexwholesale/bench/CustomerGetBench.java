package dev.webexwholesale.bench;

import com.google.gson.Gson;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerStatus;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vanilla.webexwholesale.client.ApiClient;

/**
 * Part 1: one {@code GET /v1/wholesale/customers/{id}} plus decode, per client, against an
 * in-process loopback server. SampleTime so that the suite can read the per-call median (p50).
 * Iterations are short because BenchSuite runs each variant in several rounds (see there).
 *
 * <p>Every variant builds its request per call and decodes the whole body into a model, as a
 * caller would; each is checked once in setup so that a 404 path can never be measured.
 * BenchSuite matches methods by name: {@code raw}, {@code vanilla}, {@code ours}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class CustomerGetBench {
  private static final String ID = CustomerFixture.ID;

  private LoopbackHttpServer server;
  private String customerUrl;
  private OkHttpClient okHttp;
  private Gson gson;
  private vanilla.webexwholesale.api.CustomersApi vanillaApi;
  private WholesaleClient ours;
  private dev.webexwholesale.api.CustomersApi retrofitApi;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = new LoopbackHttpServer(CustomerFixture.handler());
    String baseUrl = server.baseUrl();
    customerUrl = baseUrl + "/v1/wholesale/customers/";
    okHttp = new OkHttpClient();
    gson = BenchJson.gson();

    // The generator's own ApiClient, used as its README shows; only the base URL is moved.
    ApiClient vanillaClient = new ApiClient("bearerAuth");
    vanillaClient.setBearerToken(CustomerFixture.TOKEN);
    vanillaClient.getAdapterBuilder().baseUrl(baseUrl + "/v1/");
    vanillaApi = vanillaClient.createService(vanilla.webexwholesale.api.CustomersApi.class);

    check("raw", raw().getId(), CustomerStatus.PROVISIONED.equals(raw().getStatus()));
    vanilla.webexwholesale.model.Customer v = vanilla();
    check("vanilla", v.getId(), v.getStatus() == vanilla.webexwholesale.model.CustomerStatus.PROVISIONED);
    // Our generated Retrofit interface alone, on raw's OkHttpClient with Retrofit's Gson converter:
    // the floor of the fixed design (generated Retrofit interfaces), with none of our layer.
    retrofitApi = new retrofit2.Retrofit.Builder().baseUrl(baseUrl + "/v1/").client(okHttp)
        .addConverterFactory(retrofit2.converter.gson.GsonConverterFactory.create(gson)).build()
        .create(dev.webexwholesale.api.CustomersApi.class);
    check("retrofit", retrofit().getId(), CustomerStatus.PROVISIONED.equals(retrofit().getStatus()));
    // Our client with its defaults (retries, auth, tracking, user agent): what a user gets.
    ours = WholesaleClient.builder()
        .baseUrl(baseUrl + "/v1")
        .accessToken(CustomerFixture.TOKEN)
        .build();
    Customer o = ours();
    check("ours", o.getId(), CustomerStatus.PROVISIONED.equals(o.getStatus()));
  }

  private static void check(String variant, String id, boolean provisioned) {
    if (!ID.equals(id) || !provisioned) {
      throw new IllegalStateException(variant + " decoded the wrong customer: id=" + id);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    server.close();
    ours.close();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
  }

  /**
   * Raw OkHttp + Gson: the floor any client built on them can reach. Decodes from
   * {@code string()}, not {@code charStream()}: for a 1 KB body the reader's 8 KB buffers cost
   * more than the string (measured: 35 KB vs 43 KB allocated per call), and the floor should be
   * the cheaper of the two obvious ways.
   */
  @Benchmark
  public Customer raw() throws IOException {
    Request request = new Request.Builder()
        .url(customerUrl + ID)
        .header("Authorization", "Bearer " + CustomerFixture.TOKEN)
        .build();
    try (Response response = okHttp.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful() || body == null) {
        throw new IOException("HTTP " + response.code());
      }
      return gson.fromJson(body.string(), Customer.class);
    }
  }

  /** Stock openapi-generator java/retrofit2 output, called directly. */
  @Benchmark
  public vanilla.webexwholesale.model.Customer vanilla() throws IOException {
    retrofit2.Response<vanilla.webexwholesale.model.Customer> response =
        vanillaApi.getCustomer(ID, null, null).execute();
    if (!response.isSuccessful()) {
      throw new IOException("HTTP " + response.code());
    }
    return response.body();
  }

  /** The generated Retrofit interface without our layer: what the fixed design costs by itself. */
  @Benchmark
  public Customer retrofit() throws IOException {
    retrofit2.Response<Customer> response = retrofitApi.getCustomer(ID, null, null).execute();
    if (!response.isSuccessful() || response.body() == null) {
      throw new IOException("HTTP " + response.code());
    }
    return response.body();
  }

  /** The client under test: {@code customers().get(id)} through the whole layer. */
  @Benchmark
  public Customer ours() {
    return ours.customers().get(ID);
  }
}
