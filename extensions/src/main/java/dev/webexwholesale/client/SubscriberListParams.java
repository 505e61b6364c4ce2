package dev.webexwholesale.client;

import dev.webexwholesale.model.SubscriberStatus;
import java.time.OffsetDateTime;

/** Filters of List Wholesale Subscribers; every field is optional (null = not sent). */
public final class SubscriberListParams {
  /** Webex returns at most 100 subscribers per page. */
  public static final int MAX_PAGE_SIZE = 100;

  private static final SubscriberListParams NONE = builder().build();

  private final Integer max;
  private final Integer offset;
  private final String customerId;
  private final String personId;
  private final String externalCustomerId;
  private final String email;
  private final SubscriberStatus status;
  private final OffsetDateTime after;
  private final OffsetDateTime lastStatusChange;
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

  public OffsetDateTime after() {
    return after;
  }

  public OffsetDateTime lastStatusChange() {
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
    private OffsetDateTime after;
    private OffsetDateTime lastStatusChange;
    private String sortBy;
    private String sortOrder;

    private Builder() {
    }

    /** Page size, 1 to 100. */
    public Builder max(Integer max) {
      this.max = ListParamChecks.max(max, MAX_PAGE_SIZE);
      return this;
    }

    public Builder offset(Integer offset) {
      this.offset = ListParamChecks.offset(offset);
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

    public Builder after(OffsetDateTime after) {
      this.after = after;
      return this;
    }

    public Builder lastStatusChange(OffsetDateTime lastStatusChange) {
      this.lastStatusChange = lastStatusChange;
      return this;
    }

    public Builder sortBy(String sortBy) {
      this.sortBy = sortBy;
      return this;
    }

    /** {@code ASC} or {@code DESC}. */
    public Builder sortOrder(String sortOrder) {
      if (sortOrder != null && !sortOrder.equals("ASC") && !sortOrder.equals("DESC")) {
        throw new IllegalArgumentException("sortOrder must be ASC or DESC, was " + sortOrder);
      }
      this.sortOrder = sortOrder;
      return this;
    }

    public SubscriberListParams build() {
      return new SubscriberListParams(this);
    }
  }
}
