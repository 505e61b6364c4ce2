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

  /** The failed answer; written field by field (the generated ErrorDetail is not Serializable): see writeObject. */
  private transient ErrorResponse response;

  /**
   * Wraps an error answer whose status has no subclass; the message is the status line, Webex's
   * message, error codes and tracking ID on one line.
   *
   * @param response the failed answer
   */
  public WebexApiException(ErrorResponse response) {
    this(response, ErrorMessages.oneLine(response));
  }

  /**
   * For subclasses whose message says more than the status line.
   *
   * @param response the failed answer
   * @param message the one-line message, naming no secret
   */
  protected WebexApiException(ErrorResponse response, String message) {
    super(message);
    this.response = Objects.requireNonNull(response, "response");
  }

  /**
   * How many times the client sent the request (more than 1 when it replayed it).
   *
   * @return the number of attempts, at least 1
   */
  public int attempts() {
    return response.attempts();
  }

  /**
   * The HTTP status of the answer.
   *
   * @return the status, e.g. 404
   */
  public int statusCode() {
    return response.statusCode();
  }

  /**
   * The {@code message} of the Webex error body, or null when the body had none.
   *
   * @return Webex's message, or null
   */
  public String webexMessage() {
    return response.webexMessage();
  }

  /**
   * The {@code errors[]} of the body, in order; empty when absent or unreadable.
   *
   * @return the error details, never null
   */
  public List<ErrorDetail> errors() {
    return response.errors();
  }

  /**
   * The error codes of {@link #errors()} that are present, in order; what to switch on, since
   * Webex's messages may change.
   *
   * @return the error codes, never null
   */
  public List<Long> errorCodes() {
    return response.errors().stream().map(ErrorDetail::getErrorCode).filter(Objects::nonNull).toList();
  }

  /**
   * The Webex tracking ID (body, else {@code trackingid} header); null when neither. Give it to
   * Cisco support with any report.
   *
   * @return the tracking ID, or null
   */
  public String trackingId() {
    return response.trackingId();
  }

  /**
   * The server's {@code Retry-After}, when it sent one.
   *
   * @return the delay the server asked for, or empty
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(response.retryAfter());
  }

  /**
   * The response body exactly as received (empty string when there was none).
   *
   * @return the raw body, never null
   */
  public String rawBody() {
    return response.rawBody();
  }

  /**
   * The HTTP method of the failed request.
   *
   * @return e.g. {@code POST}
   */
  public String method() {
    return response.method();
  }

  /**
   * The request URL without its query string.
   *
   * @return the URL, query stripped (query values may hold e-mail addresses)
   */
  public String url() {
    return response.url();
  }

  /**
   * Whether a caller may replay this request (the server refused it before processing).
   *
   * @return true when sending it again cannot apply it twice
   */
  public boolean isRetryable() {
    return RetryDecider.isRetryableStatus(statusCode(), method());
  }

  /**
   * Writes the answer field by field, since the generated {@code ErrorDetail} is not serializable.
   *
   * @param out the stream
   * @throws IOException when the stream fails
   */
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

  /**
   * Reads the answer written by {@code writeObject}.
   *
   * @param in the stream
   * @throws IOException when the stream fails
   * @throws ClassNotFoundException when a written class is missing
   */
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
