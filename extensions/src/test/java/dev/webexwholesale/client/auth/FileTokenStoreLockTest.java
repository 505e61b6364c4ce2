package dev.webexwholesale.client.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refreshes of one token file run one at a time, across threads, stores and processes. */
class FileTokenStoreLockTest {
  @TempDir
  Path dir;

  @Test
  void aRefreshHoldsAFileLockOnAnOwnerOnlySidecar() throws Exception {
    FileTokenStore store = new FileTokenStore(dir.resolve("tokens.json"));
    Path sidecar = dir.resolve("tokens.json.lock");

    String result = store.underRefreshLock(() -> {
      try (FileChannel other = FileChannel.open(sidecar, StandardOpenOption.WRITE)) {
        // This JVM holds the file lock: a second one from the same JVM is refused outright.
        assertThrows(OverlappingFileLockException.class, other::tryLock);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
      return "refreshed";
    });

    assertEquals("refreshed", result);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(sidecar)));
    }
    try (FileChannel after = FileChannel.open(sidecar, StandardOpenOption.WRITE); FileLock lock = after.tryLock()) {
      assertTrue(lock != null && lock.isValid(), "released once the refresh is done");
    }
  }

  @Test
  void twoStoresOnOneFileInOneJvmNeverRefreshAtOnce() throws Exception {
    Path file = dir.resolve("shared.json");
    List<FileTokenStore> stores = List.of(new FileTokenStore(file), new FileTokenStore(file));
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        FileTokenStore store = stores.get(i % 2);
        runs.add(pool.submit(() -> {
          start.await();
          return store.underRefreshLock(() -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            Thread.yield();
            inside.decrementAndGet();
            return null;
          });
        }));
      }
      start.countDown();
      for (Future<?> f : runs) {
        f.get(30, TimeUnit.SECONDS); // no OverlappingFileLockException either
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, most.get());
  }

  @Test
  void anotherProcessHoldingTheLockHoldsOurRefreshUntilItLetsGo() throws Exception {
    Path file = dir.resolve("tokens.json");
    Path sidecar = dir.resolve("tokens.json.lock");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        LockHolder.class.getName(), sidecar.toString()).redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("locked", out.readLine(), "the other process holds the lock");
      CountDownLatch ran = new CountDownLatch(1);
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        Future<?> ours = pool.submit(() -> new FileTokenStore(file).underRefreshLock(() -> {
          ran.countDown();
          return null;
        }));
        assertFalse(ran.await(700, TimeUnit.MILLISECONDS), "our refresh waits while the other process holds it");
        OutputStream in = other.getOutputStream();
        in.write('\n'); // the other process releases and exits
        in.flush();
        assertTrue(ran.await(20, TimeUnit.SECONDS), "and runs once it is released");
        ours.get(20, TimeUnit.SECONDS);
      } finally {
        pool.shutdownNow();
      }
    } finally {
      other.destroy();
      other.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** The other process: locks the sidecar, says so, holds it until a line arrives on stdin. */
  public static final class LockHolder {
    public static void main(String[] args) throws Exception {
      try (FileChannel ch = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = ch.lock()) {
        System.out.println("locked");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      }
    }
  }
}
