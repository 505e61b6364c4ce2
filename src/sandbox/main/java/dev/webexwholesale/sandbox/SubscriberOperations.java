package dev.webexwholesale.sandbox;

import dev.webexwholesale.model.SubscriberPrecheckRequest;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import dev.webexwholesale.model.SubscriberStatus;
import dev.webexwholesale.model.SubscriberUpdateRequest;
import dev.webexwholesale.model.WholesalePackagesSubscriber;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The seven subscriber operations. Provisioning is synchronous, as Webex documents it: 200
 * {@code provisioned}, or 202 {@code pending_user_migration} for an active free Webex account until
 * the consent email is sent and the person consents.
 */
final class SubscriberOperations {
  static final int MAX_PAGE = 100;

  private final SandboxStore store;
  private final Supplier<String> baseUrl;

  SubscriberOperations(SandboxStore store, Supplier<String> baseUrl) {
    this.store = store;
    this.baseUrl = baseUrl;
  }

  SandboxResponse list(SandboxRequest request) {
    Paging paging = Paging.of(request, MAX_PAGE);
    Filter filter = new Filter(request);
    Comparator<SubscriberRecord> order = order(request);
    String scope = request.subPartnerOrgId();
    Paging.Collector<SubscriberRecord> page = paging.collector();
    String json;
    synchronized (store) {
      List<SubscriberRecord> candidates;
      if (filter.customerId != null) {
        CustomerRecord customer = store.customer(filter.customerId, scope, false);
        candidates = customer == null ? List.of() : customer.subscribers;
      } else {
        store.customersOf(scope); // drops customers whose deletion has finished, with their subscribers
        candidates = store.subscribersOf(scope);
      }
      if (order == null && filter.trivial()) {
        // The benchmark's path: a slice of the creation-ordered list, whatever the offset.
        int from = Math.min(paging.offset, candidates.size());
        int to = (int) Math.min((long) from + paging.max, candidates.size());
        page.skipped(from);
        for (SubscriberRecord subscriber : candidates.subList(from, to)) {
          subscriber.settle(store.lifecycle);
          page.offer(subscriber);
        }
        page.more = to < candidates.size();
      } else if (order != null) {
        List<SubscriberRecord> sorted = new ArrayList<>();
        for (SubscriberRecord subscriber : candidates) {
          if (filter.test(subscriber, scope)) {
            sorted.add(subscriber);
          }
        }
        sorted.sort(order);
        for (SubscriberRecord subscriber : sorted) {
          if (!page.offer(subscriber)) {
            break;
          }
        }
      } else {
        for (SubscriberRecord subscriber : candidates) {
          if (filter.test(subscriber, scope) && !page.offer(subscriber)) {
            break;
          }
        }
      }
      // Written under the lock: the records are live state.
      json = SubscriberJson.list(page.items);
    }
    SandboxResponse response = new SandboxResponse(200, json);
    if (page.more) {
      Paging.linkNext(response, baseUrl.get(), request, paging.offset + paging.max);
    }
    return response;
  }

  SandboxResponse provision(SandboxRequest request) {
    SubscriberProvisionRequest body = Bodies.parse(request, SubscriberProvisionRequest.class);
    List<String> missing = new ArrayList<>();
    Bodies.require(missing, body.getCustomerId(), "customerId");
    Bodies.require(missing, body.getEmail(), "email");
    Bodies.require(missing, body.getProvisioningParameters(), "provisioningParameters");
    Bodies.refuseMissing(missing);
    Bodies.requireEmail(body.getEmail());
    WholesalePackagesSubscriber single = body.getPackage();
    String pkg = choosePackage(single == null ? null : single.getValue(), single == null || single.isKnown(),
        body.getPackages());
    SubscriberRecord subscriber;
    synchronized (store) {
      CustomerRecord customer = customer(body.getCustomerId(), request.subPartnerOrgId());
      if (!customer.provisioned()) {
        throw WebexErrors.failure(400, WebexErrors.CUSTOMER_NOT_READY,
            "The customer is " + customer.status + "; subscribers can be added once it is provisioned.");
      }
      if (store.emailTaken(body.getEmail())) {
        store.counters.duplicateAttempt();
        throw duplicateEmail(body.getEmail());
      }
      SubscriberOutcome outcome = store.rules.forSubscriber(body.getEmail());
      subscriber = create(customer, body.getEmail(), pkg, single != null, outcome);
      store.counters.provisionAccepted(customer.id, body.getEmail());
      int status = outcome == SubscriberOutcome.PENDING_USER_MIGRATION ? 202 : 200;
      return new SandboxResponse(status, SubscriberJson.one(subscriber))
          .header("Location", baseUrl.get() + "/wholesale/subscribers/" + subscriber.id);
    }
  }

  /** Creates a subscriber in the outcome's status at once: Webex provisions subscribers synchronously. */
  SubscriberRecord create(CustomerRecord customer, String email, String pkg, boolean singleField,
      SubscriberOutcome outcome) {
    Instant now = store.lifecycle.now();
    SubscriberRecord subscriber = new SubscriberRecord(Ids.of("SUBSCRIBER"), email, customer, pkg, singleField, now);
    subscriber.setStatus(outcome.status().getValue(), now);
    store.addSubscriber(subscriber);
    return subscriber;
  }

  SandboxResponse get(SandboxRequest request) {
    synchronized (store) {
      return new SandboxResponse(200,
          SubscriberJson.one(found(store.subscriber(request.segments[2], request.subPartnerOrgId(), true))));
    }
  }

  SandboxResponse update(SandboxRequest request) {
    SubscriberUpdateRequest body = Bodies.parse(request, SubscriberUpdateRequest.class);
    WholesalePackagesSubscriber single = body.getPackage();
    String pkg = choosePackage(single == null ? null : single.getValue(), single == null || single.isKnown(),
        body.getPackages());
    synchronized (store) {
      SubscriberRecord subscriber = found(store.subscriber(request.segments[2], request.subPartnerOrgId(), false));
      subscriber.packageName = pkg;
      subscriber.singlePackageField = single != null;
      return new SandboxResponse(200, SubscriberJson.one(subscriber));
    }
  }

  SandboxResponse remove(SandboxRequest request) {
    synchronized (store) {
      store.removeSubscriber(found(store.subscriber(request.segments[2], request.subPartnerOrgId(), false)));
    }
    return SandboxResponse.empty(204);
  }

  /**
   * Send Consent User Move Email: 204 for a subscriber in {@code pending_user_migration}, after
   * which the person consents (per the consent lifecycle); 409 for any other subscriber.
   */
  SandboxResponse sendConsentEmail(SandboxRequest request) {
    synchronized (store) {
      SubscriberRecord subscriber = found(store.subscriber(request.segments[1], request.subPartnerOrgId(), false));
      if (!SubscriberStatus.PENDING_USER_MIGRATION.getValue().equals(subscriber.status)) {
        throw WebexErrors.failure(409, WebexErrors.NOT_PENDING_USER_MIGRATION, "The subscriber is "
            + subscriber.status + "; a consent email is only sent to a subscriber in pending_user_migration.");
      }
      subscriber.consentEmailsSent++;
      if (!subscriber.busy()) {
        subscriber.schedule(SubscriberStatus.PROVISIONED.getValue(), store.consent);
      }
    }
    return SandboxResponse.empty(204);
  }

  /**
   * The documents show three variants, the seed's own example with only customerId and email: no
   * package is needed, both {@code package} and {@code packages} are refused. The customer is not
   * looked up (the seed's example names one no sandbox has); a taken email is reported.
   */
  SandboxResponse precheck(SandboxRequest request) {
    SubscriberPrecheckRequest body = Bodies.parse(request, SubscriberPrecheckRequest.class);
    List<String> missing = new ArrayList<>();
    Bodies.require(missing, body.getEmail(), "email");
    if (body.getCustomerInfo() != null) {
      Bodies.require(missing, body.getCustomerInfo().getPrimaryEmail(), "customerInfo.primaryEmail");
    }
    Bodies.refuseMissing(missing);
    Bodies.requireEmail(body.getEmail());
    SubscriberPrecheckRequest.PackageEnum single = body.getPackage();
    if (single != null || (body.getPackages() != null && !body.getPackages().isEmpty())) {
      choosePackage(single == null ? null : single.getValue(), single == null || single.isKnown(), body.getPackages());
    }
    synchronized (store) {
      if (store.emailTaken(body.getEmail())) {
        throw duplicateEmail(body.getEmail());
      }
    }
    return SandboxResponse.json(200, Bodies.precheckSuccess());
  }

  /** Exactly one of {@code package} and {@code packages} (with one entry); returns the value. */
  private static String choosePackage(String single, boolean singleKnown, List<WholesalePackagesSubscriber> packages) {
    boolean hasList = packages != null && !packages.isEmpty();
    if ((single != null) == hasList) {
      throw WebexErrors.failure(400, WebexErrors.PACKAGE_CHOICE,
          "Either packages or package field is required but not both.");
    }
    if (single != null) {
      if (!singleKnown) {
        throw WebexErrors.badRequest("Unknown package: " + single);
      }
      return single;
    }
    if (packages.size() > 1) {
      throw WebexErrors.badRequest("packages currently accepts only one package.");
    }
    WholesalePackagesSubscriber only = packages.get(0);
    if (only == null || !only.isKnown()) {
      throw WebexErrors.badRequest("Unknown package: " + (only == null ? "null" : only.getValue()));
    }
    return only.getValue();
  }

  private CustomerRecord customer(String customerId, String scope) {
    CustomerRecord customer = store.customer(customerId, scope, false);
    if (customer == null) {
      throw WebexErrors.failure(404, WebexErrors.CUSTOMER_NOT_FOUND, "Customer not found");
    }
    return customer;
  }

  private static WebexErrors.Failure duplicateEmail(String email) {
    return WebexErrors.failure(409, WebexErrors.DUPLICATE_EMAIL, "A subscriber with email " + email
        + " already exists.");
  }

  private static SubscriberRecord found(SubscriberRecord subscriber) {
    if (subscriber == null) {
      throw WebexErrors.failure(404, WebexErrors.SUBSCRIBER_NOT_FOUND, "Subscriber not found");
    }
    return subscriber;
  }

  private static Comparator<SubscriberRecord> order(SandboxRequest request) {
    String sortBy = request.param("sortBy");
    String sortOrder = request.param("sortOrder");
    if (sortBy == null && sortOrder == null) {
      return null;
    }
    if (sortBy == null) {
      sortBy = "created";
    }
    Comparator<SubscriberRecord> order;
    switch (sortBy) {
      case "created":
        order = Comparator.comparing(s -> s.created);
        break;
      case "lastStatusChange":
        order = Comparator.comparing(s -> s.lastStatusChange);
        break;
      case "email":
        order = Comparator.comparing(s -> s.email.toLowerCase(Locale.ROOT));
        break;
      default:
        throw WebexErrors.badRequest("sortBy must be one of created, lastStatusChange, email.");
    }
    if (sortOrder != null) {
      if (sortOrder.equalsIgnoreCase("DESC")) {
        return order.reversed();
      }
      if (!sortOrder.equalsIgnoreCase("ASC")) {
        throw WebexErrors.badRequest("sortOrder must be ASC or DESC.");
      }
    }
    return order;
  }

  /** The list's query filters; scope and status are applied after due transitions. */
  private final class Filter {
    final String customerId;
    final String personId;
    final String externalCustomerId;
    final String email;
    final String status;
    final Instant after;
    final Instant changedAfter;

    Filter(SandboxRequest request) {
      customerId = request.param("customerId");
      personId = request.param("personId");
      externalCustomerId = request.param("externalCustomerId");
      String rawEmail = request.param("email");
      email = rawEmail == null ? null
          : store.caseSensitiveEmailFilter ? rawEmail.strip() : SandboxCounters.normalizeEmail(rawEmail);
      status = request.param("status");
      after = instant(request, "after");
      changedAfter = instant(request, "lastStatusChange");
    }

    /** No per-subscriber condition beyond scope and customer, which the candidate list already fixes. */
    boolean trivial() {
      return personId == null && externalCustomerId == null && email == null && status == null && after == null
          && changedAfter == null;
    }

    boolean test(SubscriberRecord s, String scope) {
      if (!java.util.Objects.equals(s.customer.scope, scope) || CustomerRecord.DELETED.equals(s.customer.status)
          || (personId != null && !personId.equals(s.personId))
          || (externalCustomerId != null && !externalCustomerId.equals(s.customer.externalId))
          || (email != null && !email.equals(store.caseSensitiveEmailFilter ? s.email.strip()
              : SandboxCounters.normalizeEmail(s.email)))
          || (after != null && !s.created.isAfter(after))) {
        return false;
      }
      s.settle(store.lifecycle);
      return (status == null || status.equals(s.status))
          && (changedAfter == null || s.lastStatusChange.isAfter(changedAfter));
    }

    private Instant instant(SandboxRequest request, String name) {
      String raw = request.param(name);
      if (raw == null) {
        return null;
      }
      try {
        if (raw.chars().allMatch(Character::isDigit)) {
          return Instant.ofEpochMilli(Long.parseLong(raw)); // epoch milliseconds, the preferred form
        }
        return OffsetDateTime.parse(raw).toInstant();
      } catch (DateTimeParseException | NumberFormatException e) {
        throw WebexErrors.badRequest(name + " must be epoch milliseconds or an ISO-8601 date-time.");
      }
    }
  }
}
