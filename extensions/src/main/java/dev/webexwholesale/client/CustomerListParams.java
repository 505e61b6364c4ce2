package dev.webexwholesale.client;

import dev.webexwholesale.model.CustomerStatus;

/** Filters of List Wholesale Customers; every field is optional (null = not sent). */
public final class CustomerListParams {
  private static final CustomerListParams NONE = builder().build();

  private final String externalId;
  private final String orgId;
  private final CustomerStatus status;
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

  public CustomerStatus status() {
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
    private CustomerStatus status;
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

    public Builder status(CustomerStatus status) {
      this.status = status;
      return this;
    }

    public Builder offset(Integer offset) {
      this.offset = ListParamChecks.offset(offset);
      return this;
    }

    public Builder max(Integer max) {
      this.max = ListParamChecks.max(max, Integer.MAX_VALUE);
      return this;
    }

    public CustomerListParams build() {
      return new CustomerListParams(this);
    }
  }
}
