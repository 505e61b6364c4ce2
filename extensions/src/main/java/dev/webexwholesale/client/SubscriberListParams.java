package dev.webexwholesale.client;

import dev.webexwholesale.model.SubscriberStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Filters of List Wholesale Subscribers; every field is optional (null = not sent). */
public final class SubscriberListParams {
  /** Webex documents at most 100 subscribers per page; a larger {@code max} is sent as given and the server decides. */
  public static final int MAX_PAGE_SIZE = 100;

  private static final SubscriberListParams NONE = builder().build();

  private final Integer max;
  private final Integer offset;
  private final String customerId;
  private final String personId;
  private final String externalCustomerId;
  private final String email;
  private final SubscriberStatus status;
  private final String after;
  private final String lastStatusChange;
  private final String sortBy;
  private final String sortOrder;

  private SubscriberListParams(Builder b) {
    this.max = b.max;
    this.offset = b.offset;
    this.customerId = b.customerId;
    this.personId = b.personId;
    this.externalCustomerId = b.externalCustomerId;
    this.email = b.email;
    this.status = b.status;
    this.after = b.after;
    this.lastStatusChange = b.lastStatusChange;
    this.sortBy = b.sortBy;
    this.sortOrder = b.sortOrder;
  }

  /**
   * A builder with no filter set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * No filter: all subscribers.
   *
   * @return params that send no query parameter
   */
  public static SubscriberListParams none() {
    return NONE;
  }

  /**
   * The page size, sent as {@code max}; Webex documents up to {@value #MAX_PAGE_SIZE} and judges the range.
   *
   * @return the page size, or null when not sent (Webex's default applies)
   */
  public Integer max() {
    return max;
  }

  /**
   * Where the listing starts, sent as {@code offset}.
   *
   * @return the offset, or null when not sent
   */
  public Integer offset() {
    return offset;
  }

  /**
   * The {@code customerId} filter: the Webex Wholesale customer the subscribers belong to.
   *
   * @return the customer ID, or null when not sent
   */
  public String customerId() {
    return customerId;
  }

  /**
   * The {@code personId} filter: the subscriber's person ID in the Webex {@code /v1/people} API.
   *
   * @return the person ID, or null when not sent
   */
  public String personId() {
    return personId;
  }

  /**
   * The {@code externalCustomerId} filter: the customer's ID in the partner's own systems.
   *
   * @return the external customer ID, or null when not sent
   */
  public String externalCustomerId() {
    return externalCustomerId;
  }

  /**
   * The {@code email} filter: the subscriber's email address.
   *
   * @return the email address, or null when not sent
   */
  public String email() {
    return email;
  }

  /**
   * The {@code status} filter: one provisioning status (unknown values are kept and sent raw).
   *
   * @return the status, or null when not sent
   */
  public SubscriberStatus status() {
    return status;
  }

  /**
   * The {@code after} filter (subscribers created after it), as sent: epoch milliseconds or ISO-8601 text.
   *
   * @return the text sent, or null when not sent
   */
  public String after() {
    return after;
  }

  /**
   * The {@code lastStatusChange} filter (status changed after it), as sent: epoch milliseconds or ISO-8601 text.
   *
   * @return the text sent, or null when not sent
   */
  public String lastStatusChange() {
    return lastStatusChange;
  }

  /**
   * The {@code sortBy} attribute, as sent.
   *
   * @return the attribute, or null when not sent (Webex sorts by {@code created})
   */
  public String sortBy() {
    return sortBy;
  }

  /**
   * The {@code sortOrder}, as sent.
   *
   * @return {@code ASC}, {@code DESC} or what the caller gave; null when not sent
   */
  public String sortOrder() {
    return sortOrder;
  }

  @Override
  public String toString() {
    return "SubscriberListParams{max=" + max + ", offset=" + offset + ", customerId=" + customerId
        + ", personId=" + personId + ", externalCustomerId=" + externalCustomerId + ", email=" + email
        + ", status=" + status + ", after=" + after + ", lastStatusChange=" + lastStatusChange
        + ", sortBy=" + sortBy + ", sortOrder=" + sortOrder + "}";
  }

  /**
   * Builds {@link SubscriberListParams}; a filter left unset (or set to null) is not sent.
   *
   * <p>Each field is one query parameter of the first request; later pages come from the
   * {@code rel="next"} link Webex returns, fetched as given.
   */
  public static final class Builder {
    private Integer max;
    private Integer offset;
    private String customerId;
    private String personId;
    private String externalCustomerId;
    private String email;
    private SubscriberStatus status;
    private String after;
    private String lastStatusChange;
    private String sortBy;
    private String sortOrder;

    private Builder() {
    }

    /**
     * Page size, sent as {@code max}; Webex documents up to 100 (the server decides, nothing is refused here).
     *
     * @param max subscribers per page; null for Webex's default
     * @return this builder
     */
    public Builder max(Integer max) {
      this.max = max;
      return this;
    }

    /**
     * Where the listing starts, sent as {@code offset}.
     *
     * @param offset the number of subscribers to skip; null to not send it
     * @return this builder
     */
    public Builder offset(Integer offset) {
      this.offset = offset;
      return this;
    }

    /**
     * Only subscribers of this customer, sent as {@code customerId}.
     *
     * @param customerId the Webex Wholesale customer ID; null to not send it
     * @return this builder
     */
    public Builder customerId(String customerId) {
      this.customerId = customerId;
      return this;
    }

    /**
     * Only the subscriber with this person ID, sent as {@code personId}.
     *
     * @param personId the person ID used by the Webex {@code /v1/people} API; null to not send it
     * @return this builder
     */
    public Builder personId(String personId) {
      this.personId = personId;
      return this;
    }

    /**
     * Only subscribers of the customer with this external ID, sent as {@code externalCustomerId}.
     *
     * @param externalCustomerId the customer's ID in the partner's own systems; null to not send it
     * @return this builder
     */
    public Builder externalCustomerId(String externalCustomerId) {
      this.externalCustomerId = externalCustomerId;
      return this;
    }

    /**
     * Only the subscriber with this email address, sent as {@code email}.
     *
     * @param email the subscriber's email address, sent as given; null to not send it
     * @return this builder
     */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /**
     * Only subscribers in this provisioning status, sent as {@code status} (Webex takes one value here).
     *
     * @param status the status, sent as its raw value; null to not send it
     * @return this builder
     */
    public Builder status(SubscriberStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Created after this instant, sent as epoch milliseconds (the form Webex prefers).
     *
     * @param after the instant; null to not send {@code after}
     * @return this builder
     */
    public Builder after(Instant after) {
      this.after = after == null ? null : Long.toString(after.toEpochMilli());
      return this;
    }

    /**
     * Created after this date-time, sent as ISO-8601 text.
     *
     * @param after the date-time, offset kept; null to not send {@code after}
     * @return this builder
     */
    public Builder after(OffsetDateTime after) {
      this.after = after == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(after);
      return this;
    }

    /**
     * Created after this time, sent exactly as given: epoch milliseconds or ISO-8601 text.
     *
     * @param after the text, not checked here (Webex judges it); null to not send {@code after}
     * @return this builder
     */
    public Builder after(String after) {
      this.after = after;
      return this;
    }

    /**
     * Status changed after this instant, sent as epoch milliseconds (the form Webex prefers).
     *
     * @param lastStatusChange the instant; null to not send {@code lastStatusChange}
     * @return this builder
     */
    public Builder lastStatusChange(Instant lastStatusChange) {
      this.lastStatusChange = lastStatusChange == null ? null : Long.toString(lastStatusChange.toEpochMilli());
      return this;
    }

    /**
     * Status changed after this date-time, sent as ISO-8601 text.
     *
     * @param lastStatusChange the date-time, offset kept; null to not send {@code lastStatusChange}
     * @return this builder
     */
    public Builder lastStatusChange(OffsetDateTime lastStatusChange) {
      this.lastStatusChange = lastStatusChange == null ? null
          : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(lastStatusChange);
      return this;
    }

    /**
     * Status changed after this time, sent exactly as given: epoch milliseconds or ISO-8601 text.
     *
     * @param lastStatusChange the text, not checked here (Webex judges it); null to not send {@code lastStatusChange}
     * @return this builder
     */
    public Builder lastStatusChange(String lastStatusChange) {
      this.lastStatusChange = lastStatusChange;
      return this;
    }

    /**
     * Webex documents {@code created} (its default) and {@code lastStatusChange}.
     *
     * @param sortBy the attribute, sent as given as {@code sortBy}; null to not send it
     * @return this builder
     */
    public Builder sortBy(String sortBy) {
      this.sortBy = sortBy;
      return this;
    }

    /**
     * Webex documents {@code ASC} and {@code DESC}; the value is sent as given.
     *
     * @param sortOrder the order, sent as {@code sortOrder}; null to not send it
     * @return this builder
     */
    public Builder sortOrder(String sortOrder) {
      this.sortOrder = sortOrder;
      return this;
    }

    /**
     * The params as set so far; the builder may be reused.
     *
     * @return immutable params
     */
    public SubscriberListParams build() {
      return new SubscriberListParams(this);
    }
  }
}
