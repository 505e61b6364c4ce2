package dev.webexwholesale.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a transient status (provisioning, updating, deleting) ends: after {@code polls} GETs
 * of the resource that still showed it, or, when a delay is configured, once the clock has
 * passed the delay (polls are then ignored). Zero polls and no delay: at once.
 */
final class Lifecycle {
  final int polls;
  final Duration delay;
  final Clock clock;

  Lifecycle(int polls, Duration delay, Clock clock) {
    this.polls = polls;
    this.delay = delay;
    this.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  boolean immediate() {
    return delay == null ? polls <= 0 : delay.isZero() || delay.isNegative();
  }

  /** Base of customer and subscriber state: a status and possibly a pending transition. */
  abstract static class Tracked {
    String status;
    Instant lastStatusChange;
    /** The status the pending transition ends in, or null when stable. */
    String target;
    int pollsLeft;
    Instant dueAt;
    private String lastStatusChangeText;

    /** Enters {@code transientStatus} and schedules {@code target}. */
    void begin(String transientStatus, String target, Lifecycle lifecycle) {
      setStatus(transientStatus, lifecycle.now());
      schedule(target, lifecycle);
    }

    /** Schedules {@code target} and keeps the current status until then (e.g. a person's consent). */
    void schedule(String target, Lifecycle lifecycle) {
      Instant now = lifecycle.now();
      this.target = target;
      this.pollsLeft = lifecycle.polls;
      this.dueAt = lifecycle.delay == null ? null : now.plus(lifecycle.delay);
      if (lifecycle.immediate()) {
        complete(now);
      }
    }

    /** Applies a time-based transition that is due; used by every read. */
    void settle(Lifecycle lifecycle) {
      if (target != null && dueAt != null) {
        Instant now = lifecycle.now();
        if (!now.isBefore(dueAt)) {
          complete(now);
        }
      }
    }

    /** A GET of this resource: counts toward a poll-based transition. */
    void poll(Lifecycle lifecycle) {
      settle(lifecycle);
      if (target != null && dueAt == null) {
        if (pollsLeft <= 0) {
          complete(lifecycle.now());
        } else {
          pollsLeft--;
        }
      }
    }

    boolean busy() {
      return target != null;
    }

    void setStatus(String status, Instant now) {
      if (!status.equals(this.status)) {
        this.status = status;
        this.lastStatusChange = now;
        this.lastStatusChangeText = null;
      }
    }

    /** The wire form of {@link #lastStatusChange}, formatted once per change: lists are hot. */
    String lastStatusChangeText() {
      String text = lastStatusChangeText;
      if (text == null && lastStatusChange != null) {
        text = SandboxJson.format(lastStatusChange.atOffset(java.time.ZoneOffset.UTC));
        lastStatusChangeText = text;
      }
      return text;
    }

    private void complete(Instant now) {
      String next = target;
      target = null;
      dueAt = null;
      setStatus(next, now);
    }
  }
}
