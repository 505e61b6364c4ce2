package dev.webexwholesale.client.internal.observe;

import java.lang.System.Logger;

/**
 * The client's {@link System.Logger}s, one per concern, all under {@code dev.webexwholesale.client}
 * so one logger setting covers them. Levels are documented in {@code docs/observability.md}. Not API.
 */
public final class ClientLoggers {
  /** Each retry: what, why, how long it waits (DEBUG). */
  public static final Logger RETRY = System.getLogger("dev.webexwholesale.client.retry");
  /** Each poll of a wait and how the wait ended (DEBUG). */
  public static final Logger WAIT = System.getLogger("dev.webexwholesale.client.wait");
  /** The wire log (DEBUG lines and headers, TRACE bodies) and refused redirects (WARNING). */
  public static final Logger HTTP = System.getLogger("dev.webexwholesale.client.http");
  /** Foreign next links (WARNING). */
  public static final Logger PAGING = System.getLogger("dev.webexwholesale.client.paging");
  /** Rate-limit pacing (DEBUG). */
  public static final Logger RATE_LIMIT = System.getLogger("dev.webexwholesale.client.ratelimit");

  private ClientLoggers() {
  }

  /**
   * A duration as people read it in a log line: {@code 250 ms}, {@code 1.5 s}.
   *
   * @param d the duration
   * @return the text
   */
  public static String human(java.time.Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
  }
}
