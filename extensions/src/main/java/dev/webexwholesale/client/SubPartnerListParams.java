package dev.webexwholesale.client;

import dev.webexwholesale.model.SubPartnerProvisioningState;

/** Filters of List Wholesale Sub-partners; every field is optional (null = not sent). */
public final class SubPartnerListParams {
  private static final SubPartnerListParams NONE = builder().build();

  private final SubPartnerProvisioningState provisioningState;
  private final Integer offset;
  private final Integer max;

  private SubPartnerListParams(Builder b) {
    this.provisioningState = b.provisioningState;
    this.offset = b.offset;
    this.max = b.max;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static SubPartnerListParams none() {
    return NONE;
  }

  public SubPartnerProvisioningState provisioningState() {
    return provisioningState;
  }

  public Integer offset() {
    return offset;
  }

  public Integer max() {
    return max;
  }

  @Override
  public String toString() {
    return "SubPartnerListParams{provisioningState=" + provisioningState + ", offset=" + offset
        + ", max=" + max + "}";
  }

  public static final class Builder {
    private SubPartnerProvisioningState provisioningState;
    private Integer offset;
    private Integer max;

    private Builder() {
    }

    public Builder provisioningState(SubPartnerProvisioningState provisioningState) {
      this.provisioningState = provisioningState;
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

    public SubPartnerListParams build() {
      return new SubPartnerListParams(this);
    }
  }
}
