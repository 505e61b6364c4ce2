package dev.webexwholesale.client.errors;

/**
 * A success status whose body is not the JSON the operation promises (an HTML page from a
 * proxy, broken JSON). The request itself may have been processed.
 */
public class UndecodableResponseException extends WholesaleException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String contentType;

  public UndecodableResponseException(int statusCode, String method, String url, String contentType,
      String expected, String trackingId, Throwable cause) {
    super("HTTP " + (statusCode > 0 ? String.valueOf(statusCode) : "2xx") + " to " + method + " " + url + " answered "
        + (contentType == null ? "a body without content type" : contentType)
        + " that is not the expected " + expected
        + (trackingId == null ? "" : " (trackingId " + trackingId + ")"), cause);
    this.statusCode = statusCode;
    this.contentType = contentType;
  }

  /** The success status, or 0 when only "a success" is known. */
  public int statusCode() {
    return statusCode;
  }

  /** The Content-Type the server sent; may be null. */
  public String contentType() {
    return contentType;
  }
}
