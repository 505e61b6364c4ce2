package dev.webexwholesale.client;

import dev.webexwholesale.client.errors.AcceptedWithoutIdException;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Webex accepted a customer provision, update or removal and continues in the background;
 * poll {@link #id()} until its status is terminal.
 */
public final class ProvisioningAccepted {
  private final String id;
  private final String url;
  private final String trackingId;

  /**
   * @param id the customer ID
   * @param url where the customer can be read; may be null
   * @param trackingId the {@code trackingid} response header; may be null
   */
  public ProvisioningAccepted(String id, String url, String trackingId) {
    this.id = id;
    this.url = url;
    this.trackingId = trackingId;
  }

  /**
   * From an answer: the ID is the last path segment of {@code Location}, else of the body
   * {@code url}, else {@code knownId}.
   */
  static ProvisioningAccepted from(HttpUrl requestUrl, String location, String bodyUrl, String trackingId,
      String knownId) {
    HttpUrl loc = resolve(requestUrl, location);
    HttpUrl body = resolve(requestUrl, bodyUrl);
    String id = lastSegment(loc);
    if (id == null) {
      id = lastSegment(body);
    }
    if (id == null) {
      id = knownId;
    }
    String url = bodyUrl != null && !bodyUrl.isBlank() ? bodyUrl : (location != null && !location.isBlank() ? location : null);
    return new ProvisioningAccepted(id, url, trackingId);
  }

  /** From a 202: the id from Location, else the body's {@code url}, else {@code knownId}. */
  static ProvisioningAccepted of(retrofit2.Response<?> response, String knownId) {
    Object body = response.body();
    String bodyUrl = body instanceof dev.webexwholesale.model.ResourceUrl u ? u.getUrl() : null;
    return from(response.raw().request().url(), response.headers().get("Location"), bodyUrl,
        response.headers().get("trackingid"), knownId);
  }

  private static HttpUrl resolve(HttpUrl base, String ref) {
    return ref == null || ref.isBlank() ? null : base.resolve(ref.trim());
  }

  private static String lastSegment(HttpUrl url) {
    if (url == null) {
      return null;
    }
    List<String> segments = url.pathSegments();
    for (int i = segments.size() - 1; i >= 0; i--) {
      if (!segments.get(i).isEmpty()) {
        return segments.get(i);
      }
    }
    return null;
  }

  /**
   * The customer ID (percent-decoded); null when the answer named none.
   *
   * @return the customer ID, or null
   */
  public String id() {
    return id;
  }

  /**
   * The customer ID, or a typed failure when the answer named none: Webex accepted the request, so it
   * must not be sent again (unlike an {@link IllegalArgumentException}, which means nothing was sent).
   *
   * @return the customer ID, never null
   * @throws AcceptedWithoutIdException when the answer named no ID; it carries the tracking ID
   */
  public String requireId() {
    if (id == null) {
      throw new AcceptedWithoutIdException("request", 202, trackingId);
    }
    return id;
  }

  /**
   * The customer's URL as Webex gave it (body {@code url}, else {@code Location}); may be null.
   *
   * @return the URL as received, not resolved, or null
   */
  public String url() {
    return url;
  }

  /**
   * The {@code trackingid} of the answer; may be null.
   *
   * @return the tracking ID to hand Cisco support, or null
   */
  public String trackingId() {
    return trackingId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProvisioningAccepted p && Objects.equals(id, p.id) && Objects.equals(url, p.url)
        && Objects.equals(trackingId, p.trackingId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, url, trackingId);
  }

  @Override
  public String toString() {
    return "ProvisioningAccepted{id=" + id + ", url=" + url + ", trackingId=" + trackingId + "}";
  }
}
