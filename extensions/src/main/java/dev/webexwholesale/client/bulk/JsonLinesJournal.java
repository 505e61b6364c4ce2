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
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * An append-only JSON Lines file: one {@link JournalRecord} per line, readable with {@code jq}.
 * Each append is forced to disk before it returns; appends waiting at the same time share one
 * {@code force} (group commit). Writes happen on the journal's own thread, so interrupting a
 * caller (Ctrl-C) can neither close the file nor cut a record short. A write that fails (disk
 * full) is cut back off the file and fails every later append, so no record ever follows a torn
 * one. A last line cut short by a crash is dropped on open: its record was never acknowledged,
 * so nothing relied on it. The file is created readable by its owner only (it holds e-mails and
 * external IDs) and locked while open, so two runs can never write one journal.
 */
public final class JsonLinesJournal implements BulkJournal {
  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
  private static final Pending CLOSE = new Pending(new byte[0]);

  private final Path path;
  private final FileChannel channel;
  private final FileLock lock;
  private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile long end;
  private volatile IOException failed;
  private volatile boolean closed;

  /** One record waiting for the writer. */
  private static final class Pending {
    final byte[] bytes;
    final CompletableFuture<Void> done = new CompletableFuture<>();

    Pending(byte[] bytes) {
      this.bytes = bytes;
    }
  }

  private JsonLinesJournal(Path path, FileChannel channel, FileLock lock, long end) {
    this.path = path;
    this.channel = channel;
    this.lock = lock;
    this.end = end;
    this.writer = new Thread(this::writeLoop, "bulk-journal-writer");
    writer.setDaemon(true);
    writer.start();
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
    createOwnerOnly(path);
    FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
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
    long limit = end;
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
    IOException earlier = failed;
    if (earlier != null) {
      throw new IOException("journal " + path + " failed earlier: " + earlier.getMessage(), earlier);
    }
    if (closed) {
      throw new IOException("journal " + path + " is closed");
    }
    Pending p = new Pending((GSON.toJson(record) + "\n").getBytes(StandardCharsets.UTF_8));
    queue.add(p);
    // Wait for durability even when interrupted: the caller must know whether the record is on disk.
    boolean interrupted = false;
    try {
      while (true) {
        try {
          p.done.get();
          return;
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          throw cause instanceof IOException io ? new IOException(io.getMessage(), io) : new IOException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Writes what is queued, forces once per batch; a failed batch is cut off the file. */
  private void writeLoop() {
    List<Pending> batch = new ArrayList<>();
    boolean closing = false;
    while (!closing) {
      batch.clear();
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        closing = true;
      }
      queue.drainTo(batch);
      closing |= batch.remove(CLOSE);
      if (batch.isEmpty()) {
        continue;
      }
      IOException earlier = failed;
      if (earlier != null) {
        batch.forEach(p -> p.done.completeExceptionally(earlier));
        continue;
      }
      long start = end;
      try {
        long at = start;
        for (Pending p : batch) {
          ByteBuffer buffer = ByteBuffer.wrap(p.bytes);
          while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
          }
        }
        channel.force(false);
        end = at;
        batch.forEach(p -> p.done.complete(null));
      } catch (IOException | RuntimeException e) {
        IOException io = e instanceof IOException x ? x : new IOException(e);
        failed = io;
        try {
          channel.truncate(start); // no torn record may stay where a later one could follow it
          channel.force(false);
        } catch (IOException | RuntimeException ignored) {
          // the next open drops a torn last line anyway; nothing follows it now
        }
        batch.forEach(p -> p.done.completeExceptionally(io));
      }
    }
    queue.forEach(p -> p.done.completeExceptionally(new IOException("journal " + path + " is closed")));
  }

  @Override
  public void close() throws IOException {
    closed = true;
    queue.add(CLOSE);
    boolean interrupted = false;
    while (writer.isAlive()) {
      try {
        writer.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    try {
      if (lock.isValid()) {
        lock.release();
      }
    } finally {
      channel.close();
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Creates a missing journal readable by its owner only (POSIX {@code rw-------}) and forces
   * its directory, so the new file's entry survives a power loss with its first records.
   */
  private static void createOwnerOnly(Path path) throws IOException {
    if (Files.exists(path)) {
      return;
    }
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    try {
      if (posix) {
        Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(path);
      }
    } catch (FileAlreadyExistsException e) {
      return; // created meanwhile; the lock decides who writes
    }
    Path dir = path.toAbsolutePath().getParent();
    if (dir != null && posix) {
      try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
        d.force(true);
      } catch (IOException e) {
        // some file systems cannot force a directory; the file itself is forced on every append
      }
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
