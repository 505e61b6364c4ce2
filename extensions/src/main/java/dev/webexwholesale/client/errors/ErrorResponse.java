package dev.webexwholesale.client.errors;

import dev.webexwholesale.model.ErrorDetail;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything the client learned from one failed HTTP answer; the constructor
 * argument of every {@link WebexApiException}.
 *
 * @param url the request URL without its query (query values may hold e-mail addresses)
 * @param retryAfter null when the server sent none
 */
public record ErrorResponse(
    int statusCode,
    String method,
    String url,
    String webexMessage,
    List<ErrorDetail> errors,
    String trackingId,
    Duration retryAfter,
    String rawBody) {

  public ErrorResponse {
    errors = errors == null ? List.of() : errors.stream().filter(Objects::nonNull).toList();
    rawBody = rawBody == null ? "" : rawBody;
  }
}
