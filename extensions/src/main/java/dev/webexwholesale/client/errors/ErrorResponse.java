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
 * @param attempts how many times the client sent the request (replays included)
 */
public record ErrorResponse(
    int statusCode,
    String method,
    String url,
    String webexMessage,
    List<ErrorDetail> errors,
    String trackingId,
    Duration retryAfter,
    String rawBody,
    int attempts) {

  /** An answer to the first attempt. */
  public ErrorResponse(int statusCode, String method, String url, String webexMessage, List<ErrorDetail> errors,
      String trackingId, Duration retryAfter, String rawBody) {
    this(statusCode, method, url, webexMessage, errors, trackingId, retryAfter, rawBody, 1);
  }

  public ErrorResponse {
    attempts = Math.max(1, attempts);
    errors = errors == null ? List.of() : errors.stream().filter(Objects::nonNull).toList();
    rawBody = rawBody == null ? "" : rawBody;
  }
}
