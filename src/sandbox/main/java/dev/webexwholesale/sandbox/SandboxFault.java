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

  /**
   * The server resets the connection instead of answering: the client sees an I/O failure, and
   * with {@link #afterHandling()} cannot know whether its POST was applied.
   *
   * @return the fault
   */
  public static SandboxFault connectionReset() {
    return new SandboxFault(Kind.CONNECTION_RESET, 0, null, null, false);
  }

  /**
   * The server closes the connection without a byte of answer.
   *
   * @return the fault
   */
  public static SandboxFault emptyReply() {
    return new SandboxFault(Kind.EMPTY_REPLY, 0, null, null, false);
  }

  /**
   * The server starts a chunked answer and breaks it mid-body.
   *
   * @return the fault
   */
  public static SandboxFault malformedChunk() {
    return new SandboxFault(Kind.MALFORMED_CHUNK, 0, null, null, false);
  }

  /**
   * An error answer such as 500, 502, 503 or 504, with a Webex error body.
   *
   * @param status the HTTP status, 400 to 599
   * @return the fault
   */
  public static SandboxFault status(int status) {
    return status(status, null);
  }

  /**
   * An error answer with a {@code Retry-After} header (e.g. 429, 423, 503).
   *
   * @param status the HTTP status, 400 to 599
   * @param retryAfterSeconds the {@code Retry-After} value in seconds; null sends none
   * @return the fault
   * @throws IllegalArgumentException the status is not 4xx or 5xx
   */
  public static SandboxFault status(int status, Integer retryAfterSeconds) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("fault status must be 4xx or 5xx: " + status);
    }
    return new SandboxFault(Kind.STATUS, status, retryAfterSeconds, null, false);
  }

  /**
   * The normal answer, delivered after {@code delay}.
   *
   * @param delay how long the server waits before answering
   * @return the fault
   */
  public static SandboxFault latency(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    return new SandboxFault(Kind.LATENCY, 0, null, delay, false);
  }

  /**
   * The same fault, applied after the sandbox has processed the request (the answer is lost).
   *
   * @return a copy of this fault that lets the request change state first
   */
  public SandboxFault afterHandling() {
    return new SandboxFault(kind, status, retryAfterSeconds, latency, true);
  }

  /**
   * How the exchange misbehaves.
   *
   * @return the kind of fault
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The HTTP status of a {@link Kind#STATUS} fault.
   *
   * @return the status; 0 for other kinds
   */
  public int status() {
    return status;
  }

  /**
   * The {@code Retry-After} a {@link Kind#STATUS} fault sends.
   *
   * @return seconds, or null when none is sent
   */
  public Integer retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /**
   * The delay of a {@link Kind#LATENCY} fault.
   *
   * @return the delay; null for other kinds
   */
  public Duration latency() {
    return latency;
  }

  /**
   * Whether the request is processed before the fault strikes (see {@link #afterHandling()}).
   *
   * @return true when the sandbox changes state and then loses the answer
   */
  public boolean isAfterHandling() {
    return afterHandling;
  }

  @Override
  public String toString() {
    return "SandboxFault{" + kind + (status != 0 ? " " + status : "") + (latency != null ? " " + latency : "")
        + (afterHandling ? ", after handling" : "") + "}";
  }
}
