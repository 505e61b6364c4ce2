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

  /**
   * A builder with no filter set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * No filter: all customers.
   *
   * @return params that send no query parameter
   */
  public static CustomerListParams none() {
    return NONE;
  }

  /**
   * The {@code externalId} filter: the customer's ID in the partner's own systems, as given at provisioning.
   *
   * @return the external ID, or null when not sent
   */
  public String externalId() {
    return externalId;
  }

  /**
   * The {@code orgId} filter: the customer's encoded Webex organization ID.
   *
   * @return the organization ID, or null when not sent
   */
  public String orgId() {
    return orgId;
  }

  /**
   * The statuses to match (sent as one {@code status} parameter each), or null for any.
   *
   * @return an unmodifiable, non-empty list, or null when not sent
   */
  public List<CustomerStatus> status() {
    return status;
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
    return "CustomerListParams{externalId=" + externalId + ", orgId=" + orgId + ", status=" + status
        + ", offset=" + offset + ", max=" + max + "}";
  }

  /**
   * Builds {@link CustomerListParams}; a filter left unset (or set to null) is not sent.
   *
   * <p>Each field is one query parameter of the first request; later pages come from the
   * {@code rel="next"} link Webex returns, fetched as given.
   */
  public static final class Builder {
    private String externalId;
    private String orgId;
    private List<CustomerStatus> status;
    private Integer offset;
    private Integer max;

    private Builder() {
    }

    /**
     * Only the customer with this external ID, sent as {@code externalId}.
     *
     * @param externalId the customer's ID in the partner's own systems, as given at provisioning; null to not send it
     * @return this builder
     */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /**
     * Only the customer of this Webex organization, sent as {@code orgId}.
     *
     * @param orgId the customer's encoded Webex organization ID; null to not send it
     * @return this builder
     */
    public Builder orgId(String orgId) {
      this.orgId = orgId;
      return this;
    }

    /**
     * Customers in any of these statuses; none means any status.
     *
     * @param status the statuses, each sent as its own {@code status} parameter; none or null for any status
     * @return this builder
     * @throws IllegalArgumentException if an element is null (nothing is sent)
     */
    public Builder status(CustomerStatus... status) {
      return status(status == null ? null : Arrays.asList(status));
    }

    /**
     * Customers in any of these statuses; null or empty means any status.
     *
     * @param status the statuses, each sent as its own {@code status} parameter; the list is copied
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
     * Where the listing starts, sent as {@code offset}.
     *
     * @param offset the number of customers to skip; null to not send it
     * @return this builder
     */
    public Builder offset(Integer offset) {
      this.offset = offset;
      return this;
    }

    /**
     * The page size, sent as {@code max}.
     *
     * @param max customers per page; Webex judges its range (nothing is refused here); null for Webex's default
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
