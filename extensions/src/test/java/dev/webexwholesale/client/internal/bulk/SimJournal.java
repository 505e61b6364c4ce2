package dev.webexwholesale.client.internal.bulk;

import dev.webexwholesale.client.bulk.BulkJournal;
import dev.webexwholesale.client.bulk.JournalRecord;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The journal of a simulated process: records persist across runs in a shared list; the
 * {@code killAt}-th append of this run kills the process (the record is not written, and
 * nothing is written after it), as SIGKILL at that journal write would.
 */
final class SimJournal implements BulkJournal {
  private final List<JournalRecord> records;
  private final int killAt;
  private int appends;
  boolean killed;

  SimJournal(List<JournalRecord> records, int killAt) {
    this.records = records;
    this.killAt = killAt;
  }

  @Override
  public synchronized void replay(Consumer<JournalRecord> sink) {
    records.forEach(sink);
  }

  @Override
  public synchronized void append(JournalRecord record) throws IOException {
    if (killed || appends++ == killAt) {
      killed = true;
      throw new IOException("killed at journal write " + killAt);
    }
    records.add(record);
  }

  @Override
  public void close() {
  }
}
