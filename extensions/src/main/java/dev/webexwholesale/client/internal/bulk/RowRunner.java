package dev.webexwholesale.client.internal.bulk;

import dev.webexwholesale.client.Time;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.bulk.BulkError;
import dev.webexwholesale.client.bulk.BulkEvent;
import dev.webexwholesale.client.bulk.BulkEvent.Step;
import dev.webexwholesale.client.bulk.BulkJournal;
import dev.webexwholesale.client.bulk.BulkListener;
import dev.webexwholesale.client.bulk.BulkOutcome;
import dev.webexwholesale.client.bulk.BulkResult;
import dev.webexwholesale.client.bulk.BulkRow;
import dev.webexwholesale.client.bulk.JournalRecord;
import dev.webexwholesale.client.errors.LockedException;
import dev.webexwholesale.client.errors.RateLimitedException;
import dev.webexwholesale.client.errors.ServerErrorException;
import dev.webexwholesale.client.errors.TransportException;
import dev.webexwholesale.client.errors.WebexApiException;
import dev.webexwholesale.client.errors.WholesaleException;
import dev.webexwholesale.client.waiter.WaiterConfig;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;

/**
 * One row through its state machine: precheck, intent (journaled), POST, answer (journaled),
 * wait, result (journaled). An ambiguous POST is followed by a lookup, a settle delay and a
 * second lookup before any resend. See docs/bulk.md for the states and the crash cases.
 */
public final class RowRunner<T> {
  /** A POST refused before processing (429, 423) is sent again at most this often. */
  static final int MAX_REFUSALS = 20;
  /** A failed connect (nothing sent) is tried again at most this often. */
  static final int MAX_CONNECT_FAILURES = 3;

  /** The settings of a run. */
  public record Settings(boolean precheck, boolean waitForProvisioned, WaiterConfig waiterConfig,
      Duration settleDelay, int maxSends, boolean retryFailed, String trackingIdPrefix) {
  }

  /** What a run counts besides outcomes. */
  public static final class Counters {
    public final LongAdder skipped = new LongAdder();
    public final LongAdder adopted = new LongAdder();
    public final LongAdder resent = new LongAdder();
    public final LongAdder unresolved = new LongAdder();
  }

  private final WholesaleClient client;
  private final RowKind<T> kind;
  private final BulkJournal journal;
  private final JournalIndex index;
  private final BulkListener listener;
  private final Settings settings;
  private final Counters counters;
  private final Time time;

  public RowRunner(WholesaleClient client, RowKind<T> kind, BulkJournal journal, JournalIndex index,
      BulkListener listener, Settings settings, Counters counters) {
    this.client = client;
    this.kind = kind;
    this.journal = journal;
    this.index = index;
    this.listener = listener;
    this.settings = settings;
    this.counters = counters;
    this.time = client.time();
  }

  /** A row's work, decided in input order by {@link #prepare} and done by a worker. */
  @FunctionalInterface
  public interface Task {
    BulkResult run() throws IOException, InterruptedException;
  }

  /**
   * Judges the row and claims its key; called in input order, so the first of two rows with
   * one key is the one that runs. Does no I/O.
   */
  public Task prepare(BulkRow<T> row) {
    long n = row.number();
    if (row.problem() != null) {
      return () -> rejected(n, null, row.problem(), true);
    }
    T request = row.request();
    String key = kind.key(request);
    String problem = kind.problem(request);
    if (key == null || problem != null) {
      String why = problem != null ? problem : "the row has no key";
      return () -> rejected(n, key, why, true);
    }
    JournalIndex.Entry prior;
    try {
      prior = index.claim(key, n);
    } catch (JournalIndex.DuplicateKey d) {
      // Not journaled: the key's records belong to the row that holds it.
      String why = "same " + (kind instanceof CustomerRows ? "externalId" : "customer and email") + " as row " + d.row;
      return () -> rejected(n, key, why, false);
    }
    if (prior != null && prior.outcome != null && !(settings.retryFailed() && retryable(prior.outcome))) {
      return () -> {
        counters.skipped.increment();
        BulkResult r = new BulkResult(n, key, prior.outcome, prior.id, prior.status, prior.adopted, prior.sends,
            List.of(), List.of(), "finished by an earlier run", true);
        event(n, key, Step.FINISHED, r);
        return r;
      };
    }
    return () -> new Attempt(n, key, request, prior).run();
  }

  static boolean retryable(BulkOutcome o) {
    return o == BulkOutcome.FAILED || o == BulkOutcome.TIMED_OUT || o == BulkOutcome.REJECTED_BY_SERVER;
  }

  /** The mutable state of one row while it runs. */
  private final class Attempt {
    final long n;
    final String key;
    final T request;
    final WholesaleClient view;
    final List<String> trackingIds = new ArrayList<>();
    final List<BulkError> errors = new ArrayList<>();
    int sends;
    String id;
    String status;
    boolean adopted;
    boolean mustReconcile;

    Attempt(long n, String key, T request, JournalIndex.Entry prior) {
      this.n = n;
      this.key = key;
      this.request = request;
      String trackingId = settings.trackingIdPrefix() + "_" + UUID.randomUUID();
      this.view = client.withTrackingId(trackingId);
      trackingIds.add(trackingId);
      if (prior != null) {
        sends = prior.sends;
        id = prior.id;
        // A row run again (retryFailed) is judged afresh, not by the status that failed it.
        status = prior.outcome == null ? prior.status : null;
        adopted = prior.adopted;
        mustReconcile = prior.openIntent || (prior.id == null && prior.sends > 0 && prior.outcome != null
            && prior.outcome != BulkOutcome.REJECTED_BY_SERVER);
      }
    }

    BulkResult run() throws IOException, InterruptedException {
      event(n, key, Step.STARTED, null);
      if (id == null) {
        BulkResult early = provision();
        if (early != null) {
          return early;
        }
      }
      RowKind.Finished finished;
      if (settings.waitForProvisioned()) {
        if (id == null) {
          return finish(BulkOutcome.FAILED, "Webex accepted the row but named no id to wait for");
        }
        journal(new JournalRecord(JournalRecord.Type.ACCEPTED, n, key, now(), null, id, status, adopted, null, null,
            trackingIds, null));
        event(n, key, Step.ACCEPTED_RECORDED, null);
        event(n, key, Step.WAITING, null);
        try {
          finished = kind.await(view, id, status, settings.waiterConfig());
        } catch (WholesaleException e) {
          if (interrupted(e)) {
            throw new InterruptedException("interrupted while waiting for row " + n);
          }
          noteFailure(e);
          return finish(BulkOutcome.FAILED, "the wait failed: " + e.getMessage());
        }
      } else {
        finished = kind.withoutWait(id, status, List.copyOf(errors));
      }
      status = finished.status();
      errors.clear();
      errors.addAll(finished.errors());
      String message = finished.message();
      if (adopted && message == null) {
        message = "adopted: an earlier POST had created it";
      }
      return finish(finished.outcome(), message);
    }

    /** Returns the row's result when it ends before a resource id is known, else null. */
    private BulkResult provision() throws IOException, InterruptedException {
      if (settings.precheck() && sends == 0) {
        try {
          kind.precheck(view, request);
          event(n, key, Step.PRECHECKED, null);
        } catch (WebexApiException e) {
          noteFailure(e);
          if (e.statusCode() >= 400 && e.statusCode() < 500) {
            return finish(BulkOutcome.REJECTED_BY_SERVER, "precheck refused: " + e.getMessage());
          }
          return finish(BulkOutcome.FAILED, "precheck failed: " + e.getMessage());
        } catch (WholesaleException e) {
          if (interrupted(e)) {
            throw new InterruptedException();
          }
          noteFailure(e);
          return finish(BulkOutcome.FAILED, "precheck failed: " + e.getMessage());
        }
      }
      int refusals = 0;
      int connectFailures = 0;
      boolean reconciledNotFound = false;
      while (true) {
        if (mustReconcile) {
          event(n, key, Step.RECONCILING, null);
          RowKind.Found found;
          try {
            found = reconcile();
          } catch (WholesaleException e) {
            if (interrupted(e)) {
              throw new InterruptedException();
            }
            return unresolved("could not look the row up: " + e.getMessage());
          }
          if (found != null) {
            adopt(found);
            return null;
          }
          mustReconcile = false;
          reconciledNotFound = true;
          if (sends >= settings.maxSends()) {
            return unresolved("sent " + sends + " times without a readable answer, and not found");
          }
        }
        sends++;
        journal(new JournalRecord(JournalRecord.Type.INTENT, n, key, now(), sends, null, null, null, null, null,
            trackingIds, null));
        event(n, key, Step.INTENT_RECORDED, null);
        if (reconciledNotFound) {
          counters.resent.increment();
          reconciledNotFound = false;
        }
        try {
          RowKind.Sent sent = kind.send(view, request);
          event(n, key, Step.ANSWERED, null);
          if (sent.trackingId() != null && !trackingIds.contains(sent.trackingId())) {
            trackingIds.add(sent.trackingId());
          }
          id = sent.id();
          status = sent.status();
          errors.addAll(sent.errors());
          if (id == null) {
            RowKind.Found found = lookupQuietly();
            if (found != null) {
              id = found.id();
              status = status == null ? found.status() : status;
            }
          }
          return null;
        } catch (RateLimitedException | LockedException e) {
          // Refused before processing: nothing was created, so sending again is safe.
          noteTracking(e);
          if (++refusals > MAX_REFUSALS) {
            noteFailure(e);
            return finish(BulkOutcome.FAILED, "refused " + refusals + " times: " + e.getMessage());
          }
          time.sleep(e.retryAfter().orElse(Duration.ofSeconds(1)));
        } catch (TransportException e) {
          if (e.mayHaveReachedServer()) {
            event(n, key, Step.AMBIGUOUS, null);
            mustReconcile = true;
          } else if (++connectFailures > MAX_CONNECT_FAILURES) {
            // Nothing reached Webex: the result is safe to record, and --retry-failed sends again.
            return finish(BulkOutcome.FAILED, "could not connect: " + e.getMessage());
          } else {
            time.sleep(Duration.ofSeconds(connectFailures));
          }
          if (interrupted(e)) {
            throw new InterruptedException();
          }
        } catch (ServerErrorException e) {
          noteTracking(e);
          event(n, key, Step.AMBIGUOUS, null);
          mustReconcile = true;
        } catch (WebexApiException e) {
          noteTracking(e);
          if (e.statusCode() == 409 && sends > 1) {
            mustReconcile = true; // an earlier, ambiguous POST landed after all
            continue;
          }
          noteFailure(e);
          return finish(BulkOutcome.REJECTED_BY_SERVER, e.getMessage());
        } catch (IllegalArgumentException e) {
          return finish(BulkOutcome.REJECTED_BEFORE_SENDING, e.getMessage());
        } catch (WholesaleException e) {
          // An answer we could not read: as ambiguous as a lost one.
          event(n, key, Step.AMBIGUOUS, null);
          mustReconcile = true;
        }
      }
    }

    /** Lookup; not found ⇒ wait the settle delay and look again, so a late POST shows up. */
    private RowKind.Found reconcile() throws InterruptedException {
      RowKind.Found found = kind.lookup(view, request);
      if (found == null) {
        time.sleep(settings.settleDelay());
        found = kind.lookup(view, request);
      }
      return found;
    }

    private RowKind.Found lookupQuietly() {
      try {
        return kind.lookup(view, request);
      } catch (WholesaleException e) {
        return null;
      }
    }

    private void adopt(RowKind.Found found) throws IOException {
      id = found.id();
      status = found.status();
      errors.addAll(found.errors());
      adopted = true;
      counters.adopted.increment();
      event(n, key, Step.ADOPTED, null);
    }

    private void noteTracking(WebexApiException e) {
      if (e.trackingId() != null && !trackingIds.contains(e.trackingId())) {
        trackingIds.add(e.trackingId());
      }
    }

    private void noteFailure(WholesaleException e) {
      if (e instanceof WebexApiException w) {
        noteTracking(w);
        errors.addAll(Errors.of(w));
      }
    }

    private BulkResult finish(BulkOutcome outcome, String message) throws IOException {
      BulkResult r = new BulkResult(n, key, outcome, id, status, adopted, sends, errors, trackingIds, message, false);
      journal(new JournalRecord(JournalRecord.Type.RESULT, n, key, now(), null, id, status, adopted ? true : null,
          outcome, r.errors().isEmpty() ? null : r.errors(), trackingIds, message));
      event(n, key, Step.FINISHED, r);
      return r;
    }

    /** Not journaled: the open intent makes the next run reconcile the row first. */
    private BulkResult unresolved(String why) {
      counters.unresolved.increment();
      BulkResult r = new BulkResult(n, key, BulkOutcome.FAILED, id, status, adopted, sends, errors, trackingIds,
          "unresolved, run again to reconcile: " + why, false);
      event(n, key, Step.FINISHED, r);
      return r;
    }
  }

  private BulkResult rejected(long n, String key, String problem, boolean journaled) throws IOException {
    BulkResult r = new BulkResult(n, key, BulkOutcome.REJECTED_BEFORE_SENDING, null, null, false, 0, List.of(),
        List.of(), problem, false);
    if (journaled) {
      journal(new JournalRecord(JournalRecord.Type.RESULT, n, key, now(), null, null, null, null,
          BulkOutcome.REJECTED_BEFORE_SENDING, null, null, problem));
    }
    event(n, key, Step.FINISHED, r);
    return r;
  }

  private void journal(JournalRecord record) throws IOException {
    journal.append(record);
  }

  private void event(long n, String key, Step step, BulkResult result) {
    listener.onEvent(new BulkEvent(n, key, step, result));
  }

  private String now() {
    return time.now().toString();
  }

  private static boolean interrupted(Throwable e) {
    return Thread.currentThread().isInterrupted() || e.getCause() instanceof InterruptedIOException;
  }
}
