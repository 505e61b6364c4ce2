/*
 * Generated from openapi/webex-wholesale.yaml by src/codegen with the templates in
 * openapi/templates/webex. Do not edit: change the spec or the templates and regenerate.
 */
package dev.webexwholesale.client;

import dev.webexwholesale.model.*;
import java.util.Arrays;
import java.util.List;

/** The optional query parameters of {@code List Wholesale Billing Reports}; every field is optional (null = not sent). */
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
  public static BillingReportListParams none() {
    return NONE;
  }

  /**
   * The {@code billingStartDate} parameter. Filter: the first day of the billing period, {@code YYYY-MM-DD}.
   *
   * @return the value, or null when not sent
   */
  public String billingStartDate() {
    return billingStartDate;
  }

  /**
   * The {@code billingEndDate} parameter. Filter: the last day of the billing period, {@code YYYY-MM-DD}.
   *
   * @return the value, or null when not sent
   */
  public String billingEndDate() {
    return billingEndDate;
  }

  /**
   * The {@code type} parameter. Filter: whom the report details ({@code PARTNER}, {@code CUSTOMER} or {@code USER}).
   *
   * @return the value, or null when not sent
   */
  public String type() {
    return type;
  }

  /**
   * The {@code sortBy} parameter. The field the list is sorted by (default {@code billingStartDate}).
   *
   * @return the value, or null when not sent
   */
  public String sortBy() {
    return sortBy;
  }

  /**
   * The {@code status} parameter. Filter: the report's generation state.
   *
   * @return the value, or null when not sent
   */
  public String status() {
    return status;
  }

  /**
   * The {@code max} parameter. At most this many reports (default 100).
   *
   * @return the value, or null when not sent
   */
  public Integer max() {
    return max;
  }

  /**
   * The {@code subPartnerOrgId} parameter. Only the reports of this sub-partner of the partner.
   *
   * @return the value, or null when not sent
   */
  public String subPartnerOrgId() {
    return subPartnerOrgId;
  }

  @Override
  public String toString() {
    return "BillingReportListParams{" + "billingStartDate=" + billingStartDate + ", billingEndDate=" + billingEndDate + ", type=" + type + ", sortBy=" + sortBy + ", status=" + status + ", max=" + max + ", subPartnerOrgId=" + subPartnerOrgId + "}";
  }

  /** Builds {@link BillingReportListParams}; a parameter left unset (or set to null) is not sent. */
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
     * Sets {@code billingStartDate}. Filter: the first day of the billing period, {@code YYYY-MM-DD}.
     *
     * @param billingStartDate the value; null to not send it
     * @return this builder
     */
    public Builder billingStartDate(String billingStartDate) {
      this.billingStartDate = billingStartDate;
      return this;
    }

    /**
     * Sets {@code billingEndDate}. Filter: the last day of the billing period, {@code YYYY-MM-DD}.
     *
     * @param billingEndDate the value; null to not send it
     * @return this builder
     */
    public Builder billingEndDate(String billingEndDate) {
      this.billingEndDate = billingEndDate;
      return this;
    }

    /**
     * Sets {@code type}. Filter: whom the report details ({@code PARTNER}, {@code CUSTOMER} or {@code USER}).
     *
     * @param type the value; null to not send it
     * @return this builder
     */
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@code sortBy}. The field the list is sorted by (default {@code billingStartDate}).
     *
     * @param sortBy the value; null to not send it
     * @return this builder
     */
    public Builder sortBy(String sortBy) {
      this.sortBy = sortBy;
      return this;
    }

    /**
     * Sets {@code status}. Filter: the report's generation state.
     *
     * @param status the value; null to not send it
     * @return this builder
     */
    public Builder status(String status) {
      this.status = status;
      return this;
    }

    /**
     * Sets {@code max}. At most this many reports (default 100).
     *
     * @param max the value; null to not send it
     * @return this builder
     */
    public Builder max(Integer max) {
      this.max = max;
      return this;
    }

    /**
     * Sets {@code subPartnerOrgId}. Only the reports of this sub-partner of the partner.
     *
     * @param subPartnerOrgId the value; null to not send it
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
