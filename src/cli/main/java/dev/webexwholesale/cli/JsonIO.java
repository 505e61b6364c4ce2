package dev.webexwholesale.cli;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.webexwholesale.client.internal.json.WholesaleJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Request files in, results out, both through the client's Gson so that unknown fields and
 * enum values keep the form they were received or written in.
 */
final class JsonIO {
  private static final Gson PRETTY = WholesaleJson.gson().newBuilder().setPrettyPrinting().create();

  private JsonIO() {
  }

  /** Reads a request body from a file ({@code -} = stdin); any problem is a usage error. */
  static <T> T readRequest(String file, Class<T> type, InputStream stdin) {
    String text;
    try {
      text = "-".equals(file) ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
          : Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new UsageException("cannot read request file " + file + ": " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()));
    }
    JsonElement tree;
    try {
      JsonReader reader = new JsonReader(new StringReader(text));
      tree = JsonParser.parseReader(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new JsonParseException("unexpected content after the JSON object");
      }
    } catch (JsonParseException | IOException | IllegalStateException e) {
      throw new UsageException("request file " + file + " is not valid JSON: " + rootMessage(e));
    }
    if (!tree.isJsonObject()) {
      throw new UsageException("request file " + file + " must hold one JSON object");
    }
    try {
      return WholesaleJson.gson().fromJson(tree, type);
    } catch (JsonParseException | IllegalStateException e) {
      throw new UsageException("request file " + file + " does not match the request schema: " + rootMessage(e));
    }
  }

  static void print(PrintWriter out, Object value) {
    out.println(PRETTY.toJson(WholesaleJson.gson().toJsonTree(value)));
    out.flush();
  }

  /** One JSON array; each item serialised by its own runtime type. */
  static void printArray(PrintWriter out, Iterable<?> items) {
    JsonArray array = new JsonArray();
    for (Object item : items) {
      array.add(WholesaleJson.gson().toJsonTree(item));
    }
    out.println(PRETTY.toJson(array));
    out.flush();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
