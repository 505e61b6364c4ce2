package dev.webexwholesale.client.auth;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Keeps tokens in one JSON file readable by its owner only (POSIX {@code rw-------}). A save
 * writes a temporary file beside it, forces it to disk and moves it over the old one
 * atomically, so a crash leaves either the old tokens or the new ones, never half a file.
 * Processes sharing the file refresh one at a time under a file lock ({@link #underRefreshLock}).
 */
public final class FileTokenStore implements TokenStore {
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  /** How long a refresh waits for another one of the same file. */
  static final long LOCK_WAIT_SECONDS = 60;
  private static final long LOCK_POLL_MILLIS = 25;
  private static final ConcurrentHashMap<Path, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();

  private final Path file;

  /**
   * A store in {@code file}; nothing is read or written until {@link #load()} or {@link #save}.
   * Missing parent directories are created owner-only on the first save.
   *
   * @param file the JSON file, e.g. {@code ~/.config/webex-wholesale/tokens.json}
   */
  public FileTokenStore(Path file) {
    this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
  }

  /**
   * Where the tokens are kept.
   *
   * @return the absolute path of the file
   */
  public Path file() {
    return file;
  }

  @Override
  public synchronized Optional<OAuthTokens> load() {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the token store " + file + ": " + e.getMessage(), e);
    }
    try {
      Stored s = GSON.fromJson(json, Stored.class);
      if (s == null || s.accessToken == null || s.refreshToken == null || s.accessTokenExpiresAt == null) {
        throw new IllegalStateException("the token store " + file + " is incomplete; sign in again");
      }
      return Optional.of(new OAuthTokens(s.accessToken, Instant.parse(s.accessTokenExpiresAt), s.refreshToken,
          s.refreshTokenExpiresAt == null ? null : Instant.parse(s.refreshTokenExpiresAt), s.tokenType, s.scope));
    } catch (JsonParseException | DateTimeParseException e) {
      // The parser's message could quote the file, tokens included: say only where.
      throw new IllegalStateException("the token store " + file + " is not valid; sign in again");
    }
  }

  @Override
  public synchronized void save(OAuthTokens tokens) {
    Objects.requireNonNull(tokens, "tokens");
    Stored s = new Stored();
    s.accessToken = tokens.accessToken();
    s.accessTokenExpiresAt = tokens.accessTokenExpiresAt().toString();
    s.refreshToken = tokens.refreshToken();
    s.refreshTokenExpiresAt = tokens.refreshTokenExpiresAt() == null ? null : tokens.refreshTokenExpiresAt().toString();
    s.tokenType = tokens.tokenType();
    s.scope = tokens.scope();
    byte[] bytes = GSON.toJson(s).getBytes(StandardCharsets.UTF_8);
    Path dir = file.getParent();
    Path tmp = null;
    try {
      boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
      if (dir != null && !Files.isDirectory(dir)) {
        if (posix) {
          Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
        } else {
          Files.createDirectories(dir);
        }
      }
      // Created with owner-only permissions from the start: never readable by others, even briefly.
      FileAttribute<?>[] attrs = posix
          ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
      tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp", attrs);
      if (!posix) {
        ownerOnlyWithoutPosix(tmp);
      }
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          ch.write(buffer);
        }
        ch.force(true);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save tokens to " + file + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the temporary file holds the same secrets, owner-only
        }
      }
    }
  }

  /**
   * Runs {@code refresh} holding this JVM's lock for the file and then an exclusive
   * {@link FileChannel#lock() file lock} on a sidecar {@code <file>.lock} (created owner-only,
   * never deleted: deleting a lock file lets two processes lock two different files). The
   * operating system drops the lock of a process that dies. Waits at most
   * 60 s for another process's refresh (itself bounded by its token
   * endpoint timeout), then fails with {@link UncheckedIOException}.
   */
  @Override
  public <T> T underRefreshLock(Supplier<T> refresh) {
    Objects.requireNonNull(refresh, "refresh");
    // File locks belong to the whole JVM (a second lock on the same file from this JVM throws):
    // threads and stores of this JVM queue on a lock per file first.
    ReentrantLock inJvm = IN_JVM.computeIfAbsent(file, f -> new ReentrantLock());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOCK_WAIT_SECONDS);
    try {
      if (!inJvm.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw lockTimeout();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new InterruptedIOException("interrupted while waiting to refresh " + file));
    }
    try (FileChannel channel = openLockFile(); FileLock lock = lockBefore(channel, deadline)) {
      return refresh.get();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock the token store " + file + ": " + e.getMessage(), e);
    } finally {
      inJvm.unlock();
    }
  }

  private FileChannel openLockFile() throws IOException {
    Path dir = file.getParent();
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    if (dir != null && !Files.isDirectory(dir)) {
      if (posix) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
      } else {
        Files.createDirectories(dir);
      }
    }
    Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
    Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    return posix ? FileChannel.open(lockFile, options, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
        : FileChannel.open(lockFile, options);
  }

  /** Another process's refresh ends within its token endpoint's timeout: poll for the lock until then. */
  private FileLock lockBefore(FileChannel channel, long deadline) throws IOException {
    while (true) {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return lock;
      }
      if (System.nanoTime() - deadline >= 0) {
        throw lockTimeout();
      }
      try {
        Thread.sleep(LOCK_POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the lock of " + file);
      }
    }
  }

  private UncheckedIOException lockTimeout() {
    return new UncheckedIOException(new IOException("another process has been refreshing the tokens of " + file
        + " for over " + LOCK_WAIT_SECONDS + " s; try again"));
  }

  private static void ownerOnlyWithoutPosix(Path path) {
    java.io.File f = path.toFile();
    f.setReadable(false, false);
    f.setWritable(false, false);
    f.setReadable(true, true);
    f.setWritable(true, true);
  }

  @Override
  public String toString() {
    return "FileTokenStore{" + file + "}";
  }

  /** The file's shape; instants as ISO-8601 strings. */
  private static final class Stored {
    String accessToken;
    String accessTokenExpiresAt;
    String refreshToken;
    String refreshTokenExpiresAt;
    String tokenType;
    String scope;
  }
}
