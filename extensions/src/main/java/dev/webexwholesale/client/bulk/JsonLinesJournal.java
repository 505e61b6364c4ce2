package dev.webexwholesale.client.bulk;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An append-only JSON Lines file: one {@link JournalRecord} per line, readable with {@code jq}.
 * Each append is forced to disk before it returns; concurrent appends share one
 * {@code force} (group commit). A last line cut short by a crash is dropped on open: its
 * record was never acknowledged, so nothing relied on it. The file is locked while open, so two
 * runs can never write one journal.
 */
public final class JsonLinesJournal implements BulkJournal {
  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

  private final Path path;
  private final FileChannel channel;
  private final FileLock lock;
  private final Object writeLock = new Object();
  private final Object forceLock = new Object();
  private long end;
  private volatile long written;
  private long forced;

  private JsonLinesJournal(Path path, FileChannel channel, FileLock lock, long end) {
    this.path = path;
    this.channel = channel;
    this.lock = lock;
    this.end = end;
    this.written = end;
    this.forced = end;
  }

  /**
   * Opens (or creates) a journal. Throws {@link IllegalStateException} when another run holds
   * it, {@link IOException} when it cannot be read or written.
   *
   * @param path the journal file; created when missing
   * @return the open, locked journal; close it when the run ends
   * @throws IOException the file cannot be read or written
   */
  public static JsonLinesJournal open(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    try {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new IllegalStateException("journal " + path + " is in use by another run");
      }
      long end = endOfLastCompleteLine(channel);
      if (end < channel.size()) {
        channel.truncate(end);
        channel.force(true);
      }
      return new JsonLinesJournal(path, channel, lock, end);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * The journal's file.
   *
   * @return the path given to {@link #open}
   */
  public Path path() {
    return path;
  }

  @Override
  public void replay(Consumer<JournalRecord> sink) throws IOException {
    long limit;
    synchronized (writeLock) {
      limit = end;
    }
    // Reading moves only the channel's position; appends write at explicit offsets. The reader
    // is not closed: that would close the channel.
    BufferedReader reader = new BufferedReader(new InputStreamReader(
        Channels.newInputStream(channel.position(0)), StandardCharsets.UTF_8), 1 << 16);
    long read = 0;
    long lineNumber = 0;
    String line;
    while (read < limit && (line = reader.readLine()) != null) {
      lineNumber++;
      read += line.getBytes(StandardCharsets.UTF_8).length + 1;
      if (line.isBlank()) {
        continue;
      }
      JournalRecord record;
      try {
        record = GSON.fromJson(line, JournalRecord.class);
      } catch (JsonParseException e) {
        throw new IOException("journal " + path + " line " + lineNumber + " is not a record: " + e.getMessage(), e);
      }
      if (record == null || record.type() == null) {
        throw new IOException("journal " + path + " line " + lineNumber + " is not a record");
      }
      sink.accept(record);
    }
  }

  @Override
  public void append(JournalRecord record) throws IOException {
    byte[] bytes = (GSON.toJson(record) + "\n").getBytes(StandardCharsets.UTF_8);
    long mine;
    synchronized (writeLock) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        end += channel.write(buffer, end);
      }
      mine = end;
      written = end;
    }
    synchronized (forceLock) {
      if (forced >= mine) {
        return; // another writer's force covered this record
      }
      long target = written;
      channel.force(false);
      forced = target;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (lock.isValid()) {
        lock.release();
      }
    } finally {
      channel.close();
    }
  }

  /** The length up to and including the last newline: anything after it is a torn write. */
  private static long endOfLastCompleteLine(FileChannel channel) throws IOException {
    long size = channel.size();
    ByteBuffer buffer = ByteBuffer.allocate(8192);
    long pos = size;
    while (pos > 0) {
      int n = (int) Math.min(buffer.capacity(), pos);
      buffer.clear().limit(n);
      long from = pos - n;
      while (buffer.hasRemaining()) {
        if (channel.read(buffer, from + buffer.position()) < 0) {
          break;
        }
      }
      for (int i = n - 1; i >= 0; i--) {
        if (buffer.get(i) == '\n') {
          return from + i + 1;
        }
      }
      pos = from;
    }
    return 0;
  }

  @Override
  public String toString() {
    return "JsonLinesJournal{" + path + "}";
  }
}
