package dev.webexwholesale.client.errors;

/**
 * The server accepted the request (a 2xx: the resource may well exist now) but its answer named
 * no id to follow. Do not send the request again: find the resource by a list query (for
 * example by {@code externalId}) and ask Webex support with the tracking ID.
 */
public class AcceptedWithoutIdException extends WholesaleException {
  private static final long serialVersionUID = 1L;

  /** The 2xx status of the answer that named no id. */
  private final int statusCode;
  /** Webex's tracking ID of that answer, or null. */
  private final String trackingId;

  /**
   * Reports an accepted request whose answer named no id.
   *
   * @param what what was sent, as the message should name it (e.g. "customer creation")
   * @param statusCode the 2xx status of the answer
   * @param trackingId Webex's tracking ID of the answer, or null when it sent none
   */
  public AcceptedWithoutIdException(String what, int statusCode, String trackingId) {
    super("Webex accepted the " + what + " (HTTP " + statusCode + ") but named no id to follow (no Location, url or"
        + " id): do not send it again; look it up by a list query"
        + (trackingId == null ? "" : " (trackingId " + trackingId + ")"));
    this.statusCode = statusCode;
    this.trackingId = trackingId;
  }

  /**
   * The 2xx status: the request was accepted, so it must not be sent again.
   *
   * @return the HTTP status of the answer
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The tracking ID to give Webex support when the resource cannot be found.
   *
   * @return the tracking ID, or null when the answer had none
   */
  public String trackingId() {
    return trackingId;
  }
}
