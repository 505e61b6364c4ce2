package dev.webexwholesale.client.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberStatus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WholesaleJsonTest {
  private final Gson gson = WholesaleJson.gson();

  @Test
  void writesIso8601WithSecondsAndOffset() {
    Subscriber s = new Subscriber().created(OffsetDateTime.of(2024, 5, 1, 10, 15, 0, 0, ZoneOffset.ofHours(2)));

    assertEquals("{\"created\":\"2024-05-01T10:15:00+02:00\"}", gson.toJson(s));
  }

  @Test
  void readsFractionsAndZulu() {
    Subscriber s = gson.fromJson("{\"lastStatusChange\":\"2024-05-01T10:15:30.123Z\"}", Subscriber.class);

    assertEquals(OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 123_000_000, ZoneOffset.UTC), s.getLastStatusChange());
  }

  @Test
  void unknownValuesSurviveARoundTrip() {
    String in = "{\"id\":\"c3ViMQ==\",\"status\":\"pending_something_new\",\"brandNew\":[1,2]}";

    Subscriber s = gson.fromJson(in, Subscriber.class);

    assertFalse(s.getStatus().isKnown());
    assertEquals(SubscriberStatus.fromValue("pending_something_new"), s.getStatus());
    assertEquals(JsonParser.parseString(in), JsonParser.parseString(gson.toJson(s)));
  }

  @Test
  void nullsAreOmittedAndEqualsSignsNotEscaped() {
    String json = gson.toJson(new Subscriber().id("YWJj=="));

    assertEquals("{\"id\":\"YWJj==\"}", json);
    assertTrue(gson.toJson(new Subscriber()).equals("{}"));
  }

  @Test
  void aBadDateIsAParseError() {
    assertThrows(JsonParseException.class, () -> gson.fromJson("{\"created\":\"yesterday\"}", Subscriber.class));
  }
}
