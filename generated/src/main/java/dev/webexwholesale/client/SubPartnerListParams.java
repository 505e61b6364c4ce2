/*
 * Generated from openapi/webex-wholesale.yaml by src/codegen with the templates in
 * openapi/templates/webex. Do not edit: change the spec or the templates and regenerate.
 */
package dev.webexwholesale.client;

import dev.webexwholesale.model.*;
import java.util.Arrays;
import java.util.List;

/** The optional query parameters of {@code List Wholesale Sub-partners}; every field is optional (null = not sent). */
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
  public static SubPartnerListParams none() {
    return NONE;
  }

  /**
   * The {@code provisioningState} parameter. The provisioning state of the sub-partner.
   *
   * @return the value, or null when not sent
   */
  public SubPartnerProvisioningState provisioningState() {
    return provisioningState;
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
   * The {@code max} parameter. The maximum number of items returned in the response.
   *
   * @return the value, or null when not sent
   */
  public Integer max() {
    return max;
  }

  @Override
  public String toString() {
    return "SubPartnerListParams{" + "provisioningState=" + provisioningState + ", offset=" + offset + ", max=" + max + "}";
  }

  /** Builds {@link SubPartnerListParams}; a parameter left unset (or set to null) is not sent. */
  public static final class Builder {
    private SubPartnerProvisioningState provisioningState;
    private Integer offset;
    private Integer max;

    private Builder() {
    }

    /**
     * Sets {@code provisioningState}. The provisioning state of the sub-partner.
     *
     * @param provisioningState the value; null to not send it
     * @return this builder
     */
    public Builder provisioningState(SubPartnerProvisioningState provisioningState) {
      this.provisioningState = provisioningState;
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
     * Sets {@code max}. The maximum number of items returned in the response.
     *
     * @param max the value; null to not send it
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
