package dev.webexwholesale.sandbox;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** Lock-free request counters and the per (customer, email) tally of accepted provisions. */
final class SandboxCounters {
  private final LongAdder total = new LongAdder();
  private final EnumMap<Operation, LongAdder> perOperation = new EnumMap<>(Operation.class);
  private final LongAdder rateLimited = new LongAdder();
  private final LongAdder faultsInjected = new LongAdder();
  private final LongAdder provisionsAccepted = new LongAdder();
  private final LongAdder duplicateAttempts = new LongAdder();
  private final Map<String, Map<String, AtomicInteger>> acceptedByCustomer = new ConcurrentHashMap<>();

  SandboxCounters() {
    for (Operation op : Operation.values()) {
      perOperation.put(op, new LongAdder());
    }
  }

  void request(Operation op) {
    total.increment();
    perOperation.get(op).increment();
  }

  void rateLimited() {
    rateLimited.increment();
  }

  void faultInjected() {
    faultsInjected.increment();
  }

  void provisionAccepted(String customerId, String email) {
    provisionsAccepted.increment();
    acceptedByCustomer
        .computeIfAbsent(customerId, k -> new ConcurrentHashMap<>())
        .computeIfAbsent(normalizeEmail(email), k -> new AtomicInteger())
        .incrementAndGet();
  }

  void duplicateAttempt() {
    duplicateAttempts.increment();
  }

  int accepted(String customerId, String email) {
    Map<String, AtomicInteger> byEmail = acceptedByCustomer.get(customerId);
    AtomicInteger count = byEmail == null ? null : byEmail.get(normalizeEmail(email));
    return count == null ? 0 : count.get();
  }

  Map<String, Integer> acceptedByEmail(String customerId) {
    Map<String, AtomicInteger> byEmail = acceptedByCustomer.get(customerId);
    if (byEmail == null) {
      return Collections.emptyMap();
    }
    Map<String, Integer> copy = new LinkedHashMap<>();
    byEmail.forEach((email, count) -> copy.put(email, count.get()));
    return Collections.unmodifiableMap(copy);
  }

  SandboxStats snapshot() {
    Map<Operation, Long> ops = new EnumMap<>(Operation.class);
    perOperation.forEach((op, adder) -> ops.put(op, adder.sum()));
    return new SandboxStats(total.sum(), Collections.unmodifiableMap(ops), rateLimited.sum(), faultsInjected.sum(),
        provisionsAccepted.sum(), duplicateAttempts.sum());
  }

  void reset() {
    total.reset();
    perOperation.values().forEach(LongAdder::reset);
    rateLimited.reset();
    faultsInjected.reset();
    provisionsAccepted.reset();
    duplicateAttempts.reset();
    acceptedByCustomer.clear();
  }

  static String normalizeEmail(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }
}
