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

  public static Builder builder() {
    return new Builder();
  }

  public static SubscriberListParams none() {
    return NONE;
  }

  public Integer max() {
    return max;
  }

  public Integer offset() {
    return offset;
  }

  public String customerId() {
    return customerId;
  }

  public String personId() {
    return personId;
  }

  public String externalCustomerId() {
    return externalCustomerId;
  }

  public String email() {
    return email;
  }

  public SubscriberStatus status() {
    return status;
  }

  /** As sent: epoch milliseconds or ISO-8601 text. */
  public String after() {
    return after;
  }

  /** As sent: epoch milliseconds or ISO-8601 text. */
  public String lastStatusChange() {
    return lastStatusChange;
  }

  public String sortBy() {
    return sortBy;
  }

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

    /** Page size; Webex documents up to 100 (the server decides, nothing is refused here). */
    public Builder max(Integer max) {
      this.max = max;
      return this;
    }

    public Builder offset(Integer offset) {
      this.offset = offset;
      return this;
    }

    public Builder customerId(String customerId) {
      this.customerId = customerId;
      return this;
    }

    public Builder personId(String personId) {
      this.personId = personId;
      return this;
    }

    public Builder externalCustomerId(String externalCustomerId) {
      this.externalCustomerId = externalCustomerId;
      return this;
    }

    public Builder email(String email) {
      this.email = email;
      return this;
    }

    public Builder status(SubscriberStatus status) {
      this.status = status;
      return this;
    }

    /** Created after this instant, sent as epoch milliseconds (the form Webex prefers). */
    public Builder after(Instant after) {
      this.after = after == null ? null : Long.toString(after.toEpochMilli());
      return this;
    }

    /** Created after this date-time, sent as ISO-8601 text. */
    public Builder after(OffsetDateTime after) {
      this.after = after == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(after);
      return this;
    }

    /** Created after this time, sent exactly as given: epoch milliseconds or ISO-8601 text. */
    public Builder after(String after) {
      this.after = after;
      return this;
    }

    /** Status changed after this instant, sent as epoch milliseconds (the form Webex prefers). */
    public Builder lastStatusChange(Instant lastStatusChange) {
      this.lastStatusChange = lastStatusChange == null ? null : Long.toString(lastStatusChange.toEpochMilli());
      return this;
    }

    /** Status changed after this date-time, sent as ISO-8601 text. */
    public Builder lastStatusChange(OffsetDateTime lastStatusChange) {
      this.lastStatusChange = lastStatusChange == null ? null
          : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(lastStatusChange);
      return this;
    }

    /** Status changed after this time, sent exactly as given: epoch milliseconds or ISO-8601 text. */
    public Builder lastStatusChange(String lastStatusChange) {
      this.lastStatusChange = lastStatusChange;
      return this;
    }

    /** Webex documents {@code created} (its default) and {@code lastStatusChange}. */
    public Builder sortBy(String sortBy) {
      this.sortBy = sortBy;
      return this;
    }

    /** Webex documents {@code ASC} and {@code DESC}; the value is sent as given. */
    public Builder sortOrder(String sortOrder) {
      this.sortOrder = sortOrder;
      return this;
    }

    public SubscriberListParams build() {
      return new SubscriberListParams(this);
    }
  }
}
