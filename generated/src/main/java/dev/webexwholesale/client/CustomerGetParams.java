/*
 * Generated from openapi/webex-wholesale.yaml by src/codegen with the templates in
 * openapi/templates/webex. Do not edit: change the spec or the templates and regenerate.
 */
package dev.webexwholesale.client;

import dev.webexwholesale.model.*;
import java.util.Arrays;
import java.util.List;

/** The optional query parameters of {@code Get a Wholesale Customer}; every field is optional (null = not sent). */
public final class CustomerGetParams {
  private static final CustomerGetParams NONE = builder().build();

  private final Boolean includePackageLicenseInfo;

  private CustomerGetParams(Builder b) {
    this.includePackageLicenseInfo = b.includePackageLicenseInfo;
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
  public static CustomerGetParams none() {
    return NONE;
  }

  /**
   * The {@code includePackageLicenseInfo} parameter. When {@code true}, every provisioned package of {@code resourceDetails} lists its {@code licenseIds}.
   *
   * @return the value, or null when not sent
   */
  public Boolean includePackageLicenseInfo() {
    return includePackageLicenseInfo;
  }

  @Override
  public String toString() {
    return "CustomerGetParams{" + "includePackageLicenseInfo=" + includePackageLicenseInfo + "}";
  }

  /** Builds {@link CustomerGetParams}; a parameter left unset (or set to null) is not sent. */
  public static final class Builder {
    private Boolean includePackageLicenseInfo;

    private Builder() {
    }

    /**
     * Sets {@code includePackageLicenseInfo}. When {@code true}, every provisioned package of {@code resourceDetails} lists its {@code licenseIds}.
     *
     * @param includePackageLicenseInfo the value; null to not send it
     * @return this builder
     */
    public Builder includePackageLicenseInfo(Boolean includePackageLicenseInfo) {
      this.includePackageLicenseInfo = includePackageLicenseInfo;
      return this;
    }

    /**
     * The params as set so far; the builder may be reused.
     *
     * @return immutable params
     */
    public CustomerGetParams build() {
      return new CustomerGetParams(this);
    }
  }
}
