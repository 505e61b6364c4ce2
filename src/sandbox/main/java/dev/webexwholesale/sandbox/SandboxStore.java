package dev.webexwholesale.sandbox;

import dev.webexwholesale.model.SubPartner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * All in-memory state. Every access holds this object's monitor: operations take
 * microseconds, so one lock keeps the state consistent without costing throughput.
 */
final class SandboxStore {
  final Lifecycle lifecycle;
  /** When a person consents after the consent email: polls or delay, as for provisioning. */
  Lifecycle consent;
  /** The key List Wholesale Sub-partners answers under: {@code items} (schema) or {@code subPartners} (example). */
  String subPartnerListKey = "items";
  /** List Wholesale Subscribers' {@code email} filter matches exactly (case included) instead of ignoring case. */
  boolean caseSensitiveEmailFilter;
  final OutcomeRules rules;
  final SandboxCounters counters;
  final Map<String, CustomerRecord> customers = new LinkedHashMap<>();
  final Map<String, SubscriberRecord> subscribers = new HashMap<>();
  /**
   * Subscribers per scope (null key: the partner itself) in creation order; array lists so a
   * page at any offset is a slice, not a walk. Removal is O(n) but rare.
   */
  final Map<String, List<SubscriberRecord>> subscribersByScope = new HashMap<>();
  /** Subscribers by normalized email: an email is one Webex identity. */
  final Map<String, SubscriberRecord> byEmail = new HashMap<>();
  final Map<String, SubPartner> subPartners = new LinkedHashMap<>();
  /** Billing reports in creation order; their own life cycle (polls or delay) and failure rules. */
  final Map<String, BillingReportRecord> billingReports = new LinkedHashMap<>();
  Lifecycle billingLifecycle;
  /** Failures for the next reports created, FIFO; then {@link #billingFailureForAll}, if set. */
  final java.util.ArrayDeque<BillingReportFailure> billingFailures = new java.util.ArrayDeque<>();
  BillingReportFailure billingFailureForAll;
  /**
   * What the uniqueness checks of a provision need, so a POST costs the same at 100,000
   * customers as at 10: customers by (scope, externalId) and by orgId. Maintained by
   * {@link #addCustomer}, {@link #renameExternalId} and {@link #purge} only.
   */
  private final Map<ScopedKey, CustomerRecord> byExternalId = new HashMap<>();
  private final Map<String, CustomerRecord> byOrgId = new HashMap<>();

  private record ScopedKey(String scope, String value) {
  }

  SandboxStore(Lifecycle lifecycle, OutcomeRules rules, SandboxCounters counters) {
    this.lifecycle = lifecycle;
    this.consent = lifecycle;
    this.billingLifecycle = lifecycle;
    this.rules = rules;
    this.counters = counters;
  }

  /** The customer if the caller's scope may see it, after applying due transitions. */
  CustomerRecord customer(String id, String scope, boolean poll) {
    CustomerRecord customer = customers.get(id);
    if (customer == null || !Objects.equals(customer.scope, scope)) {
      return null;
    }
    if (poll) {
      customer.poll(lifecycle);
    } else {
      customer.settle(lifecycle);
    }
    if (CustomerRecord.DELETED.equals(customer.status)) {
      purge(customer);
      return null;
    }
    return customer;
  }

  SubscriberRecord subscriber(String id, String scope, boolean poll) {
    SubscriberRecord subscriber = subscribers.get(id);
    if (subscriber == null || customer(subscriber.customer.id, scope, false) == null) {
      return null;
    }
    if (poll) {
      subscriber.poll(lifecycle);
    } else {
      subscriber.settle(lifecycle);
    }
    return subscriber;
  }

  /** Settles every customer of a scope, drops finished deletions, returns the rest in order. */
  List<CustomerRecord> customersOf(String scope) {
    List<CustomerRecord> visible = new ArrayList<>();
    List<CustomerRecord> deleted = new ArrayList<>();
    for (CustomerRecord customer : customers.values()) {
      if (!Objects.equals(customer.scope, scope)) {
        continue;
      }
      customer.settle(lifecycle);
      (CustomerRecord.DELETED.equals(customer.status) ? deleted : visible).add(customer);
    }
    deleted.forEach(this::purge);
    return visible;
  }

  /** The scope's customer with this externalId that is not (yet) deleted, or null; O(1). */
  CustomerRecord liveCustomerWithExternalId(String scope, String externalId) {
    CustomerRecord customer = byExternalId.get(new ScopedKey(scope, externalId));
    return customer == null ? null : customer(customer.id, customer.scope, false);
  }

  /** Whether a customer that is not (yet) deleted maps this org; O(1). */
  boolean orgMapped(String orgId) {
    CustomerRecord customer = byOrgId.get(orgId);
    return customer != null && customer(customer.id, customer.scope, false) != null;
  }

  void addCustomer(CustomerRecord customer) {
    customers.put(customer.id, customer);
    if (customer.externalId != null) {
      byExternalId.put(new ScopedKey(customer.scope, customer.externalId), customer);
    }
    if (customer.orgId != null) {
      byOrgId.put(customer.orgId, customer);
    }
  }

  void renameExternalId(CustomerRecord customer, String externalId) {
    if (customer.externalId != null) {
      byExternalId.remove(new ScopedKey(customer.scope, customer.externalId), customer);
    }
    customer.externalId = externalId;
    byExternalId.put(new ScopedKey(customer.scope, externalId), customer);
  }

  void addSubscriber(SubscriberRecord subscriber) {
    subscribers.put(subscriber.id, subscriber);
    subscriber.customer.subscribers.add(subscriber);
    subscribersByScope.computeIfAbsent(subscriber.customer.scope, k -> new ArrayList<>()).add(subscriber);
    byEmail.put(SandboxCounters.normalizeEmail(subscriber.email), subscriber);
  }

  void removeSubscriber(SubscriberRecord subscriber) {
    subscribers.remove(subscriber.id);
    subscriber.customer.subscribers.remove(subscriber);
    List<SubscriberRecord> scoped = subscribersByScope.get(subscriber.customer.scope);
    if (scoped != null) {
      scoped.remove(subscriber);
    }
    byEmail.remove(SandboxCounters.normalizeEmail(subscriber.email));
  }

  /** The subscribers a scope may see, in creation order (live list: hold the lock). */
  List<SubscriberRecord> subscribersOf(String scope) {
    List<SubscriberRecord> scoped = subscribersByScope.get(scope);
    return scoped == null ? List.of() : scoped;
  }

  boolean emailTaken(String email) {
    return byEmail.containsKey(SandboxCounters.normalizeEmail(email));
  }

  private void purge(CustomerRecord customer) {
    customers.remove(customer.id);
    if (customer.externalId != null) {
      byExternalId.remove(new ScopedKey(customer.scope, customer.externalId), customer);
    }
    if (customer.orgId != null) {
      byOrgId.remove(customer.orgId, customer);
    }
    for (SubscriberRecord subscriber : new ArrayList<>(customer.subscribers)) {
      removeSubscriber(subscriber);
    }
  }

  void clear() {
    customers.clear();
    byExternalId.clear();
    byOrgId.clear();
    subscribers.clear();
    subscribersByScope.clear();
    byEmail.clear();
    billingReports.clear();
    billingFailures.clear();
  }
}
