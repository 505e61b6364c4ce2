package dev.webexwholesale.client;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import dev.webexwholesale.client.internal.json.Utf8SourceReader;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.ByteString;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Decodes success bodies with our Gson. An empty or blank body (a 202 may have none) becomes
 * null instead of a parse failure, and a body that does not parse is a
 * {@link JsonParseException}, not an IOException that would pass for a network failure. A UTF-8
 * body (JSON's encoding, and Webex's) is decoded straight from the received bytes: neither a
 * String of the whole body nor the 8 KiB buffers of a {@code charStream()}, the largest
 * allocations of a small call. A body in another charset is decoded from its text as before.
 */
final class BufferedBodyConverters extends Converter.Factory {
  private static final ByteString UTF8_BOM = ByteString.decodeHex("efbbbf");
  private static final ByteString UTF16BE_BOM = ByteString.decodeHex("feff");
  private static final ByteString UTF16LE_BOM = ByteString.decodeHex("fffe");
  private static final ByteString UTF32BE_BOM = ByteString.decodeHex("0000feff");

  private final Gson gson;

  BufferedBodyConverters(Gson gson) {
    this.gson = gson;
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    return body -> decode(body, type);
  }

  Object decode(ResponseBody body, Type type) throws IOException {
    // Reading may fail for real network reasons: those stay IOExceptions.
    BufferedSource source = body.source();
    if (!isUtf8(body.contentType(), source)) {
      String text = body.string();
      try {
        return text.isBlank() ? null : gson.fromJson(text, type);
      } catch (JsonParseException e) {
        throw notJson(body, e);
      }
    }
    if (source.rangeEquals(0, UTF8_BOM)) {
      source.skip(UTF8_BOM.size());
    }
    while (source.request(1) && isBlank(source.getBuffer().getByte(0))) {
      source.skip(1);
    }
    if (source.exhausted()) {
      return null;
    }
    Utf8SourceReader reader = new Utf8SourceReader(source);
    try {
      return gson.fromJson(reader, type);
    } catch (JsonParseException e) {
      if (reader.failure() != null) {
        throw reader.failure(); // the connection broke, not the JSON
      }
      throw notJson(body, e);
    }
  }

  /** UTF-8 unless the content type names another charset or the body starts with a UTF-16/32 mark. */
  private static boolean isUtf8(MediaType contentType, BufferedSource source) throws IOException {
    Charset charset = contentType == null ? null : contentType.charset(null);
    if (charset != null && !StandardCharsets.UTF_8.equals(charset)) {
      return false;
    }
    return !source.rangeEquals(0, UTF16BE_BOM) && !source.rangeEquals(0, UTF16LE_BOM)
        && !source.rangeEquals(0, UTF32BE_BOM);
  }

  /** The ASCII characters {@link String#isBlank()} skips. */
  private static boolean isBlank(byte b) {
    return b == ' ' || (b >= 0x09 && b <= 0x0d) || (b >= 0x1c && b <= 0x1f);
  }

  private static NotJson notJson(ResponseBody body, JsonParseException e) {
    MediaType contentType = body.contentType();
    return new NotJson(contentType == null ? null : contentType.toString(), e);
  }

  /** A success body that did not parse; keeps its content type for the message. */
  static final class NotJson extends JsonParseException {
    private static final long serialVersionUID = 1L;
    final String contentType;

    NotJson(String contentType, JsonParseException cause) {
      super(cause.getMessage(), cause);
      this.contentType = contentType;
    }
  }
}
