package dev.webexwholesale.client.internal.bulk;

import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.bulk.BulkJournal;
import dev.webexwholesale.client.bulk.BulkListener;
import dev.webexwholesale.client.bulk.BulkOutcome;
import dev.webexwholesale.client.bulk.BulkRow;
import dev.webexwholesale.client.bulk.BulkStoppedException;
import dev.webexwholesale.client.bulk.BulkSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs rows through {@link RowRunner} on a bounded pool, pulling input as workers free up. A
 * {@link RunStop} (interrupt, journal failure, run-level refusal, Retry-After beyond the cap)
 * stops taking rows, lets rows in flight end at their next call, and becomes a
 * {@link BulkStoppedException} carrying the counts so far.
 */
public final class BulkEngine<T> {
  /** How long rows in flight get to end after a stop before the run gives up on them (real time). */
  private static final long STOP_GRACE_SECONDS = 30;

  private final WholesaleClient client;
  private final RowKind<T> kind;
  private final BulkJournal journal;
  private final int concurrency;
  private final BulkListener listener;
  private final RowRunner.Settings settings;
  private final Duration maxRetryAfter;

  public BulkEngine(WholesaleClient client, RowKind<T> kind, BulkJournal journal, int concurrency,
      BulkListener listener, RowRunner.Settings settings, Duration maxRetryAfter) {
    this.client = client;
    this.kind = kind;
    this.journal = journal;
    this.concurrency = concurrency;
    this.listener = listener;
    this.settings = settings;
    this.maxRetryAfter = maxRetryAfter;
  }

  public BulkSummary run(Iterator<BulkRow<T>> rows) throws IOException {
    JournalIndex index = JournalIndex.load(journal);
    Map<BulkOutcome, LongAdder> outcomes = new EnumMap<>(BulkOutcome.class);
    for (BulkOutcome o : BulkOutcome.values()) {
      outcomes.put(o, new LongAdder());
    }
    RowRunner.Counters counters = new RowRunner.Counters();
    RunGate gate = new RunGate(client.time(), maxRetryAfter, listener);
    RowRunner<T> runner = new RowRunner<>(client, kind, journal, index, listener, settings, counters, gate);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Semaphore slots = new Semaphore(concurrency);
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(concurrency, r -> {
      Thread t = new Thread(r, "bulk-provisioner-" + threadNumber.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      while (failure.get() == null && gate.stopped() == null) {
        BulkRow<T> row;
        try {
          if (!rows.hasNext()) {
            break;
          }
          row = rows.next();
        } catch (RuntimeException e) {
          if (!Thread.currentThread().isInterrupted()) {
            throw e;
          }
          throw new InterruptedException("interrupted while reading the input"); // an interrupted read
        }
        RowRunner.Task task = runner.prepare(row);
        slots.acquire();
        if (failure.get() != null || gate.stopped() != null) {
          slots.release();
          break;
        }
        workers.execute(() -> {
          try {
            outcomes.get(task.run().outcome()).increment();
          } catch (RunStop s) {
            // the gate holds the stop; the row ends here, its journal as the stop left it
          } catch (Throwable t) {
            failure.compareAndSet(null, t);
          } finally {
            slots.release();
          }
        });
      }
      workers.shutdown();
      while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
        // rows may wait for a long time; keep waiting
      }
    } catch (InterruptedException e) {
      gate.stop(RunStop.interrupted(e));
      workers.shutdownNow(); // in-flight calls end as interrupted; the journal's writes are not interruptible
      try {
        workers.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException again) {
        // a second interrupt: report what we have
      }
      Thread.currentThread().interrupt();
    } finally {
      workers.shutdownNow();
    }
    Map<BulkOutcome, Long> counts = new EnumMap<>(BulkOutcome.class);
    outcomes.forEach((k, v) -> counts.put(k, v.sum()));
    BulkSummary summary = new BulkSummary(counts, counters.skipped.sum(), counters.adopted.sum(),
        counters.resent.sum(), counters.unresolved.sum());
    Throwable t = failure.get();
    if (t instanceof RuntimeException re) {
      throw re;
    }
    if (t instanceof Error err) {
      throw err;
    }
    if (t != null) {
      throw new UncheckedIOException(new IOException(t));
    }
    RunStop stop = gate.stopped();
    if (stop != null) {
      throw new BulkStoppedException(stop.reason(), stop.getMessage(), summary, stop.getCause());
    }
    return summary;
  }
}
