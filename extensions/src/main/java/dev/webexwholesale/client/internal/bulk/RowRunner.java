package dev.webexwholesale.client.internal.bulk;

import dev.webexwholesale.client.RequestOptions;
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
import dev.webexwholesale.client.bulk.BulkStoppedException.Reason;
import dev.webexwholesale.client.bulk.JournalRecord;
import dev.webexwholesale.client.bulk.SendFate;
import dev.webexwholesale.client.errors.CallInterruptedException;
import dev.webexwholesale.client.errors.ConflictException;
import dev.webexwholesale.client.errors.ForbiddenException;
import dev.webexwholesale.client.errors.LockedException;
import dev.webexwholesale.client.errors.RateLimitedException;
import dev.webexwholesale.client.errors.ServerErrorException;
import dev.webexwholesale.client.errors.TokenEndpointException;
import dev.webexwholesale.client.errors.TransportException;
import dev.webexwholesale.client.errors.UnauthorizedException;
import dev.webexwholesale.client.errors.WebexApiException;
import dev.webexwholesale.client.errors.WholesaleException;
import dev.webexwholesale.client.waiter.WaitInterruptedException;
import dev.webexwholesale.client.waiter.WaiterConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * One row through its state machine: precheck, intent (journaled), POST, fate or answer
 * (journaled), wait, result (journaled). Outcomes come from evidence: only a POST whose fate is
 * unknown leads to a lookup and an adoption; a refusal is not a send; an answer is the row's
 * outcome. One row's failure never stops the run; only {@link RunStop} does. See docs/bulk.md.
 */
public final class RowRunner<T> {
  /** One call refused (429, 423) this often in a row ends the row as failed: nothing was done. */
  static final int MAX_REFUSALS = 30;
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
  private final RunGate gate;
  private final Time time;
  private final RequestOptions refusalsToGate;

  public RowRunner(WholesaleClient client, RowKind<T> kind, BulkJournal journal, JournalIndex index,
      BulkListener listener, Settings settings, Counters counters, RunGate gate) {
    this.client = client;
    this.kind = kind;
    this.journal = journal;
    this.index = index;
    this.listener = listener;
    this.settings = settings;
    this.counters = counters;
    this.gate = gate;
    this.time = client.time();
    // A Retry-After reaches the run's gate (which pauses every row and says so) instead of
    // parking one thread inside the client's retry loop.
    this.refusalsToGate = RequestOptions.builder()
        .retryPolicy(client.retryPolicy().toBuilder().maxRetryAfter(Duration.ZERO).build()).build();
  }

  /** A row's work, decided in input order by {@link #prepare} and done by a worker. */
  @FunctionalInterface
  public interface Task {
    BulkResult run();
  }

  /**
   * Judges the row and claims its key; called in input order, so the first of two rows with
   * one key is the one that runs. Does no I/O. A row that cannot be sent is rejected here,
   * before anything is journaled for it, the same way on every run.
   */
  public Task prepare(BulkRow<T> row) {
    long n = row.number();
    if (row.problem() != null) {
      return () -> rejected(n, null, row.problem());
    }
    T request = row.request();
    String problem = kind.problem(request);
    String key = problem == null ? kind.key(request) : null;
    if (key == null) {
      return () -> rejected(n, null, problem != null ? problem : "the row has no key");
    }
    JournalIndex.Entry prior;
    try {
      prior = index.claim(key, n);
    } catch (JournalIndex.DuplicateKey d) {
      String why = "same " + (kind instanceof CustomerRows ? "externalId" : "customer and email") + " as row " + d.row;
      return () -> rejected(n, key, why);
    }
    if (prior != null && prior.outcome != null && !(settings.retryFailed() && retryable(prior))) {
      return () -> {
        counters.skipped.increment();
        BulkResult r = new BulkResult(n, key, prior.outcome, prior.id, prior.status, prior.adopted, prior.sends,
            prior.errors, prior.trackingIds, prior.message == null ? "finished by an earlier run"
                : "finished by an earlier run: " + prior.message, true);
        event(n, key, Step.FINISHED, r);
        return r;
      };
    }
    return () -> new Attempt(n, key, request, prior).run();
  }

  /** Rows {@code retryFailed} runs again; an on-hold row is re-read, never re-sent. */
  static boolean retryable(JournalIndex.Entry prior) {
    BulkOutcome o = prior.outcome;
    return o == BulkOutcome.FAILED || o == BulkOutcome.TIMED_OUT || o == BulkOutcome.REJECTED_BY_SERVER
        || (o == BulkOutcome.ON_HOLD && prior.id != null);
  }

  /** The mutable state of one row while it runs. */
  private final class Attempt {
    final long n;
    final String key;
    final T request;
    final WholesaleClient view;
    final List<String> trackingIds = new ArrayList<>();
    final List<BulkError> errors = new ArrayList<>();
    /** POSTs of this key over all runs that were not refused. */
    int sends;
    int sendsThisRun;
    /** Some POST of this key in this journal had an unknown fate. */
    boolean unknown;
    boolean mustReconcile;
    /** The id is known from an earlier run's result: read it again, never send. */
    boolean recheck;
    /** A 409 answered after an unknown-fate send: adopt what the lookup finds, else it stands. */
    WebexApiException conflict;
    /** The fate to write on the next accepted or result record (the POST just answered). */
    SendFate answered;
    String id;
    String status;
    boolean adopted;

    Attempt(long n, String key, T request, JournalIndex.Entry prior) {
      this.n = n;
      this.key = key;
      this.request = request;
      String trackingId = settings.trackingIdPrefix() + "_" + UUID.randomUUID();
      this.view = client.withTrackingId(trackingId).withRequestOptions(refusalsToGate);
      trackingIds.add(trackingId);
      if (prior != null) {
        sends = prior.sends;
        id = prior.id;
        status = prior.outcome == null ? prior.status : null;
        adopted = prior.adopted;
        unknown = prior.unknown;
        // Journals written before fates were: a failed row that sent and got no id is unknown.
        boolean legacyUnknown = prior.id == null && prior.sends > 0 && prior.outcome == BulkOutcome.FAILED;
        unknown |= legacyUnknown;
        mustReconcile = prior.id == null && (prior.needsReconcile || legacyUnknown);
        recheck = prior.outcome != null && prior.id != null;
      }
    }

    BulkResult run() {
      try {
        event(n, key, Step.STARTED, null);
        if (recheck) {
          BulkResult early = recheck();
          if (early != null) {
            return early;
          }
        }
        if (id == null) {
          BulkResult early = provision();
          if (early != null) {
            return early;
          }
        }
        return conclude();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw gate.stop(RunStop.interrupted(e));
      }
    }

    /** A row with a known id, run again: judged by what Webex shows now (GET), never sent. */
    private BulkResult recheck() throws InterruptedException {
      RowKind.Found found;
      try {
        found = call(() -> kind.get(view, id));
      } catch (WholesaleException e) {
        noteFailure(e);
        return finish(BulkOutcome.FAILED, "could not read " + id + " (" + e.getMessage() + "); run again");
      }
      if (found == null) {
        // Gone (deleted since): provision the row afresh; an unknown fate is still reconciled first.
        id = null;
        status = null;
        adopted = false;
        mustReconcile = unknown;
        return null;
      }
      status = found.status();
      errors.clear();
      errors.addAll(found.errors());
      return null;
    }

    /** Waits (or judges the status without waiting) once the id is known; journals the result. */
    private BulkResult conclude() throws InterruptedException {
      RowKind.Finished finished;
      if (settings.waitForProvisioned()) {
        if (id == null) {
          return finish(BulkOutcome.FAILED, "Webex accepted the row but named no id to wait for");
        }
        journal(new JournalRecord(JournalRecord.Type.ACCEPTED, n, key, now(), null, id, status, adopted, null, null,
            trackingIds, null, takeAnswered()));
        event(n, key, Step.ACCEPTED_RECORDED, null);
        event(n, key, Step.WAITING, null);
        int refusals = 0;
        while (true) {
          gate.pass();
          try {
            finished = kind.await(view, id, status, settings.waiterConfig());
          } catch (RateLimitedException | LockedException e) {
            noteTracking(e);
            if (refusedTooOften(e, ++refusals)) {
              noteFailure(e);
              return finish(BulkOutcome.FAILED, "the wait was refused " + (refusals - 1) + " times: " + e.getMessage());
            }
            continue;
          } catch (WholesaleException e) {
            stopIfRunLevel(e);
            noteFailure(e);
            return finish(BulkOutcome.FAILED, "the wait failed (" + e.getMessage() + "); run again with "
                + "--retry-failed to read it again");
          }
          if (finished.refusedRetryAfter() != null && finished.outcome() == BulkOutcome.TIMED_OUT
              && refusals < MAX_REFUSALS) {
            refusals++;
            gate.refused(n, key, finished.refusedRetryAfter(), refusals);
            continue;
          }
          break;
        }
      } else {
        finished = kind.withoutWait(id, status, List.copyOf(errors));
      }
      status = finished.status();
      errors.clear();
      errors.addAll(finished.errors());
      String message = finished.message();
      if (adopted && message == null) {
        message = "adopted: a send of this row whose answer was lost had created it";
      }
      return finish(finished.outcome(), message);
    }

    /** Returns the row's result when it ends before a resource id is known, else null. */
    private BulkResult provision() throws InterruptedException {
      if (settings.precheck() && sends == 0 && !mustReconcile) {
        BulkResult refused = precheck();
        if (refused != null) {
          return refused;
        }
      }
      int refusals = 0;
      int connectFailures = 0;
      boolean resend = false;
      while (true) {
        if (mustReconcile) {
          event(n, key, Step.RECONCILING, null);
          RowKind.Found found;
          try {
            found = reconcile();
          } catch (WholesaleException e) {
            stopIfRunLevel(e);
            noteTracking(e);
            return unresolved("the lookup failed (" + e.getMessage() + "); run again to reconcile it before "
                + "anything is sent");
          }
          mustReconcile = false;
          if (found != null) {
            adopt(found);
            return null;
          }
          if (conflict != null) {
            noteFailure(conflict);
            return finish(BulkOutcome.REJECTED_BY_SERVER, conflict.getMessage()
                + " (no resource of this row was found: the conflict is with another one)");
          }
          if (sendsThisRun >= settings.maxSends()) {
            return unresolved("sent " + sendsThisRun + " times in this run without an answer, and not found");
          }
          resend = true;
        }
        gate.pass();
        sends++;
        sendsThisRun++;
        journal(new JournalRecord(JournalRecord.Type.INTENT, n, key, now(), sends, null, null, null, null, null,
            trackingIds, null));
        event(n, key, Step.INTENT_RECORDED, null);
        if (resend) {
          counters.resent.increment();
          resend = false;
        }
        try {
          RowKind.Sent sent = kind.send(view, request);
          event(n, key, Step.ANSWERED, null);
          answered = SendFate.ANSWERED;
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
          notSent();
          noteTracking(e);
          if (refusedTooOften(e, ++refusals)) {
            noteFailure(e);
            return finish(BulkOutcome.FAILED, "refused by Webex " + (refusals - 1) + " times in a row (nothing was "
                + "done by those sends): " + e.getMessage());
          }
        } catch (UnauthorizedException | ForbiddenException e) {
          notSent();
          noteTracking(e);
          stopIfRunLevel(e);
        } catch (ConflictException e) {
          noteTracking(e);
          if (unknown) {
            // An earlier send's answer was lost: it may be the one that holds the key.
            conflict = e;
            answered = SendFate.ANSWERED;
            mustReconcile = true;
            continue;
          }
          answered = SendFate.ANSWERED;
          noteFailure(e);
          return finish(BulkOutcome.REJECTED_BY_SERVER, e.getMessage());
        } catch (ServerErrorException e) {
          noteTracking(e);
          unknownFate(); // a 5xx may come after the work was done
        } catch (WebexApiException e) {
          noteTracking(e);
          if (e.statusCode() >= 400 && e.statusCode() < 500) {
            answered = SendFate.ANSWERED;
            noteFailure(e);
            return finish(BulkOutcome.REJECTED_BY_SERVER, e.getMessage());
          }
          unknownFate();
        } catch (CallInterruptedException e) {
          if (e.mayHaveReachedServer()) {
            unknownFate();
          } else {
            notSent();
          }
          throw gate.stop(RunStop.interrupted(e));
        } catch (TransportException e) {
          if (!e.mayHaveReachedServer()) {
            notSent();
            if (++connectFailures > MAX_CONNECT_FAILURES) {
              return finish(BulkOutcome.FAILED, "could not connect, nothing was sent: " + e.getMessage());
            }
            time.sleep(Duration.ofSeconds(connectFailures));
          } else {
            unknownFate(); // a timeout or reset after sending: not an interrupt
          }
          if (Thread.currentThread().isInterrupted()) {
            throw gate.stop(RunStop.interrupted(e));
          }
        } catch (IllegalArgumentException e) {
          notSent(); // the client's own check: nothing left
          return finish(BulkOutcome.REJECTED_BEFORE_SENDING, e.getMessage());
        } catch (WholesaleException e) {
          stopIfRunLevel(e);
          unknownFate(); // an answer we could not read: as unknown as a lost one
        }
      }
    }

    private BulkResult precheck() throws InterruptedException {
      int refusals = 0;
      while (true) {
        gate.pass();
        try {
          kind.precheck(view, request);
          event(n, key, Step.PRECHECKED, null);
          return null;
        } catch (RateLimitedException | LockedException e) {
          noteTracking(e);
          if (refusedTooOften(e, ++refusals)) {
            noteFailure(e);
            return finish(BulkOutcome.FAILED, "precheck refused " + (refusals - 1) + " times, nothing was sent: "
                + e.getMessage());
          }
        } catch (WebexApiException e) {
          stopIfRunLevel(e);
          noteFailure(e);
          if (e.statusCode() >= 400 && e.statusCode() < 500) {
            return finish(BulkOutcome.REJECTED_BY_SERVER, "precheck refused: " + e.getMessage());
          }
          return finish(BulkOutcome.FAILED, "precheck failed, nothing was sent: " + e.getMessage());
        } catch (WholesaleException e) {
          stopIfRunLevel(e);
          noteFailure(e);
          return finish(BulkOutcome.FAILED, "precheck failed, nothing was sent: " + e.getMessage());
        }
      }
    }

    /** Lookup; not found ⇒ wait the settle delay and look again, so a late POST shows up. */
    private RowKind.Found reconcile() throws InterruptedException {
      RowKind.Found found = call(() -> kind.lookup(view, request));
      if (found == null) {
        time.sleep(settings.settleDelay());
        found = call(() -> kind.lookup(view, request));
      }
      return found;
    }

    /** A read through the gate; refusals pause the run and are tried again. */
    private <R> R call(Supplier<R> read) throws InterruptedException {
      int refusals = 0;
      while (true) {
        gate.pass();
        try {
          return read.get();
        } catch (RateLimitedException | LockedException e) {
          noteTracking(e);
          if (refusedTooOften(e, ++refusals)) {
            throw e;
          }
        } catch (WholesaleException e) {
          stopIfRunLevel(e);
          throw e;
        }
      }
    }

    private RowKind.Found lookupQuietly() throws InterruptedException {
      try {
        return call(() -> kind.lookup(view, request));
      } catch (WholesaleException e) {
        return null;
      }
    }

    /** True when the row gives up; else the run's gate has been told to pause. */
    private boolean refusedTooOften(WebexApiException e, int refusals) {
      if (refusals > MAX_REFUSALS) {
        return true;
      }
      gate.refused(n, key, e.retryAfter().orElse(null), refusals);
      return false;
    }

    private void unknownFate() {
      unknown = true;
      mustReconcile = true;
      journal(new JournalRecord(JournalRecord.Type.FATE, n, key, now(), sends, null, null, null, null, null,
          trackingIds, null, SendFate.UNKNOWN));
      event(n, key, Step.AMBIGUOUS, null);
    }

    /** The POST provably did nothing: it does not count as a send. */
    private void notSent() {
      journal(new JournalRecord(JournalRecord.Type.FATE, n, key, now(), sends, null, null, null, null, null,
          trackingIds, null, SendFate.REFUSED));
      sends--;
      sendsThisRun--;
    }

    private void adopt(RowKind.Found found) {
      id = found.id();
      status = found.status();
      errors.clear();
      errors.addAll(found.errors());
      adopted = true;
      conflict = null;
      counters.adopted.increment();
      event(n, key, Step.ADOPTED, null);
    }

    private SendFate takeAnswered() {
      SendFate f = answered;
      answered = null;
      return f;
    }

    private void noteTracking(WholesaleException e) {
      if (e instanceof WebexApiException w && w.trackingId() != null && !trackingIds.contains(w.trackingId())) {
        trackingIds.add(w.trackingId());
      }
    }

    private void noteFailure(WholesaleException e) {
      if (e instanceof WebexApiException w) {
        noteTracking(w);
        errors.addAll(Errors.of(w));
      }
    }

    private BulkResult finish(BulkOutcome outcome, String message) {
      BulkResult r = new BulkResult(n, key, outcome, id, status, adopted, sends, errors, trackingIds, message, false);
      journal(new JournalRecord(JournalRecord.Type.RESULT, n, key, now(), null, id, status, adopted ? true : null,
          outcome, r.errors().isEmpty() ? null : r.errors(), trackingIds, message, takeAnswered()));
      event(n, key, Step.FINISHED, r);
      return r;
    }

    /** Not journaled: the unknown fate makes the next run reconcile the row first. */
    private BulkResult unresolved(String why) {
      counters.unresolved.increment();
      BulkResult r = new BulkResult(n, key, BulkOutcome.FAILED, id, status, adopted, sends, errors, trackingIds,
          "unresolved: " + why, false);
      event(n, key, Step.FINISHED, r);
      return r;
    }
  }

  /**
   * Nothing is sent, on this run or any other: validation runs before anything is journaled for
   * the key. The record (without a key, so it never touches the key's state) is for bulk report;
   * a duplicate row is not journaled, the key's records belong to the row that holds it.
   */
  private BulkResult rejected(long n, String key, String problem) {
    BulkResult r = new BulkResult(n, key, BulkOutcome.REJECTED_BEFORE_SENDING, null, null, false, 0, List.of(),
        List.of(), problem, false);
    if (key == null) {
      journal(new JournalRecord(JournalRecord.Type.RESULT, n, null, now(), null, null, null, null,
          BulkOutcome.REJECTED_BEFORE_SENDING, null, null, problem));
    }
    event(n, key, Step.FINISHED, r);
    return r;
  }

  /** 401 after the token could not be refreshed, 403, or the user's interrupt: the run stops. */
  private void stopIfRunLevel(WholesaleException e) {
    if (e instanceof UnauthorizedException || e instanceof ForbiddenException
        || e instanceof TokenEndpointException) {
      throw gate.stop(new RunStop(Reason.REFUSED_BY_WEBEX, "Webex refused the partner: " + e.getMessage(), e));
    }
    if (e instanceof CallInterruptedException || e instanceof WaitInterruptedException
        || Thread.currentThread().isInterrupted()) {
      throw gate.stop(RunStop.interrupted(e));
    }
  }

  private void journal(JournalRecord record) {
    try {
      journal.append(record);
    } catch (IOException e) {
      throw gate.stop(new RunStop(Reason.JOURNAL_FAILED, "the journal could not be written (" + e.getMessage()
          + "); fix it and run again: nothing was sent after the last record written", e));
    }
  }

  private void event(long n, String key, Step step, BulkResult result) {
    listener.onEvent(new BulkEvent(n, key, step, result));
  }

  private String now() {
    return time.now().toString();
  }
}
