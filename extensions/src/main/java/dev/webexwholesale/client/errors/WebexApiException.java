package dev.webexwholesale.client.errors;

import dev.webexwholesale.client.internal.retry.RetryDecider;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
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

  // Written field by field (the generated ErrorDetail is not Serializable): see writeObject.
  private transient ErrorResponse response;

  public WebexApiException(ErrorResponse response) {
    this(response, ErrorMessages.oneLine(response));
  }

  /** For subclasses whose message says more than the status line. */
  protected WebexApiException(ErrorResponse response, String message) {
    super(message);
    this.response = Objects.requireNonNull(response, "response");
  }

  /** How many times the client sent the request (more than 1 when it replayed it). */
  public int attempts() {
    return response.attempts();
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
    return RetryDecider.isRetryableStatus(statusCode(), method());
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    ErrorResponse r = response;
    out.writeInt(r.statusCode());
    out.writeObject(r.method());
    out.writeObject(r.url());
    out.writeObject(r.webexMessage());
    out.writeInt(r.errors().size());
    for (ErrorDetail e : r.errors()) {
      out.writeObject(e.getErrorCode());
      out.writeObject(e.getDescription());
    }
    out.writeObject(r.trackingId());
    out.writeObject(r.retryAfter());
    out.writeObject(r.rawBody());
    out.writeInt(r.attempts());
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    int status = in.readInt();
    String method = (String) in.readObject();
    String url = (String) in.readObject();
    String message = (String) in.readObject();
    int n = in.readInt();
    List<ErrorDetail> errors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      errors.add(new ErrorDetail().errorCode((Long) in.readObject()).description((String) in.readObject()));
    }
    String trackingId = (String) in.readObject();
    Duration retryAfter = (Duration) in.readObject();
    String rawBody = (String) in.readObject();
    int attempts = in.readInt();
    response = new ErrorResponse(status, method, url, message, errors, trackingId, retryAfter, rawBody, attempts);
  }
}
