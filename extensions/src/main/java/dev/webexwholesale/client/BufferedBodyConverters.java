package dev.webexwholesale.client;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Decodes success bodies with our Gson straight from the buffered text. An empty body (a 202
 * may have none) becomes null instead of a parse failure, and a body that does not parse is
 * a {@link JsonParseException}, not an IOException that would pass for a network failure.
 * Decoding from the string also skips the 8 KiB char buffer of Retrofit's Gson converter,
 * the largest allocation of a small call.
 */
final class BufferedBodyConverters extends Converter.Factory {
  private final Gson gson;

  BufferedBodyConverters(Gson gson) {
    this.gson = gson;
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    return body -> {
      // Reading may fail for real network reasons: those stay IOExceptions.
      String text = body.string();
      try {
        return text.isBlank() ? null : gson.fromJson(text, type);
      } catch (JsonParseException e) {
        okhttp3.MediaType contentType = body.contentType();
        throw new NotJson(contentType == null ? null : contentType.toString(), e);
      }
    };
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
