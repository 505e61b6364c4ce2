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
  /**
   * The Retrofit services: shared by a client and its views, each made at its first use (a service
   * is a proxy class to generate: a one-call run makes only the one it calls).
   */
  static final class Apis {
    private final Retrofit retrofit;
    private dev.webexwholesale.api.BillingReportsApi billingReports;
    private dev.webexwholesale.api.CustomersApi customers;
    private dev.webexwholesale.api.SubPartnersApi subPartners;
    private dev.webexwholesale.api.SubscribersApi subscribers;

    Apis(Retrofit retrofit) {
      this.retrofit = retrofit;
    }

    synchronized dev.webexwholesale.api.BillingReportsApi billingReports() {
      if (billingReports == null) {
        billingReports = ServiceCalls.create(retrofit, dev.webexwholesale.api.BillingReportsApi.class);
      }
      return billingReports;
    }

    synchronized dev.webexwholesale.api.CustomersApi customers() {
      if (customers == null) {
        customers = ServiceCalls.create(retrofit, dev.webexwholesale.api.CustomersApi.class);
      }
      return customers;
    }

    synchronized dev.webexwholesale.api.SubPartnersApi subPartners() {
      if (subPartners == null) {
        subPartners = ServiceCalls.create(retrofit, dev.webexwholesale.api.SubPartnersApi.class);
      }
      return subPartners;
    }

    synchronized dev.webexwholesale.api.SubscribersApi subscribers() {
      if (subscribers == null) {
        subscribers = ServiceCalls.create(retrofit, dev.webexwholesale.api.SubscribersApi.class);
      }
      return subscribers;
    }
  }

  private final Apis apis;
  private final CallRunner calls;
  private final ResourcePolling waits;
  /** Made at first use; two threads racing may each make one: immutable, either will do. */
  private BillingReportsResource billingReports;
  /** Made at first use; two threads racing may each make one: immutable, either will do. */
  private CustomersResource customers;
  /** Made at first use; two threads racing may each make one: immutable, either will do. */
  private SubPartnersResource subPartners;
  /** Made at first use; two threads racing may each make one: immutable, either will do. */
  private SubscribersResource subscribers;

  WholesaleResources(Apis apis, CallRunner calls, ResourcePolling waits) {
    this.apis = apis;
    this.calls = calls;
    this.waits = waits;
  }

  /**
   * The {@code billingReports} operations, with this view's options.
   *
   * @return the billingReports resource
   */
  public BillingReportsResource billingReports() {
    BillingReportsResource resource = billingReports;
    if (resource == null) {
      resource = new BillingReportsResource(apis.billingReports(), calls, waits);
      billingReports = resource;
    }
    return resource;
  }

  /**
   * The {@code customers} operations, with this view's options.
   *
   * @return the customers resource
   */
  public CustomersResource customers() {
    CustomersResource resource = customers;
    if (resource == null) {
      resource = new CustomersResource(apis.customers(), calls, waits);
      customers = resource;
    }
    return resource;
  }

  /**
   * The {@code subPartners} operations, with this view's options.
   *
   * @return the subPartners resource
   */
  public SubPartnersResource subPartners() {
    SubPartnersResource resource = subPartners;
    if (resource == null) {
      resource = new SubPartnersResource(apis.subPartners(), calls, waits);
      subPartners = resource;
    }
    return resource;
  }

  /**
   * The {@code subscribers} operations, with this view's options.
   *
   * @return the subscribers resource
   */
  public SubscribersResource subscribers() {
    SubscribersResource resource = subscribers;
    if (resource == null) {
      resource = new SubscribersResource(apis.subscribers(), calls, waits);
      subscribers = resource;
    }
    return resource;
  }
}
