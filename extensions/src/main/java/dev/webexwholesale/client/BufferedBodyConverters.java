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
  private static final String CHARSET = "charset";

  private final Gson gson;

  BufferedBodyConverters(Gson gson) {
    this.gson = gson;
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    return new JsonConverter(type);
  }

  /** The converter of one type; the client calls it with the response's Content-Type header. */
  final class JsonConverter implements Converter<ResponseBody, Object> {
    private final Type type;

    JsonConverter(Type type) {
      this.type = type;
    }

    @Override
    public Object convert(ResponseBody body) throws IOException {
      MediaType contentType = body.contentType();
      return decode(body, contentType == null ? null : contentType.toString());
    }

    /**
     * As {@link #convert(ResponseBody)}, given the body's Content-Type header as sent: parsing
     * it (about 600 bytes of regex matching) is only needed when it names a charset.
     */
    Object decode(ResponseBody body, String contentType) throws IOException {
      // Reading may fail for real network reasons: those stay IOExceptions.
      BufferedSource source = body.source();
      if (!isUtf8(contentType, source)) {
        String text = body.string();
        try {
          return text.isBlank() ? null : gson.fromJson(text, type);
        } catch (JsonParseException e) {
          throw new NotJson(contentType, e);
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
        throw new NotJson(contentType, e);
      }
    }
  }

  /** UTF-8 unless the content type names another charset or the body starts with a UTF-16/32 mark. */
  private static boolean isUtf8(String contentType, BufferedSource source) throws IOException {
    if (namesCharset(contentType)) {
      MediaType parsed = MediaType.parse(contentType);
      Charset charset = parsed == null ? null : parsed.charset(null);
      if (charset != null && !StandardCharsets.UTF_8.equals(charset)) {
        return false;
      }
    }
    return !source.rangeEquals(0, UTF16BE_BOM) && !source.rangeEquals(0, UTF16LE_BOM)
        && !source.rangeEquals(0, UTF32BE_BOM);
  }

  private static boolean namesCharset(String contentType) {
    int parameters = contentType == null ? -1 : contentType.indexOf(';');
    if (parameters < 0) {
      return false; // a charset is a parameter: "application/json" names none
    }
    for (int i = parameters + 1; i + CHARSET.length() <= contentType.length(); i++) {
      if (contentType.regionMatches(true, i, CHARSET, 0, CHARSET.length())) {
        return true;
      }
    }
    return false;
  }

  /** The ASCII characters {@link String#isBlank()} skips. */
  private static boolean isBlank(byte b) {
    return b == ' ' || (b >= 0x09 && b <= 0x0d) || (b >= 0x1c && b <= 0x1f);
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
