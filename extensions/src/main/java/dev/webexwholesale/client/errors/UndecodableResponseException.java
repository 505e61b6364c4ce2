package dev.webexwholesale.client.errors;

/**
 * A success status whose body is not the JSON the operation promises (an HTML page from a
 * proxy, broken JSON). The request itself may have been processed.
 */
public class UndecodableResponseException extends WholesaleException {
  private static final long serialVersionUID = 1L;

  /** The success status of the answer, or 0. */
  private final int statusCode;
  /** The Content-Type of the answer, or null. */
  private final String contentType;

  /**
   * Reports a success answer whose body could not be decoded.
   *
   * @param statusCode the success status, or 0 when only "a success" is known
   * @param method the HTTP method
   * @param url the request URL without its query
   * @param contentType the Content-Type the server sent, or null
   * @param expected what the operation promises, as the message should name it
   * @param trackingId Webex's tracking ID, or null
   * @param cause the decoding failure
   */
  public UndecodableResponseException(int statusCode, String method, String url, String contentType,
      String expected, String trackingId, Throwable cause) {
    super("HTTP " + (statusCode > 0 ? String.valueOf(statusCode) : "2xx") + " to " + method + " " + url + " answered "
        + (contentType == null ? "a body without content type" : contentType)
        + " that is not the expected " + expected
        + (trackingId == null ? "" : " (trackingId " + trackingId + ")"), cause);
    this.statusCode = statusCode;
    this.contentType = contentType;
  }

  /**
   * The success status, or 0 when only "a success" is known.
   *
   * @return the HTTP status, or 0
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The Content-Type the server sent; may be null.
   *
   * @return the Content-Type header, or null
   */
  public String contentType() {
    return contentType;
  }
}
