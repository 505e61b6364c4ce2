package dev.webexwholesale.client.errors;

import dev.webexwholesale.client.internal.errors.ErrorDecoder;
import dev.webexwholesale.model.ErrorDetail;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Webex answered with an error status. Subclasses name the statuses a caller is likely to
 * handle; any other status arrives as this class itself. Built only by the client.
 */
public class WebexApiException extends WholesaleException {
  private static final long serialVersionUID = 1L;

  private final transient ErrorResponse response;

  public WebexApiException(ErrorResponse response) {
    super(ErrorMessages.oneLine(response));
    this.response = Objects.requireNonNull(response, "response");
  }

  public int statusCode() {
    return response.statusCode();
  }

  /** The {@code message} of the Webex error body, or null when the body had none. */
  public String webexMessage() {
    return response.webexMessage();
  }

  /** The {@code errors[]} of the body, in order; empty when absent or unreadable. */
  public List<ErrorDetail> errors() {
    return response.errors();
  }

  /** The error codes of {@link #errors()} that are present, in order. */
  public List<Long> errorCodes() {
    return response.errors().stream().map(ErrorDetail::getErrorCode).filter(Objects::nonNull).toList();
  }

  /** The Webex tracking ID (body, else {@code trackingid} header); null when neither. */
  public String trackingId() {
    return response.trackingId();
  }

  /** The server's {@code Retry-After}, when it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(response.retryAfter());
  }

  /** The response body exactly as received (empty string when there was none). */
  public String rawBody() {
    return response.rawBody();
  }

  public String method() {
    return response.method();
  }

  /** The request URL without its query string. */
  public String url() {
    return response.url();
  }

  /** Whether a caller may replay this request (the server refused it before processing). */
  public boolean isRetryable() {
    return ErrorDecoder.isRetryableStatus(statusCode(), method());
  }
}
