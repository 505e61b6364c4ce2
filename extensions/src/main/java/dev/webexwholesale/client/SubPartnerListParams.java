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

  /**
   * A builder with no filter set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * No filter: all sub-partners.
   *
   * @return params that send no query parameter
   */
  public static SubPartnerListParams none() {
    return NONE;
  }

  /**
   * The {@code provisioningState} filter ({@code active} or {@code suspended}, unknown values kept).
   *
   * @return the state, or null when not sent
   */
  public SubPartnerProvisioningState provisioningState() {
    return provisioningState;
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
   * The page size, sent as {@code max}; Webex judges its range.
   *
   * @return the page size, or null when not sent (Webex's default applies)
   */
  public Integer max() {
    return max;
  }

  @Override
  public String toString() {
    return "SubPartnerListParams{provisioningState=" + provisioningState + ", offset=" + offset
        + ", max=" + max + "}";
  }

  /**
   * Builds {@link SubPartnerListParams}; a filter left unset (or set to null) is not sent.
   *
   * <p>Each field is one query parameter of the first request; later pages come from the
   * {@code rel="next"} link Webex returns, fetched as given.
   */
  public static final class Builder {
    private SubPartnerProvisioningState provisioningState;
    private Integer offset;
    private Integer max;

    private Builder() {
    }

    /**
     * Only sub-partners in this provisioning state, sent as {@code provisioningState}.
     *
     * @param provisioningState the state, sent as its raw value; null to not send it
     * @return this builder
     */
    public Builder provisioningState(SubPartnerProvisioningState provisioningState) {
      this.provisioningState = provisioningState;
      return this;
    }

    /**
     * Where the listing starts, sent as {@code offset}.
     *
     * @param offset the number of sub-partners to skip; null to not send it
     * @return this builder
     */
    public Builder offset(Integer offset) {
      this.offset = offset;
      return this;
    }

    /**
     * The page size, sent as {@code max}.
     *
     * @param max sub-partners per page; Webex judges its range (nothing is refused here); null for Webex's default
     * @return this builder
     */
    public Builder max(Integer max) {
      this.max = max;
      return this;
    }

    /**
     * The params as set so far; the builder may be reused.
     *
     * @return immutable params
     */
    public SubPartnerListParams build() {
      return new SubPartnerListParams(this);
    }
  }
}
