package dev.webexwholesale.cli;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.webexwholesale.client.internal.errors.SafeText;
import dev.webexwholesale.client.internal.json.WholesaleJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.HttpUrl;

/**
 * Request files in, results out, both through the client's Gson so that unknown fields and
 * enum values keep the form they were received or written in.
 */
final class JsonIO {
  private static final Gson PRETTY = WholesaleJson.gson().newBuilder().setPrettyPrinting().create();

  private JsonIO() {
  }

  /** Request bodies are a few kilobytes; this cap stops {@code /dev/zero} or a wrong file early. */
  static final int MAX_REQUEST_BYTES = 1024 * 1024;

  /** Reads a request body from a file ({@code -} = stdin); any problem is a usage error. */
  static <T> T readRequest(String file, Class<T> type, InputStream stdin) {
    return readRequest(file, type, stdin, null);
  }

  /** The same, and arms {@code asWritten} so the file's JSON is sent unchanged (unknown fields and nulls). */
  static <T> T readRequest(String file, Class<T> type, InputStream stdin, RequestFileBody asWritten) {
    String text = readText(file, stdin);
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
      T request = WholesaleJson.gson().fromJson(tree, type);
      if (asWritten != null) {
        asWritten.arm(tree);
      }
      return request;
    } catch (JsonParseException | IllegalStateException e) {
      throw new UsageException("request file " + file + " does not match the request schema: " + rootMessage(e));
    }
  }

  /** At most {@link #MAX_REQUEST_BYTES} of strict UTF-8, from a file or stdin alike. */
  static String readText(String file, InputStream stdin) {
    byte[] bytes;
    boolean fromStdin = "-".equals(file);
    try (InputStream in = fromStdin ? InputStream.nullInputStream() : Files.newInputStream(Path.of(file))) {
      bytes = (fromStdin ? stdin : in).readNBytes(MAX_REQUEST_BYTES + 1);
    } catch (IOException | RuntimeException e) {
      throw new UsageException("cannot read request file " + file + ": " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()));
    }
    if (bytes.length > MAX_REQUEST_BYTES) {
      throw new UsageException("request file " + file + " is larger than " + (MAX_REQUEST_BYTES / 1024)
          + " KiB; a request body is a single JSON object of a few kilobytes");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new UsageException("request file " + file + " is not valid UTF-8");
    }
  }

  static void print(PrintWriter out, Object value) {
    out.println(PRETTY.toJson(redacted(WholesaleJson.gson().toJsonTree(value))));
    out.flush();
  }

  /**
   * The tree with every property the spec declares {@code x-webex-secret-query} (a signed URL
   * such as a billing report's tempDownloadURL) cut to origin and path: the query is a secret.
   */
  static JsonElement redacted(JsonElement tree) {
    if (tree.isJsonArray()) {
      tree.getAsJsonArray().forEach(JsonIO::redacted);
    } else if (tree.isJsonObject()) {
      for (var e : tree.getAsJsonObject().entrySet()) {
        JsonElement v = e.getValue();
        if (GeneratedGroups.SECRET_QUERY.contains(e.getKey()) && v.isJsonPrimitive()) {
          HttpUrl parsed = HttpUrl.parse(v.getAsString());
          e.setValue(new JsonPrimitive(parsed == null ? SafeText.REDACTED
              : SafeText.withoutQueryOrUserinfo(parsed) + "?" + SafeText.REDACTED));
        } else {
          redacted(v);
        }
      }
    }
    return tree;
  }

  /** One JSON array; each item serialised by its own runtime type. */
  static void printArray(PrintWriter out, Iterable<?> items) {
    printArray(out, items, Long.MAX_VALUE);
  }

  /** At most {@code limit} items: no further page is fetched once it is reached. */
  static void printArray(PrintWriter out, Iterable<?> items, long limit) {
    JsonArray array = new JsonArray();
    if (limit > 0) {
      for (Object item : items) {
        array.add(redacted(WholesaleJson.gson().toJsonTree(item)));
        if (array.size() >= limit) {
          break;
        }
      }
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
