package dev.webexwholesale.client;

/**
 * Filters of List Wholesale Billing Reports; every field is optional (null = not sent). Values
 * are sent as given (Webex judges them): {@code type} PARTNER, CUSTOMER or USER; {@code status}
 * IN_PROGRESS, COMPLETED or FAILED; {@code sortBy} id, billingStartDate (Webex's default),
 * billingEndDate or status. Hand-written until the generated surface provides it.
 */
public final class BillingReportListParams {
  private static final BillingReportListParams NONE = builder().build();

  private final String billingStartDate;
  private final String billingEndDate;
  private final String type;
  private final String sortBy;
  private final String status;
  private final Integer max;
  private final String subPartnerOrgId;

  private BillingReportListParams(Builder b) {
    this.billingStartDate = b.billingStartDate;
    this.billingEndDate = b.billingEndDate;
    this.type = b.type;
    this.sortBy = b.sortBy;
    this.status = b.status;
    this.max = b.max;
    this.subPartnerOrgId = b.subPartnerOrgId;
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
   * No filter: the partner's own reports, Webex's default order and page size.
   *
   * @return params that send no query parameter
   */
  public static BillingReportListParams none() {
    return NONE;
  }

  /**
   * Only reports of this billing start day ({@code YYYY-MM-DD}), sent as {@code billingStartDate}.
   *
   * @return the day, or null when not sent
   */
  public String billingStartDate() {
    return billingStartDate;
  }

  /**
   * Only reports of this billing end day, sent as {@code billingEndDate}.
   *
   * @return the day, or null when not sent
   */
  public String billingEndDate() {
    return billingEndDate;
  }

  /**
   * Only reports of this type, sent as {@code type}.
   *
   * @return the type, or null when not sent
   */
  public String type() {
    return type;
  }

  /**
   * The order, sent as {@code sortBy}.
   *
   * @return the field, or null when not sent
   */
  public String sortBy() {
    return sortBy;
  }

  /**
   * Only reports in this status, sent as {@code status}.
   *
   * @return the status, or null when not sent
   */
  public String status() {
    return status;
  }

  /**
   * The page size, sent as {@code max} (Webex: up to 100).
   *
   * @return the page size, or null when not sent
   */
  public Integer max() {
    return max;
  }

  /**
   * The sub-partner whose reports are listed, sent as {@code subPartnerOrgId} (billing reports
   * never take {@code onBehalfOfSubPartnerOrgId}).
   *
   * @return the sub-partner's org id, or null for the partner's own reports
   */
  public String subPartnerOrgId() {
    return subPartnerOrgId;
  }

  @Override
  public String toString() {
    return "BillingReportListParams{billingStartDate=" + billingStartDate + ", billingEndDate=" + billingEndDate
        + ", type=" + type + ", sortBy=" + sortBy + ", status=" + status + ", max=" + max + ", subPartnerOrgId="
        + subPartnerOrgId + "}";
  }

  /** Builds {@link BillingReportListParams}; a filter left unset (or set to null) is not sent. */
  public static final class Builder {
    private String billingStartDate;
    private String billingEndDate;
    private String type;
    private String sortBy;
    private String status;
    private Integer max;
    private String subPartnerOrgId;

    private Builder() {
    }

    /**
     * Only reports of this billing start day.
     *
     * @param day {@code YYYY-MM-DD}; null to not send it
     * @return this builder
     */
    public Builder billingStartDate(String day) {
      this.billingStartDate = day;
      return this;
    }

    /**
     * Only reports of this billing end day.
     *
     * @param day {@code YYYY-MM-DD}; null to not send it
     * @return this builder
     */
    public Builder billingEndDate(String day) {
      this.billingEndDate = day;
      return this;
    }

    /**
     * Only reports of this type.
     *
     * @param type PARTNER, CUSTOMER or USER (sent as given); null to not send it
     * @return this builder
     */
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /**
     * The order of the reports.
     *
     * @param sortBy id, billingStartDate, billingEndDate or status (sent as given); null for Webex's default
     * @return this builder
     */
    public Builder sortBy(String sortBy) {
      this.sortBy = sortBy;
      return this;
    }

    /**
     * Only reports in this status.
     *
     * @param status IN_PROGRESS, COMPLETED or FAILED (sent as given); null to not send it
     * @return this builder
     */
    public Builder status(String status) {
      this.status = status;
      return this;
    }

    /**
     * The page size.
     *
     * @param max reports per page; Webex judges its range; null for Webex's default
     * @return this builder
     */
    public Builder max(Integer max) {
      this.max = max;
      return this;
    }

    /**
     * List a sub-partner's reports.
     *
     * @param subPartnerOrgId the sub-partner's org id; null for the partner's own
     * @return this builder
     */
    public Builder subPartnerOrgId(String subPartnerOrgId) {
      this.subPartnerOrgId = subPartnerOrgId;
      return this;
    }

    /**
     * The params as set so far; the builder may be reused.
     *
     * @return immutable params
     */
    public BillingReportListParams build() {
      return new BillingReportListParams(this);
    }
  }
}
