package dev.webexwholesale.client.billing;

import dev.webexwholesale.client.errors.WholesaleException;
import java.util.Objects;
import java.util.Optional;

/**
 * A billing report's CSV could not be downloaded. The message and {@link #location()} name the
 * file host and path only: the signed URL's query ({@code Signature}, {@code Key-Pair-Id},
 * {@code Expires}) grants the download to whoever holds it and never appears. When the target was
 * a file, no file exists under its name (the partial download was removed).
 */
public class BillingDownloadException extends WholesaleException {
  private static final long serialVersionUID = 1L;

  /** Why the download failed. */
  public enum Reason {
    /** The report is not {@code COMPLETED} or carries no {@code tempDownloadURL}: nothing to download. */
    NOT_READY,
    /** The file host refused the URL (403) even after it was renewed once: expired again, or tampered. */
    ACCESS_DENIED,
    /** The file host no longer has the file (404), e.g. the report was deleted. */
    NOT_FOUND,
    /** The file host redirected to another host; the redirect was not followed. */
    REDIRECT_REFUSED,
    /** The file host answered another HTTP error. */
    HTTP_ERROR,
    /** The file is larger than the client's download limit. */
    TOO_LARGE,
    /** The download did not finish within its deadline. */
    TIMEOUT,
    /** The connection failed or broke off. */
    TRANSPORT,
    /** The URL is not an http(s) URL. */
    INVALID_URL,
    /** Writing the target failed (disk full, permissions). */
    WRITE_FAILED
  }

  /** Why the download failed. */
  private final Reason reason;
  /** The file host's HTTP status, 0 when none was received. */
  private final int statusCode;
  /** The file's origin and path, without the signed query; null when unknown. */
  private final String location;

  /**
   * A failed download.
   *
   * @param reason why it failed
   * @param statusCode the file host's HTTP status, 0 when none was received
   * @param location the file host's origin and path, without query; null when unknown
   * @param message what failed, in one line, naming no secret
   * @param cause the underlying failure, or null
   */
  public BillingDownloadException(Reason reason, int statusCode, String location, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.statusCode = statusCode;
    this.location = location;
  }

  /**
   * Why the download failed.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * The file host's HTTP status.
   *
   * @return the status, 0 when no answer was received
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Where the file was, without the signed query: e.g. {@code https://host/path/file.csv}.
   *
   * @return the origin and path, empty when unknown
   */
  public Optional<String> location() {
    return Optional.ofNullable(location);
  }
}
