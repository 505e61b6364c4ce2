package dev.webexwholesale.sandbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** "The next N requests matching METHOD + path prefix get fault F", first rule first. */
final class FaultRules {
  private static final class Rule {
    final String method;
    final String pathPrefix;
    int remaining;
    final SandboxFault fault;

    Rule(String method, String pathPrefix, int remaining, SandboxFault fault) {
      this.method = method;
      this.pathPrefix = pathPrefix;
      this.remaining = remaining;
      this.fault = fault;
    }
  }

  private final List<Rule> rules = new ArrayList<>();
  // Read without the lock on the hot path: no rules is the common case under load.
  private volatile boolean empty = true;

  synchronized void add(String method, String pathPrefix, int times, SandboxFault fault) {
    rules.add(new Rule(method == null ? null : method.toUpperCase(java.util.Locale.ROOT), pathPrefix, times, fault));
    empty = false;
  }

  synchronized void clear() {
    rules.clear();
    empty = true;
  }

  /** Consumes and returns the fault for this request, or null. */
  SandboxFault take(String method, String path) {
    if (empty || path == null) {
      return null;
    }
    synchronized (this) {
      for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
        Rule rule = it.next();
        if ((rule.method == null || rule.method.equals(method)) && path.startsWith(rule.pathPrefix)) {
          if (--rule.remaining <= 0) {
            it.remove();
          }
          empty = rules.isEmpty();
          return rule.fault;
        }
      }
      return null;
    }
  }
}
