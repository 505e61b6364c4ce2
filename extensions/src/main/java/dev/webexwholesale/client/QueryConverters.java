package dev.webexwholesale.client;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Query-parameter formatting. OffsetDateTime.toString() drops zero seconds
 * ({@code 2024-01-01T10:00Z}), which is not an RFC 3339 date-time; always send seconds.
 */
final class QueryConverters extends Converter.Factory {
  @Override
  public Converter<?, String> stringConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    if (type == OffsetDateTime.class) {
      return (Converter<OffsetDateTime, String>) DateTimeFormatter.ISO_OFFSET_DATE_TIME::format;
    }
    return null;
  }
}
