/*
 * Generated from openapi/webex-wholesale.yaml by src/codegen with the templates in
 * openapi/templates/webex. Do not edit: change the spec or the templates and regenerate.
 */
package dev.webexwholesale.client;

import dev.webexwholesale.model.*;
import java.util.Arrays;
import java.util.List;

/** The optional query parameters of {@code List Wholesale Subscribers}; every field is optional (null = not sent). */
public final class SubscriberListParams {
  /** The largest page Webex documents for {@code max}. */
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
   * A builder with no parameter set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * No parameter: Webex's defaults.
   *
   * @return params that send no query parameter
   */
  public static SubscriberListParams none() {
    return NONE;
  }

  /**
   * The {@code max} parameter. At most this many subscribers in one page (Webex accepts up to 100).
   *
   * @return the value, or null when not sent
   */
  public Integer max() {
    return max;
  }

  /**
   * The {@code offset} parameter. Offset value for implementing pagination.
   *
   * @return the value, or null when not sent
   */
  public Integer offset() {
    return offset;
  }

  /**
   * The {@code customerId} parameter. The ID of the Wholesale customer.
   *
   * @return the value, or null when not sent
   */
  public String customerId() {
    return customerId;
  }

  /**
   * The {@code personId} parameter. Only the subscriber with this person ID (its ID in the /v1/people API).
   *
   * @return the value, or null when not sent
   */
  public String personId() {
    return personId;
  }

  /**
   * The {@code externalCustomerId} parameter. The external ID of the customer, as provided by the Service Provider.
   *
   * @return the value, or null when not sent
   */
  public String externalCustomerId() {
    return externalCustomerId;
  }

  /**
   * The {@code email} parameter. The email address of the subscriber.
   *
   * @return the value, or null when not sent
   */
  public String email() {
    return email;
  }

  /**
   * The {@code status} parameter. Only subscribers in this provisioning status.
   *
   * @return the value, or null when not sent
   */
  public SubscriberStatus status() {
    return status;
  }

  /**
   * The {@code after} parameter. Only subscribers created later than this moment: epoch milliseconds (preferred) or an ISO-8601 date-time.
   *
   * @return the value, or null when not sent
   */
  public String after() {
    return after;
  }

  /**
   * The {@code lastStatusChange} parameter. Only include subscribers whose provisioning status changed after this date and time: epoch milliseconds (preferred) or an ISO-8601 date-time.
   *
   * @return the value, or null when not sent
   */
  public String lastStatusChange() {
    return lastStatusChange;
  }

  /**
   * The {@code sortBy} parameter. The attribute to sort by: {@code created} (the default) or {@code lastStatusChange}.
   *
   * @return the value, or null when not sent
   */
  public String sortBy() {
    return sortBy;
  }

  /**
   * The {@code sortOrder} parameter. Sort results in ascending ({@code ASC}) or descending ({@code DESC}) order.
   *
   * @return the value, or null when not sent
   */
  public String sortOrder() {
    return sortOrder;
  }

  @Override
  public String toString() {
    return "SubscriberListParams{" + "max=" + max + ", offset=" + offset + ", customerId=" + customerId + ", personId=" + personId + ", externalCustomerId=" + externalCustomerId + ", email=" + email + ", status=" + status + ", after=" + after + ", lastStatusChange=" + lastStatusChange + ", sortBy=" + sortBy + ", sortOrder=" + sortOrder + "}";
  }

  /** Builds {@link SubscriberListParams}; a parameter left unset (or set to null) is not sent. */
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
     * Sets {@code max}. At most this many subscribers in one page (Webex accepts up to 100).
     *
     * @param max the value; null to not send it
     * @return this builder
     */
    public Builder max(Integer max) {
      this.max = max;
      return this;
    }

    /**
     * Sets {@code offset}. Offset value for implementing pagination.
     *
     * @param offset the value; null to not send it
     * @return this builder
     */
    public Builder offset(Integer offset) {
      this.offset = offset;
      return this;
    }

    /**
     * Sets {@code customerId}. The ID of the Wholesale customer.
     *
     * @param customerId the value; null to not send it
     * @return this builder
     */
    public Builder customerId(String customerId) {
      this.customerId = customerId;
      return this;
    }

    /**
     * Sets {@code personId}. Only the subscriber with this person ID (its ID in the /v1/people API).
     *
     * @param personId the value; null to not send it
     * @return this builder
     */
    public Builder personId(String personId) {
      this.personId = personId;
      return this;
    }

    /**
     * Sets {@code externalCustomerId}. The external ID of the customer, as provided by the Service Provider.
     *
     * @param externalCustomerId the value; null to not send it
     * @return this builder
     */
    public Builder externalCustomerId(String externalCustomerId) {
      this.externalCustomerId = externalCustomerId;
      return this;
    }

    /**
     * Sets {@code email}. The email address of the subscriber.
     *
     * @param email the value; null to not send it
     * @return this builder
     */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /**
     * Sets {@code status}. Only subscribers in this provisioning status.
     *
     * @param status the value; null to not send it
     * @return this builder
     */
    public Builder status(SubscriberStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets {@code after}. Only subscribers created later than this moment: epoch milliseconds (preferred) or an ISO-8601 date-time.
     *
     * @param after the value; null to not send it
     * @return this builder
     */
    public Builder after(String after) {
      this.after = after;
      return this;
    }

    /**
     * Sets {@code after} to an instant, sent as epoch milliseconds.
     *
     * @param after the instant; null to not send it
     * @return this builder
     */
    public Builder after(java.time.Instant after) {
      this.after = after == null ? null : Long.toString(after.toEpochMilli());
      return this;
    }

    /**
     * Sets {@code after} to a date-time with offset, sent as ISO-8601.
     *
     * @param after the date-time; null to not send it
     * @return this builder
     */
    public Builder after(java.time.OffsetDateTime after) {
      this.after = after == null ? null : java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(after);
      return this;
    }

    /**
     * Sets {@code lastStatusChange}. Only include subscribers whose provisioning status changed after this date and time: epoch milliseconds (preferred) or an ISO-8601 date-time.
     *
     * @param lastStatusChange the value; null to not send it
     * @return this builder
     */
    public Builder lastStatusChange(String lastStatusChange) {
      this.lastStatusChange = lastStatusChange;
      return this;
    }

    /**
     * Sets {@code lastStatusChange} to an instant, sent as epoch milliseconds.
     *
     * @param lastStatusChange the instant; null to not send it
     * @return this builder
     */
    public Builder lastStatusChange(java.time.Instant lastStatusChange) {
      this.lastStatusChange = lastStatusChange == null ? null : Long.toString(lastStatusChange.toEpochMilli());
      return this;
    }

    /**
     * Sets {@code lastStatusChange} to a date-time with offset, sent as ISO-8601.
     *
     * @param lastStatusChange the date-time; null to not send it
     * @return this builder
     */
    public Builder lastStatusChange(java.time.OffsetDateTime lastStatusChange) {
      this.lastStatusChange = lastStatusChange == null ? null : java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(lastStatusChange);
      return this;
    }

    /**
     * Sets {@code sortBy}. The attribute to sort by: {@code created} (the default) or {@code lastStatusChange}.
     *
     * @param sortBy the value; null to not send it
     * @return this builder
     */
    public Builder sortBy(String sortBy) {
      this.sortBy = sortBy;
      return this;
    }

    /**
     * Sets {@code sortOrder}. Sort results in ascending ({@code ASC}) or descending ({@code DESC}) order.
     *
     * @param sortOrder the value; null to not send it
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
