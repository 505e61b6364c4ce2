package dev.webexwholesale.client;

import dev.webexwholesale.client.internal.errors.SafeText;
import dev.webexwholesale.client.retry.RetryPolicy;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Settings of one call, passed as the last argument of any operation (e.g.
 * {@code customers().get(id, options)}) or fixed for a view with
 * {@link WholesaleClient#withRequestOptions}. Immutable; every field is optional. An unset field
 * falls back, field by field, on the view's options, then on the client's
 * ({@link WholesaleClient.Builder#requestOptions}), then on the client's own settings (its call
 * timeout and retry policy). Extra headers merge by name, the more specific layer winning.
 *
 * <p>Applying options builds nothing: every call of a client and of all its views shares one
 * HTTP stack, and the options travel with the request.
 */
public final class RequestOptions {
  /** Headers an option may not set: the credentials, and those that frame the message. */
  private static final Set<String> RESERVED = Set.of("authorization", "host", "content-length",
      "transfer-encoding", "connection");
  private static final RequestOptions NONE = new Builder().build();

  private final Duration timeout;
  private final String trackingId;
  private final String subPartnerOrgId;
  private final RetryPolicy retryPolicy;
  private final Map<String, String> headers;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.trackingId = b.trackingId;
    this.subPartnerOrgId = b.subPartnerOrgId;
    this.retryPolicy = b.retryPolicy;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
  }

  /**
   * Options that set nothing.
   *
   * @return the empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * A builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these options, to change some of them.
   *
   * @return a new builder with this object's fields
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.trackingId = trackingId;
    b.subPartnerOrgId = subPartnerOrgId;
    b.retryPolicy = retryPolicy;
    b.headers.putAll(headers);
    return b;
  }

  /**
   * These options laid over {@code defaults}: each field set here wins, each unset one comes
   * from {@code defaults}; headers merge by (case-insensitive) name, these winning.
   *
   * @param defaults the less specific options (may be null: then these options as they are)
   * @return the merged options
   */
  public RequestOptions over(RequestOptions defaults) {
    if (defaults == null || defaults == NONE) {
      return this;
    }
    if (this == NONE) {
      return defaults;
    }
    Builder b = defaults.toBuilder();
    if (timeout != null) {
      b.timeout = timeout;
    }
    if (trackingId != null) {
      b.trackingId = trackingId;
    }
    if (subPartnerOrgId != null) {
      b.subPartnerOrgId = subPartnerOrgId;
    }
    if (retryPolicy != null) {
      b.retryPolicy = retryPolicy;
    }
    headers.forEach((name, value) -> {
      b.headers.keySet().removeIf(n -> n.equalsIgnoreCase(name));
      b.headers.put(name, value);
    });
    return b.build();
  }

  /** Whether nothing is set: a call with these options is sent as it was built. */
  boolean isEmpty() {
    return timeout == null && trackingId == null && subPartnerOrgId == null && retryPolicy == null
        && headers.isEmpty();
  }

  /**
   * Bound of the whole call: connecting, sending, reading the answer, and every retry with its
   * wait. Empty means the client's call timeout.
   *
   * @return the whole-call timeout, if set
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * The {@code TrackingID} header sent with the call, so Webex support can find it.
   *
   * @return the tracking ID, if set
   */
  public Optional<String> trackingId() {
    return Optional.ofNullable(trackingId);
  }

  /**
   * The sub-partner the call acts for ({@code onBehalfOfSubPartnerOrgId}); ignored by the one
   * operation that does not take it (List Sub-partners).
   *
   * @return the sub-partner org id, if set
   */
  public Optional<String> subPartnerOrgId() {
    return Optional.ofNullable(subPartnerOrgId);
  }

  /**
   * How patiently the call is retried; empty means the client's policy. Which failures are safe
   * to replay does not change (a POST is never replayed after it may have been processed).
   *
   * @return the retry policy, if set
   */
  public Optional<RetryPolicy> retryPolicy() {
    return Optional.ofNullable(retryPolicy);
  }

  /**
   * Extra headers sent with the call, in the order set.
   *
   * @return an unmodifiable map from header name to value; empty when none
   */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequestOptions r && Objects.equals(timeout, r.timeout)
        && Objects.equals(trackingId, r.trackingId) && Objects.equals(subPartnerOrgId, r.subPartnerOrgId)
        && Objects.equals(retryPolicy, r.retryPolicy) && headers.equals(r.headers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(timeout, trackingId, subPartnerOrgId, retryPolicy, headers);
  }

  /** Header values are left out: a caller may put a secret in one. */
  @Override
  public String toString() {
    return "RequestOptions{timeout=" + timeout + ", trackingId=" + trackingId + ", subPartnerOrgId="
        + subPartnerOrgId + ", retryPolicy=" + retryPolicy + ", headers=" + headers.keySet() + "}";
  }

  /** Builder of {@link RequestOptions}; every setter checks its value at once. */
  public static final class Builder {
    private Duration timeout;
    private String trackingId;
    private String subPartnerOrgId;
    private RetryPolicy retryPolicy;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Bounds the whole call, retries and their waits included.
     *
     * @param timeout positive, at most 365 days; null unsets it
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout != null && (timeout.isNegative() || timeout.isZero()
          || timeout.compareTo(WholesaleClient.MAX_DURATION) > 0)) {
        throw new IllegalArgumentException("timeout must be positive and at most "
            + WholesaleClient.MAX_DURATION.toDays() + " days, was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Sends {@code TrackingID: trackingId}.
     *
     * @param trackingId not blank, legal in an HTTP header; null unsets it
     * @return this builder
     */
    public Builder trackingId(String trackingId) {
      this.trackingId = trackingId == null ? null : checkedValue(notBlank(trackingId, "trackingId"), "trackingId");
      return this;
    }

    /**
     * Acts for this sub-partner.
     *
     * @param subPartnerOrgId not blank; null unsets it
     * @return this builder
     */
    public Builder subPartnerOrgId(String subPartnerOrgId) {
      this.subPartnerOrgId = subPartnerOrgId == null ? null : notBlank(subPartnerOrgId, "subPartnerOrgId");
      return this;
    }

    /**
     * Retries the call with this policy instead of the client's.
     *
     * @param retryPolicy the policy, e.g. {@link RetryPolicy#none()}; null unsets it
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = retryPolicy;
      return this;
    }

    /**
     * Adds (or replaces, matched case-insensitively) an extra header. Refuses a name that is
     * not an HTTP token, a value with a character not allowed in a header, and the headers the
     * client owns: {@code Authorization} (set by the token provider), {@code Host},
     * {@code Content-Length}, {@code Transfer-Encoding} and {@code Connection}.
     *
     * @param name the header name
     * @param value the header value
     * @return this builder
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (name.isEmpty() || !name.chars().allMatch(Builder::isTokenChar)) {
        throw new IllegalArgumentException("header name is not an HTTP token: " + SafeText.escapeControls(name));
      }
      if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("header " + name + " is set by the client and cannot be overridden");
      }
      checkedValue(value, "value of header " + name);
      headers.keySet().removeIf(n -> n.equalsIgnoreCase(name));
      headers.put(name, value);
      return this;
    }

    /**
     * The options set so far.
     *
     * @return new immutable options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }

    private static boolean isTokenChar(int c) {
      return c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
    }

    private static String notBlank(String value, String name) {
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }

    /** The value itself never goes into the message: it may be a secret. */
    private static String checkedValue(String value, String name) {
      int bad = SafeText.illegalHeaderChar(value);
      if (bad >= 0) {
        throw new IllegalArgumentException(name + " has a character not allowed in an HTTP header at index " + bad);
      }
      return value;
    }
  }
}
