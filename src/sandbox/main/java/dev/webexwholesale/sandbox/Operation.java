package dev.webexwholesale.sandbox;

/**
 * The 18 operations of Webex's spec, named by their {@code operationId}; {@link #UNKNOWN} covers
 * any other method and path. Used for routing and for the per-operation request counters.
 */
public enum Operation {
  /** {@code GET /wholesale/customers}. */
  LIST_CUSTOMERS("listCustomers"),
  /** {@code POST /wholesale/customers}. */
  PROVISION_CUSTOMER("provisionCustomer"),
  /** {@code GET /wholesale/customers/{customerId}}. */
  GET_CUSTOMER("getCustomer"),
  /** {@code PUT /wholesale/customers/{customerId}}. */
  UPDATE_CUSTOMER("updateCustomer"),
  /** {@code DELETE /wholesale/customers/{customerId}}. */
  REMOVE_CUSTOMER("removeCustomer"),
  /** {@code POST /wholesale/customers/validate}. */
  PRECHECK_CUSTOMER("precheckCustomer"),
  /** {@code GET /wholesale/subscribers}. */
  LIST_SUBSCRIBERS("listSubscribers"),
  /** {@code POST /wholesale/subscribers}. */
  PROVISION_SUBSCRIBER("provisionSubscriber"),
  /** {@code GET /wholesale/subscribers/{subscriberId}}. */
  GET_SUBSCRIBER("getSubscriber"),
  /** {@code PUT /wholesale/subscribers/{subscriberId}}. */
  UPDATE_SUBSCRIBER("updateSubscriber"),
  /** {@code DELETE /wholesale/subscribers/{subscriberId}}. */
  REMOVE_SUBSCRIBER("removeSubscriber"),
  /** {@code POST /wholesale/subscribers/validate}. */
  PRECHECK_SUBSCRIBER("precheckSubscriber"),
  /** {@code POST /subscribers/{subscriberId}/emails/consentMove} (no {@code /wholesale} prefix). */
  SEND_CONSENT_EMAIL("sendConsentEmail"),
  /** {@code GET /wholesale/subPartners}. */
  LIST_SUB_PARTNERS("listSubPartners"),
  /** {@code GET /wholesale/billing/reports}. */
  LIST_BILLING_REPORTS("listBillingReports"),
  /** {@code POST /wholesale/billing/reports}. */
  CREATE_BILLING_REPORT("createBillingReport"),
  /** {@code GET /wholesale/billing/reports/{id}}. */
  GET_BILLING_REPORT("getBillingReport"),
  /** {@code DELETE /wholesale/billing/reports/{id}}. */
  DELETE_BILLING_REPORT("deleteBillingReport"),
  /** Any other method and path; answered 404. */
  UNKNOWN("unknown");

  private final String operationId;

  Operation(String operationId) {
    this.operationId = operationId;
  }

  /**
   * The spec's {@code operationId}, e.g. {@code provisionSubscriber}.
   *
   * @return the operationId; {@code unknown} for {@link #UNKNOWN}
   */
  public String operationId() {
    return operationId;
  }

  /** Whether this is one of the four billing report operations (scoped by {@code subPartnerOrgId}). */
  boolean isBillingReport() {
    return this == LIST_BILLING_REPORTS || this == CREATE_BILLING_REPORT || this == GET_BILLING_REPORT
        || this == DELETE_BILLING_REPORT;
  }

  /**
   * Matches a method and a path relative to {@code /v1} (segments already split).
   */
  static Operation match(String method, String[] segments) {
    // Send Consent User Move Email: the official path has no /wholesale prefix.
    if (segments.length == 4 && segments[0].equals("subscribers") && segments[2].equals("emails")
        && segments[3].equals("consentMove")) {
      return method.equals("POST") ? SEND_CONSENT_EMAIL : UNKNOWN;
    }
    if (segments.length >= 3 && segments.length <= 4 && segments[0].equals("wholesale")
        && segments[1].equals("billing") && segments[2].equals("reports")) {
      return segments.length == 3 ? collectionOp(method, LIST_BILLING_REPORTS, CREATE_BILLING_REPORT)
          : method.equals("GET") ? GET_BILLING_REPORT : method.equals("DELETE") ? DELETE_BILLING_REPORT : UNKNOWN;
    }
    if (segments.length < 2 || segments.length > 3 || !segments[0].equals("wholesale")) {
      return UNKNOWN;
    }
    String collection = segments[1];
    boolean item = segments.length == 3;
    boolean validate = item && segments[2].equals("validate");
    switch (collection) {
      case "customers":
        if (validate) {
          return method.equals("POST") ? PRECHECK_CUSTOMER : UNKNOWN;
        }
        return item ? itemOp(method, GET_CUSTOMER, UPDATE_CUSTOMER, REMOVE_CUSTOMER)
            : collectionOp(method, LIST_CUSTOMERS, PROVISION_CUSTOMER);
      case "subscribers":
        if (validate) {
          return method.equals("POST") ? PRECHECK_SUBSCRIBER : UNKNOWN;
        }
        return item ? itemOp(method, GET_SUBSCRIBER, UPDATE_SUBSCRIBER, REMOVE_SUBSCRIBER)
            : collectionOp(method, LIST_SUBSCRIBERS, PROVISION_SUBSCRIBER);
      case "subPartners":
        return !item && method.equals("GET") ? LIST_SUB_PARTNERS : UNKNOWN;
      default:
        return UNKNOWN;
    }
  }

  private static Operation itemOp(String method, Operation get, Operation put, Operation delete) {
    switch (method) {
      case "GET":
        return get;
      case "PUT":
        return put;
      case "DELETE":
        return delete;
      default:
        return UNKNOWN;
    }
  }

  private static Operation collectionOp(String method, Operation list, Operation post) {
    switch (method) {
      case "GET":
        return list;
      case "POST":
        return post;
      default:
        return UNKNOWN;
    }
  }
}
