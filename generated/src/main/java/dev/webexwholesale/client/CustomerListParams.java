/*
 * Generated from openapi/webex-wholesale.yaml by src/codegen with the templates in
 * openapi/templates/webex. Do not edit: change the spec or the templates and regenerate.
 */
package dev.webexwholesale.client;

import dev.webexwholesale.model.*;
import java.util.Arrays;
import java.util.List;

/** The optional query parameters of {@code List Wholesale Customers}; every field is optional (null = not sent). */
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
  public static CustomerListParams none() {
    return NONE;
  }

  /**
   * The {@code externalId} parameter. The external ID of the customer, as provided by the Service Provider.
   *
   * @return the value, or null when not sent
   */
  public String externalId() {
    return externalId;
  }

  /**
   * The {@code orgId} parameter. Only the customer whose Cisco Webex organization has this encoded ID.
   *
   * @return the value, or null when not sent
   */
  public String orgId() {
    return orgId;
  }

  /**
   * The {@code status} parameter. Only customers in one of these provisioning statuses. Repeat the parameter to give several.
   *
   * @return the value (an unmodifiable, non-empty list, each element sent as its own parameter), or null when not sent
   */
  public List<CustomerStatus> status() {
    return status;
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
    return "CustomerListParams{" + "externalId=" + externalId + ", orgId=" + orgId + ", status=" + status + ", offset=" + offset + ", max=" + max + "}";
  }

  /** Builds {@link CustomerListParams}; a parameter left unset (or set to null) is not sent. */
  public static final class Builder {
    private String externalId;
    private String orgId;
    private List<CustomerStatus> status;
    private Integer offset;
    private Integer max;

    private Builder() {
    }

    /**
     * Sets {@code externalId}. The external ID of the customer, as provided by the Service Provider.
     *
     * @param externalId the value; null to not send it
     * @return this builder
     */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /**
     * Sets {@code orgId}. Only the customer whose Cisco Webex organization has this encoded ID.
     *
     * @param orgId the value; null to not send it
     * @return this builder
     */
    public Builder orgId(String orgId) {
      this.orgId = orgId;
      return this;
    }

    /**
     * Sets {@code status}. Only customers in one of these provisioning statuses. Repeat the parameter to give several.
     *
     * @param status the values, each sent as its own {@code status} parameter; none or null: not sent
     * @return this builder
     * @throws IllegalArgumentException if an element is null (nothing is sent)
     */
    public Builder status(CustomerStatus... status) {
      return status(status == null ? null : Arrays.asList(status));
    }

    /**
     * Sets {@code status}. Only customers in one of these provisioning statuses. Repeat the parameter to give several.
     *
     * @param status the values, each sent as its own {@code status} parameter; the list is copied; null or empty: not sent
     * @return this builder
     * @throws IllegalArgumentException if an element is null (nothing is sent)
     */
    public Builder status(List<CustomerStatus> status) {
      if (status != null && status.contains(null)) {
        throw new IllegalArgumentException("status must not contain null");
      }
      this.status = status == null || status.isEmpty() ? null : List.copyOf(status);
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
    public CustomerListParams build() {
      return new CustomerListParams(this);
    }
  }
}
