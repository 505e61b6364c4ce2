package dev.webexwholesale.bench;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.OffsetDateTime;

/**
 * The Gson a user of raw OkHttp would write for the generated models: plain Gson plus the
 * one adapter the models need ({@link OffsetDateTime}). Kept separate from the library's own
 * Gson on purpose, so the "raw" baseline shares nothing with the client under test.
 */
public final class BenchJson {
  private static final Gson GSON = new GsonBuilder()
      .registerTypeAdapter(OffsetDateTime.class, new TypeAdapter<OffsetDateTime>() {
        @Override
        public void write(JsonWriter out, OffsetDateTime value) throws IOException {
          out.value(value.toString());
        }

        @Override
        public OffsetDateTime read(JsonReader in) throws IOException {
          return OffsetDateTime.parse(in.nextString());
        }
      }.nullSafe())
      .create();

  private BenchJson() {
  }

  public static Gson gson() {
    return GSON;
  }
}
