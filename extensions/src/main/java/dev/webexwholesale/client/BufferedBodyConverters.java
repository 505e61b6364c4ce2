package dev.webexwholesale.client;

import com.google.gson.JsonParseException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Sits in front of the Gson converter. An empty success body (a 202 may have none) becomes
 * null instead of a parse failure, and a body that does not parse becomes a
 * {@link JsonParseException} rather than an IOException that would pass for a network failure.
 */
final class BufferedBodyConverters extends Converter.Factory {
  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    Converter<ResponseBody, ?> json = retrofit.nextResponseBodyConverter(this, type, annotations);
    return body -> {
      // Reading may fail for real network reasons: those stay IOExceptions.
      String text = body.string();
      if (text.isBlank()) {
        return null;
      }
      try {
        return json.convert(ResponseBody.create(text, body.contentType()));
      } catch (IOException e) {
        throw new JsonParseException(e.getMessage(), e);
      }
    };
  }
}
