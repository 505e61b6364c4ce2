package dev.webexwholesale.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides each new resource's outcome: a rule keyed by the customer's externalId or the
 * subscriber's email wins, then (subscribers) a configured free Webex account, then the next
 * queued outcome, then the default.
 */
final class OutcomeRules {
  private final Map<String, CustomerOutcome> byExternalId = new ConcurrentHashMap<>();
  private final Map<String, SubscriberOutcome> byEmail = new ConcurrentHashMap<>();
  /** Emails of active free Webex accounts: configuration, kept by {@link #clear()}. */
  private final Set<String> freeAccounts = ConcurrentHashMap.newKeySet();
  private final Deque<CustomerOutcome> nextCustomers = new ArrayDeque<>();
  private final Deque<SubscriberOutcome> nextSubscribers = new ArrayDeque<>();
  private final CustomerOutcome defaultCustomer;
  private final SubscriberOutcome defaultSubscriber;

  OutcomeRules(CustomerOutcome defaultCustomer, SubscriberOutcome defaultSubscriber) {
    this.defaultCustomer = defaultCustomer;
    this.defaultSubscriber = defaultSubscriber;
  }

  void customer(String externalId, CustomerOutcome outcome) {
    byExternalId.put(externalId, outcome);
  }

  void subscriber(String email, SubscriberOutcome outcome) {
    byEmail.put(SandboxCounters.normalizeEmail(email), outcome);
  }

  void freeAccount(String email) {
    freeAccounts.add(SandboxCounters.normalizeEmail(email));
  }

  synchronized void nextCustomer(CustomerOutcome outcome) {
    nextCustomers.addLast(outcome);
  }

  synchronized void nextSubscriber(SubscriberOutcome outcome) {
    nextSubscribers.addLast(outcome);
  }

  /** Called once per accepted provision: consumes a queued outcome when no rule applies. */
  synchronized CustomerOutcome forCustomer(String externalId) {
    CustomerOutcome ruled = externalId == null ? null : byExternalId.get(externalId);
    if (ruled != null) {
      return ruled;
    }
    CustomerOutcome queued = nextCustomers.pollFirst();
    return queued != null ? queued : defaultCustomer;
  }

  synchronized SubscriberOutcome forSubscriber(String email) {
    String normalized = SandboxCounters.normalizeEmail(email);
    SubscriberOutcome ruled = byEmail.get(normalized);
    if (ruled != null) {
      return ruled;
    }
    if (freeAccounts.contains(normalized)) {
      return SubscriberOutcome.PENDING_USER_MIGRATION;
    }
    SubscriberOutcome queued = nextSubscribers.pollFirst();
    return queued != null ? queued : defaultSubscriber;
  }

  synchronized void clear() {
    byExternalId.clear();
    byEmail.clear();
    nextCustomers.clear();
    nextSubscribers.clear();
  }
}
