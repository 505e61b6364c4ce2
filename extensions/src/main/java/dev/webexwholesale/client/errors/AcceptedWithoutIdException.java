package dev.webexwholesale.client.errors;

/**
 * The server accepted the request (a 2xx: the resource may well exist now) but its answer named
 * no id to follow. Do not send the request again: find the resource by a list query (for
 * example by {@code externalId}) and ask Webex support with the tracking ID.
 */
public class AcceptedWithoutIdException extends WholesaleException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String trackingId;

  public AcceptedWithoutIdException(String what, int statusCode, String trackingId) {
    super("Webex accepted the " + what + " (HTTP " + statusCode + ") but named no id to follow (no Location, url or"
        + " id): do not send it again; look it up by a list query"
        + (trackingId == null ? "" : " (trackingId " + trackingId + ")"));
    this.statusCode = statusCode;
    this.trackingId = trackingId;
  }

  public int statusCode() {
    return statusCode;
  }

  public String trackingId() {
    return trackingId;
  }
}
