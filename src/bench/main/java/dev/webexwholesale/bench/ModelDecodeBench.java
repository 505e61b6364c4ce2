package dev.webexwholesale.bench;

import com.google.gson.Gson;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Part 1, decode only (no HTTP): the customer JSON into the project's generated models
 * versus the stock generator's models. Isolates what the models cost, so that a gap between
 * "ours" and "vanilla" in {@link CustomerGetBench} can be split into model and layer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class ModelDecodeBench {
  private final Gson generatedGson = BenchJson.gson();
  private final Gson stockGson = new vanilla.webexwholesale.client.JSON().getGson();

  @Benchmark
  public dev.webexwholesale.model.Customer generatedModels() {
    return generatedGson.fromJson(CustomerFixture.JSON, dev.webexwholesale.model.Customer.class);
  }

  @Benchmark
  public vanilla.webexwholesale.model.Customer stockModels() {
    return stockGson.fromJson(CustomerFixture.JSON, vanilla.webexwholesale.model.Customer.class);
  }
}
