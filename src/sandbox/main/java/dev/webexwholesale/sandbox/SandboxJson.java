package dev.webexwholesale.sandbox;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The sandbox's own Gson: the generated models plus Webex's millisecond UTC timestamps. */
final class SandboxJson {
  /** Webex writes e.g. {@code 2026-03-01T10:15:30.000Z}. */
  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

  private static final Gson GSON =
      new GsonBuilder().disableHtmlEscaping().registerTypeAdapter(OffsetDateTime.class, new DateTimeAdapter()).create();

  private SandboxJson() {}

  static Gson gson() {
    return GSON;
  }

  static String format(OffsetDateTime time) {
    return TIMESTAMP.format(time.withOffsetSameInstant(ZoneOffset.UTC));
  }

  private static final class DateTimeAdapter extends TypeAdapter<OffsetDateTime> {
    @Override
    public void write(JsonWriter out, OffsetDateTime value) throws IOException {
      if (value == null) {
        out.nullValue();
      } else {
        out.value(format(value));
      }
    }

    @Override
    public OffsetDateTime read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      return OffsetDateTime.parse(in.nextString());
    }
  }
}
