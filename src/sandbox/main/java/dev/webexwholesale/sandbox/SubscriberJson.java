package dev.webexwholesale.sandbox;

import com.google.gson.stream.JsonWriter;
import dev.webexwholesale.model.SubscriberStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;

/**
 * Streams subscribers straight to JSON. The generated models encode through a JSON tree (to
 * keep unknown fields), which made 100-item pages cost milliseconds; lists are the hot path
 * of the paging benchmark. Same shape as the {@code Subscriber} schema (checked by the spec
 * conformance test).
 */
final class SubscriberJson {
  private SubscriberJson() {}

  static String one(SubscriberRecord subscriber) {
    StringWriter out = new StringWriter(512);
    try (JsonWriter json = new JsonWriter(out)) {
      json.setHtmlSafe(false);
      write(json, subscriber);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String list(Collection<SubscriberRecord> subscribers) {
    StringWriter out = new StringWriter(64 + 460 * subscribers.size());
    try (JsonWriter json = new JsonWriter(out)) {
      json.setHtmlSafe(false);
      json.beginObject().name("items").beginArray();
      for (SubscriberRecord subscriber : subscribers) {
        write(json, subscriber);
      }
      json.endArray().endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonWriter json, SubscriberRecord s) throws IOException {
    json.beginObject();
    json.name("id").value(s.id);
    if (SubscriberStatus.PROVISIONED.getValue().equals(s.status)) {
      json.name("personId").value(s.personId); // "Only presented when status is provisioned"
    }
    json.name("email").value(s.email);
    json.name("customerId").value(s.customer.id);
    if (s.customer.externalId != null) {
      json.name("externalCustomerId").value(s.customer.externalId);
    }
    if (s.singlePackageField) {
      json.name("package").value(s.packageName);
    }
    json.name("packages").beginArray().value(s.packageName).endArray();
    json.name("status").value(s.status);
    json.name("created").value(s.createdText());
    if (s.lastStatusChange != null) {
      json.name("lastStatusChange").value(s.lastStatusChangeText());
    }
    json.endObject();
  }
}
