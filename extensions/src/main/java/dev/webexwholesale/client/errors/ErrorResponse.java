package dev.webexwholesale.client.errors;

import dev.webexwholesale.model.ErrorDetail;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything the client learned from one failed HTTP answer; the constructor
 * argument of every {@link WebexApiException}.
 *
 * @param statusCode the HTTP status of the answer
 * @param method the HTTP method of the request
 * @param url the request URL without its query (query values may hold e-mail addresses)
 * @param webexMessage the {@code message} of the Webex error body, or null when it had none
 * @param errors the {@code errors[]} of the body, in order; null becomes empty
 * @param trackingId Webex's tracking ID (body, else {@code trackingid} header), or null
 * @param retryAfter null when the server sent none
 * @param rawBody the body as received; null becomes the empty string
 * @param attempts how many times the client sent the request (replays included); at least 1
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

  /**
   * An answer to the first attempt.
   *
   * @param statusCode the HTTP status of the answer
   * @param method the HTTP method of the request
   * @param url the request URL without its query
   * @param webexMessage the {@code message} of the Webex error body, or null
   * @param errors the {@code errors[]} of the body, or null
   * @param trackingId Webex's tracking ID, or null
   * @param retryAfter the server's {@code Retry-After}, or null
   * @param rawBody the body as received, or null
   */
  public ErrorResponse(int statusCode, String method, String url, String webexMessage, List<ErrorDetail> errors,
      String trackingId, Duration retryAfter, String rawBody) {
    this(statusCode, method, url, webexMessage, errors, trackingId, retryAfter, rawBody, 1);
  }

  /**
   * Normalises the answer: at least one attempt, no null list, body or list entry.
   *
   * @param statusCode the HTTP status of the answer
   * @param method the HTTP method of the request
   * @param url the request URL without its query
   * @param webexMessage the {@code message} of the Webex error body, or null
   * @param errors the {@code errors[]} of the body, or null
   * @param trackingId Webex's tracking ID, or null
   * @param retryAfter the server's {@code Retry-After}, or null
   * @param rawBody the body as received, or null
   * @param attempts how many times the client sent the request
   */
  public ErrorResponse {
    attempts = Math.max(1, attempts);
    errors = errors == null ? List.of() : errors.stream().filter(Objects::nonNull).toList();
    rawBody = rawBody == null ? "" : rawBody;
  }
}
