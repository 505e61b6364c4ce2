/*
 * Generated from openapi/webex-wholesale.yaml by src/codegen with the templates in
 * openapi/templates/webex. Do not edit: change the spec or the templates and regenerate.
 */
package dev.webexwholesale.client;

import retrofit2.Retrofit;

/**
 * The client's resource accessors, one per group of the spec; {@link WholesaleClient} and each
 * of its views inherit them.
 */
abstract class WholesaleResources {
  /** The Retrofit services: created once per client, shared by its views. */
  static final class Apis {
    final dev.webexwholesale.api.BillingReportsApi billingReports;
    final dev.webexwholesale.api.CustomersApi customers;
    final dev.webexwholesale.api.SubPartnersApi subPartners;
    final dev.webexwholesale.api.SubscribersApi subscribers;

    Apis(Retrofit retrofit) {
      this.billingReports = ServiceCalls.create(retrofit, dev.webexwholesale.api.BillingReportsApi.class);
      this.customers = ServiceCalls.create(retrofit, dev.webexwholesale.api.CustomersApi.class);
      this.subPartners = ServiceCalls.create(retrofit, dev.webexwholesale.api.SubPartnersApi.class);
      this.subscribers = ServiceCalls.create(retrofit, dev.webexwholesale.api.SubscribersApi.class);
    }
  }
  private final BillingReportsResource billingReports;
  private final CustomersResource customers;
  private final SubPartnersResource subPartners;
  private final SubscribersResource subscribers;

  WholesaleResources(Apis apis, CallRunner calls, ResourcePolling waits) {
    this.billingReports = new BillingReportsResource(apis.billingReports, calls, waits);
    this.customers = new CustomersResource(apis.customers, calls, waits);
    this.subPartners = new SubPartnersResource(apis.subPartners, calls, waits);
    this.subscribers = new SubscribersResource(apis.subscribers, calls, waits);
  }

  /**
   * The {@code billingReports} operations, with this view's options.
   *
   * @return the billingReports resource
   */
  public BillingReportsResource billingReports() {
    return billingReports;
  }

  /**
   * The {@code customers} operations, with this view's options.
   *
   * @return the customers resource
   */
  public CustomersResource customers() {
    return customers;
  }

  /**
   * The {@code subPartners} operations, with this view's options.
   *
   * @return the subPartners resource
   */
  public SubPartnersResource subPartners() {
    return subPartners;
  }

  /**
   * The {@code subscribers} operations, with this view's options.
   *
   * @return the subscribers resource
   */
  public SubscribersResource subscribers() {
    return subscribers;
  }
}
