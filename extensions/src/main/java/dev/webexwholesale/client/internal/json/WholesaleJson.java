package dev.webexwholesale.client.internal.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.Strictness;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The one Gson configuration used for every request and response body. */
public final class WholesaleJson {
  private static final Gson GSON = new GsonBuilder()
      .registerTypeAdapter(OffsetDateTime.class, new OffsetDateTimeAdapter().nullSafe())
      // Base64 IDs end in '='; keep them readable on the wire and in logs.
      .disableHtmlEscaping()
      // Gson's fromJson is lenient by default (unquoted strings, comments...): a proxy's
      // garbage must fail to decode, not turn into a half-filled model.
      .setStrictness(Strictness.LEGACY_STRICT)
      .create();

  private WholesaleJson() {
  }

  /** Shared, thread-safe Gson: ISO-8601 date-times, nulls omitted. */
  public static Gson gson() {
    return GSON;
  }

  private static final class OffsetDateTimeAdapter extends TypeAdapter<OffsetDateTime> {
    @Override
    public void write(JsonWriter out, OffsetDateTime value) throws IOException {
      out.value(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
    }

    @Override
    public OffsetDateTime read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      String text = in.nextString();
      try {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      } catch (DateTimeParseException e) {
        throw new JsonParseException("Not an ISO-8601 date-time: " + text, e);
      }
    }
  }
}
