package dev.webexwholesale.sandbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The text forms of sandbox settings, shared by the command line ({@code webex-wholesale
 * sandbox}) and the admin HTTP API so both accept exactly the same words.
 */
public final class SandboxSettings {
  private static final Set<String> FAULT_KEYS = Set.of("fault", "method", "path", "times", "retryAfter",
      "latencyMs", "afterHandling");

  private SandboxSettings() {
  }

  /**
   * {@code provisioned_with_errors}, {@code ERROR}, {@code pending-rpl-review}...: any case, - or _.
   *
   * @param text the outcome's name
   * @return the customer outcome
   * @throws IllegalArgumentException an unknown name; the message lists the known ones
   */
  public static CustomerOutcome customerOutcome(String text) {
    return enumValue(CustomerOutcome.class, text);
  }

  /**
   * A subscriber outcome from its name, read as {@link #customerOutcome(String)} reads one.
   *
   * @param text the outcome's name, e.g. {@code pending-user-migration}
   * @return the subscriber outcome
   * @throws IllegalArgumentException an unknown name; the message lists the known ones
   */
  public static SubscriberOutcome subscriberOutcome(String text) {
    return enumValue(SubscriberOutcome.class, text);
  }

  /**
   * A fault rule: where it applies and what it does.
   *
   * @param method HTTP method, null for any
   * @param path prefix of the path below {@code /v1}, e.g. {@code /wholesale/customers}
   * @param times how many matching requests get the fault, at least 1
   * @param fault what those requests get
   */
  public record FaultRule(String method, String path, int times, SandboxFault fault) {
    /**
     * Adds this rule to a running sandbox.
     *
     * @param sandbox the sandbox whose next matching requests get the fault
     */
    public void applyTo(WholesaleSandbox sandbox) {
      sandbox.injectFault(method, path, times, fault);
    }
  }

  /**
   * Parses {@code fault=503,method=POST,path=/wholesale/customers,times=2,retryAfter=5} (the
   * command line's form). Keys: {@code fault} (an HTTP status 400-599, {@code reset},
   * {@code empty}, {@code malformed-chunk} or {@code latency}), {@code method}, {@code path}
   * (default {@code /}), {@code times} (default 1), {@code retryAfter} (seconds),
   * {@code latencyMs}, {@code afterHandling} (true: process the request, then lose the answer).
   *
   * @param commaSeparated the rule, {@code key=value} parts separated by commas
   * @return the rule
   * @throws IllegalArgumentException an unknown key, a missing {@code fault} or a value that does not parse
   */
  public static FaultRule faultRule(String commaSeparated) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String part : commaSeparated.split(",")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("fault rule parts are key=value, got '" + part + "'");
      }
      fields.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
    }
    return faultRule(fields);
  }

  /**
   * The same from a map of field values (the admin API's JSON object).
   *
   * @param fields the rule's keys and values
   * @return the rule
   * @throws IllegalArgumentException an unknown key, a missing {@code fault} or a value that does not parse
   */
  public static FaultRule faultRule(Map<String, String> fields) {
    for (String key : fields.keySet()) {
      if (!FAULT_KEYS.contains(key)) {
        throw new IllegalArgumentException("unknown fault key '" + key + "'; known: " + String.join(", ",
            new java.util.TreeSet<>(FAULT_KEYS)));
      }
    }
    String kind = fields.get("fault");
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("a fault rule needs fault=STATUS|reset|empty|malformed-chunk|latency");
    }
    Integer retryAfter = fields.containsKey("retryAfter") ? integer("retryAfter", fields.get("retryAfter")) : null;
    SandboxFault fault;
    switch (kind.toLowerCase(Locale.ROOT)) {
      case "reset":
        fault = SandboxFault.connectionReset();
        break;
      case "empty":
        fault = SandboxFault.emptyReply();
        break;
      case "malformed-chunk":
        fault = SandboxFault.malformedChunk();
        break;
      case "latency":
        fault = SandboxFault.latency(Duration.ofMillis(integer("latencyMs", fields.getOrDefault("latencyMs", "1000"))));
        break;
      default:
        fault = SandboxFault.status(integer("fault", kind), retryAfter);
    }
    if (Boolean.parseBoolean(fields.getOrDefault("afterHandling", "false"))) {
      fault = fault.afterHandling();
    }
    String method = fields.get("method");
    int times = integer("times", fields.getOrDefault("times", "1"));
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1");
    }
    String path = fields.getOrDefault("path", "/");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with / (below /v1), got '" + path + "'");
    }
    return new FaultRule(method == null || method.isBlank() ? null : method.toUpperCase(Locale.ROOT), path, times,
        fault);
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String text) {
    if (text == null) {
      throw new IllegalArgumentException("missing outcome");
    }
    String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    StringBuilder known = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      known.append(known.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
    }
    throw new IllegalArgumentException("unknown outcome '" + text + "'; known: " + known);
  }

  private static int integer(String key, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " needs an integer, got '" + value + "'");
    }
  }
}
