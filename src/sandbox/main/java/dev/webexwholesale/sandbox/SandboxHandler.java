package dev.webexwholesale.sandbox;

import java.util.Set;
import java.util.function.Supplier;

/**
 * The request pipeline, independent of the embedded server: counters, injected faults, rate
 * limit, authentication, sub-partner scope, then the operation itself.
 */
final class SandboxHandler {
  private final SandboxStore store;
  private final SandboxCounters counters;
  private final FaultRules faults;
  private final RateLimiter rateLimiter;
  private final Set<String> acceptedTokens;
  private final CustomerOperations customers;
  private final SubscriberOperations subscribers;
  private final SubPartnerOperations subPartners;
  private final BillingReportOperations billingReports;
  /** Null unless the sandbox was built with an OAuth client: then only issued tokens are accepted. */
  private final OAuthServer oauth;
  private final SandboxAdmin admin;
  /** Null unless lost answers or latency were asked for. */
  private final RandomFaults randomFaults;

  SandboxHandler(SandboxStore store, FaultRules faults, RateLimiter rateLimiter, Set<String> acceptedTokens,
      Supplier<String> baseUrl, OAuthServer oauth, SandboxAdmin admin, RandomFaults randomFaults,
      BillingDownloadHost downloadHost) {
    this.admin = admin;
    this.randomFaults = randomFaults;
    this.store = store;
    this.counters = store.counters;
    this.faults = faults;
    this.rateLimiter = rateLimiter;
    this.acceptedTokens = acceptedTokens;
    this.customers = new CustomerOperations(store, baseUrl);
    this.subscribers = new SubscriberOperations(store, baseUrl);
    this.subPartners = new SubPartnerOperations(store, baseUrl);
    this.billingReports = new BillingReportOperations(store, baseUrl, downloadHost);
    this.oauth = oauth;
  }

  CustomerOperations customers() {
    return customers;
  }

  SubscriberOperations subscribers() {
    return subscribers;
  }

  BillingReportOperations billingReports() {
    return billingReports;
  }

  SandboxResponse handle(SandboxRequest request) {
    if (admin != null && request.rawPath.startsWith(SandboxAdmin.PREFIX)) {
      // Steering, not API traffic: no counters, faults, rate limit or token.
      return admin.handle(request).header("trackingid", request.trackingId);
    }
    counters.request(request.operation);
    SandboxFault fault = faults.take(request.method, request.path);
    long delayMillis = 0;
    if (randomFaults != null) { // rehearsal faults (lost answers, latency); injected rules come first
      fault = fault != null ? fault : randomFaults.pick(request.operation);
      delayMillis = randomFaults.latencyMillis();
    }
    SandboxResponse response;
    if (fault != null) {
      counters.faultInjected();
    }
    if (fault != null && fault.kind() == SandboxFault.Kind.LATENCY) {
      delayMillis = fault.latency().toMillis();
      fault = null;
    }
    if (fault != null && !fault.isAfterHandling()) {
      response = faultResponse(fault, request);
    } else {
      response = process(request);
      if (fault != null) {
        response = faultResponse(fault, request);
      }
    }
    if (response.status == 429 && response.fault == null) {
      counters.rateLimited();
    }
    response.delayMillis += delayMillis;
    response.header("trackingid", request.trackingId);
    return response;
  }

  private SandboxResponse process(SandboxRequest request) {
    if (rateLimiter != null) {
      int retryAfter = rateLimiter.acquire();
      if (retryAfter > 0) {
        return WebexErrors.response(429, "Too many requests; retry after " + retryAfter + " second(s).",
            WebexErrors.RATE_LIMITED,
            request.trackingId).header("Retry-After", Integer.toString(retryAfter));
      }
    }
    if (oauth != null && oauth.handles(request)) {
      return oauth.handle(request);
    }
    if (!authorized(request.header("Authorization"))) {
      return WebexErrors.response(401,
          "The request requires a valid access token set in the Authorization request header.",
          WebexErrors.INVALID_ACCESS_TOKEN,
          request.trackingId);
    }
    if (request.operation == Operation.UNKNOWN) {
      return WebexErrors.response(404, "The requested resource could not be found.", WebexErrors.NOT_FOUND,
          request.trackingId);
    }
    try {
      checkScope(request);
      return dispatch(request);
    } catch (WebexErrors.Failure failure) {
      return failure.toResponse(request.trackingId);
    }
  }

  private SandboxResponse dispatch(SandboxRequest request) {
    switch (request.operation) {
      case LIST_CUSTOMERS:
        return customers.list(request);
      case PROVISION_CUSTOMER:
        return customers.provision(request);
      case GET_CUSTOMER:
        return customers.get(request);
      case UPDATE_CUSTOMER:
        return customers.update(request);
      case REMOVE_CUSTOMER:
        return customers.remove(request);
      case PRECHECK_CUSTOMER:
        return customers.precheck(request);
      case LIST_SUBSCRIBERS:
        return subscribers.list(request);
      case PROVISION_SUBSCRIBER:
        return subscribers.provision(request);
      case GET_SUBSCRIBER:
        return subscribers.get(request);
      case UPDATE_SUBSCRIBER:
        return subscribers.update(request);
      case REMOVE_SUBSCRIBER:
        return subscribers.remove(request);
      case PRECHECK_SUBSCRIBER:
        return subscribers.precheck(request);
      case SEND_CONSENT_EMAIL:
        return subscribers.sendConsentEmail(request);
      case LIST_SUB_PARTNERS:
        return subPartners.list(request);
      case LIST_BILLING_REPORTS:
        return billingReports.list(request);
      case CREATE_BILLING_REPORT:
        return billingReports.create(request);
      case GET_BILLING_REPORT:
        return billingReports.get(request);
      case DELETE_BILLING_REPORT:
        return billingReports.delete(request);
      default:
        throw new IllegalStateException("unrouted operation " + request.operation);
    }
  }

  private boolean authorized(String header) {
    if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    String token = header.substring(7).trim();
    if (oauth != null) {
      return oauth.issuer().accepts(token) || acceptedTokens.contains(token);
    }
    return !token.isEmpty() && (acceptedTokens.isEmpty() || acceptedTokens.contains(token));
  }

  private void checkScope(SandboxRequest request) {
    String scope = request.subPartnerOrgId();
    if (scope == null || request.operation == Operation.LIST_SUB_PARTNERS || request.operation.isBillingReport()) {
      return;
    }
    boolean known;
    synchronized (store) {
      known = store.subPartners.containsKey(scope);
    }
    if (!known) {
      throw WebexErrors.failure(403, WebexErrors.UNKNOWN_SUB_PARTNER,
          "onBehalfOfSubPartnerOrgId is not a sub-partner of this partner: " + scope);
    }
  }

  private static SandboxResponse faultResponse(SandboxFault fault, SandboxRequest request) {
    if (fault.kind() == SandboxFault.Kind.STATUS) {
      SandboxResponse response = WebexErrors.response(fault.status(), "Injected failure (HTTP " + fault.status()
          + ").", WebexErrors.INJECTED_FAILURE, request.trackingId);
      if (fault.retryAfterSeconds() != null) {
        response.header("Retry-After", Integer.toString(fault.retryAfterSeconds()));
      }
      return response;
    }
    SandboxResponse response = SandboxResponse.empty(500);
    response.fault = fault;
    return response;
  }
}
