package dev.webexwholesale.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * A misbehaviour to inject into matching requests (see
 * {@link WholesaleSandbox#injectFault(String, String, int, SandboxFault)}).
 *
 * <p>By default the fault replaces the request: the sandbox changes no state. {@link
 * #afterHandling()} makes the sandbox process the request first and only lose the answer,
 * which is what makes a blind POST retry dangerous.
 */
public final class SandboxFault {
  /** How the exchange misbehaves. */
  public enum Kind {
    /** The server resets the connection (OkHttp raises an IOException). */
    CONNECTION_RESET,
    /** The server closes the connection without answering. */
    EMPTY_REPLY,
    /** The server sends a broken chunked body. */
    MALFORMED_CHUNK,
    /** The server answers an HTTP status with a Webex error body. */
    STATUS,
    /** The server answers normally after a delay. */
    LATENCY
  }

  private final Kind kind;
  private final int status;
  private final Integer retryAfterSeconds;
  private final Duration latency;
  private final boolean afterHandling;

  private SandboxFault(Kind kind, int status, Integer retryAfterSeconds, Duration latency, boolean afterHandling) {
    this.kind = kind;
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
    this.latency = latency;
    this.afterHandling = afterHandling;
  }

  public static SandboxFault connectionReset() {
    return new SandboxFault(Kind.CONNECTION_RESET, 0, null, null, false);
  }

  public static SandboxFault emptyReply() {
    return new SandboxFault(Kind.EMPTY_REPLY, 0, null, null, false);
  }

  public static SandboxFault malformedChunk() {
    return new SandboxFault(Kind.MALFORMED_CHUNK, 0, null, null, false);
  }

  /** An error answer such as 500, 502, 503 or 504, with a Webex error body. */
  public static SandboxFault status(int status) {
    return status(status, null);
  }

  /** An error answer with a {@code Retry-After} header (e.g. 429, 423, 503). */
  public static SandboxFault status(int status, Integer retryAfterSeconds) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("fault status must be 4xx or 5xx: " + status);
    }
    return new SandboxFault(Kind.STATUS, status, retryAfterSeconds, null, false);
  }

  /** The normal answer, delivered after {@code delay}. */
  public static SandboxFault latency(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    return new SandboxFault(Kind.LATENCY, 0, null, delay, false);
  }

  /** The same fault, applied after the sandbox has processed the request (the answer is lost). */
  public SandboxFault afterHandling() {
    return new SandboxFault(kind, status, retryAfterSeconds, latency, true);
  }

  public Kind kind() {
    return kind;
  }

  public int status() {
    return status;
  }

  public Integer retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public Duration latency() {
    return latency;
  }

  public boolean isAfterHandling() {
    return afterHandling;
  }

  @Override
  public String toString() {
    return "SandboxFault{" + kind + (status != 0 ? " " + status : "") + (latency != null ? " " + latency : "")
        + (afterHandling ? ", after handling" : "") + "}";
  }
}
