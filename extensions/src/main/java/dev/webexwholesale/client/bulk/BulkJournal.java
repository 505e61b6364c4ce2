package dev.webexwholesale.client.bulk;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Where a bulk run records each row's intent before its POST and its result after, so a later
 * run knows what may already exist. {@link JsonLinesJournal} is the implementation; the
 * interface lets a caller keep the journal elsewhere (a database the caller already runs).
 * Implementations must be thread-safe.
 */
public interface BulkJournal extends AutoCloseable {
  /**
   * Hands over every record written so far (earlier runs), in write order.
   *
   * @param sink receives each record; called on the calling thread
   * @throws IOException the journal cannot be read
   */
  void replay(Consumer<JournalRecord> sink) throws IOException;

  /**
   * Appends one record; it must be durable (survive power loss) when this returns.
   *
   * @param record the record to append
   * @throws IOException the record could not be written durably; the run stops
   */
  void append(JournalRecord record) throws IOException;

  /**
   * Releases the journal; records appended so far stay durable.
   *
   * @throws IOException closing failed
   */
  @Override
  void close() throws IOException;
}
