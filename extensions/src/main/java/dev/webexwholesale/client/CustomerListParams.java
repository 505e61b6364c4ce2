package dev.webexwholesale.client;

import dev.webexwholesale.model.CustomerStatus;
import java.util.Arrays;
import java.util.List;

/** Filters of List Wholesale Customers; every field is optional (null = not sent). */
public final class CustomerListParams {
  private static final CustomerListParams NONE = builder().build();

  private final String externalId;
  private final String orgId;
  private final List<CustomerStatus> status;
  private final Integer offset;
  private final Integer max;

  private CustomerListParams(Builder b) {
    this.externalId = b.externalId;
    this.orgId = b.orgId;
    this.status = b.status;
    this.offset = b.offset;
    this.max = b.max;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** No filter: all customers. */
  public static CustomerListParams none() {
    return NONE;
  }

  public String externalId() {
    return externalId;
  }

  public String orgId() {
    return orgId;
  }

  /** The statuses to match (sent as one {@code status} parameter each), or null for any. */
  public List<CustomerStatus> status() {
    return status;
  }

  public Integer offset() {
    return offset;
  }

  public Integer max() {
    return max;
  }

  @Override
  public String toString() {
    return "CustomerListParams{externalId=" + externalId + ", orgId=" + orgId + ", status=" + status
        + ", offset=" + offset + ", max=" + max + "}";
  }

  public static final class Builder {
    private String externalId;
    private String orgId;
    private List<CustomerStatus> status;
    private Integer offset;
    private Integer max;

    private Builder() {
    }

    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    public Builder orgId(String orgId) {
      this.orgId = orgId;
      return this;
    }

    /** Customers in any of these statuses; none means any status. */
    public Builder status(CustomerStatus... status) {
      return status(status == null ? null : Arrays.asList(status));
    }

    /** Customers in any of these statuses; null or empty means any status. */
    public Builder status(List<CustomerStatus> status) {
      if (status != null && status.contains(null)) {
        throw new IllegalArgumentException("status must not contain null");
      }
      this.status = status == null || status.isEmpty() ? null : List.copyOf(status);
      return this;
    }

    public Builder offset(Integer offset) {
      this.offset = offset;
      return this;
    }

    public Builder max(Integer max) {
      this.max = max;
      return this;
    }

    public CustomerListParams build() {
      return new CustomerListParams(this);
    }
  }
}
