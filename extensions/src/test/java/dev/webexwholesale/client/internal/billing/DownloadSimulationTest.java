package dev.webexwholesale.client.internal.billing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.webexwholesale.client.billing.BillingDownload;
import dev.webexwholesale.client.billing.BillingDownloadException;
import dev.webexwholesale.testing.FakeTime;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded simulation of the download engine: each run scripts the file host's answers at random
 * (expired, refused, missing, broken, truncated, oversized, redirected here or elsewhere, fine),
 * may hand out an already-expired URL and a failing renewal, and checks the invariants against
 * what the host really served. A failing run prints its seed; {@code -Dsim.seed=N} replays one.
 */
class DownloadSimulationTest {
  private static final int RUNS = Integer.getInteger("sim.runs", 300);
  private static final String SIGNATURE = "c2ltdWxhdGVkLXNpZ25hdHVyZQ";
  private static final long LIMIT = 64 * 1024;

  enum Behaviour { OK, OK_CHUNKED, EXPIRED, NOT_FOUND, SERVER_ERROR, TRUNCATED, OVERSIZE, REDIRECT_SAME,
    REDIRECT_FOREIGN }

  private final FakeTime time = new FakeTime();
  private FileHost host;
  private FileHost foreign;
  @TempDir
  Path dir;
  /** What the host served, in order (a redirect's target included). */
  private final List<Behaviour> served = new ArrayList<>();
  private final Deque<Behaviour> script = new ArrayDeque<>();
  private byte[] body;
  private final AtomicInteger authorizationSeen = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    host = new FileHost();
    foreign = new FileHost();
    FileHost.Answer scripted = exchange -> {
      if (exchange.getRequestHeaders().containsKey("Authorization")) {
        authorizationSeen.incrementAndGet();
      }
      Behaviour b;
      synchronized (script) {
        b = script.isEmpty() ? Behaviour.OK : script.poll();
        served.add(b);
      }
      answer(b, exchange);
    };
    for (String path : List.of("/a.csv", "/b.csv", "/moved.csv")) {
      host.on(path, scripted);
    }
  }

  @AfterEach
  void stop() {
    host.close();
    foreign.close();
  }

  private void answer(Behaviour b, com.sun.net.httpserver.HttpExchange exchange) throws IOException {
    switch (b) {
      case OK -> FileHost.bytes(200, body).write(exchange);
      case OK_CHUNKED -> {
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
      case EXPIRED -> FileHost.denied("Request has expired").write(exchange);
      case NOT_FOUND -> FileHost.bytes(404, "<Error><Code>NoSuchKey</Code></Error>".getBytes(StandardCharsets.UTF_8))
          .write(exchange);
      case SERVER_ERROR -> FileHost.bytes(500, new byte[0]).write(exchange);
      case TRUNCATED -> {
        exchange.sendResponseHeaders(200, body.length + 100);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        throw new IOException("cut");
      }
      case OVERSIZE -> FileHost.bytes(200, new byte[(int) LIMIT + 1]).write(exchange);
      case REDIRECT_SAME -> {
        exchange.getResponseHeaders().set("Location", "/moved.csv?Signature=" + SIGNATURE);
        exchange.sendResponseHeaders(302, -1);
      }
      case REDIRECT_FOREIGN -> {
        exchange.getResponseHeaders().set("Location", foreign.origin() + "/x.csv");
        exchange.sendResponseHeaders(302, -1);
      }
      default -> throw new IllegalStateException();
    }
  }

  @Test
  void invariantsHoldUnderRandomFileHostBehaviour() throws IOException {
    String only = System.getProperty("sim.seed");
    long first = only == null ? 1 : Long.parseLong(only);
    long last = only == null ? RUNS : first;
    OkHttpClient root = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("Authorization", "Bearer t").build()))
        .readTimeout(Duration.ofSeconds(5)).build();
    SignedUrlDownloader downloader = new SignedUrlDownloader(SignedUrlDownloader.downloadClient(root), time, LIMIT,
        Duration.ofSeconds(20));
    for (long seed = first; seed <= last; seed++) {
      try {
        run(seed, downloader);
      } catch (AssertionError | RuntimeException e) {
        fail("seed " + seed + " (replay: -Dsim.seed=" + seed + "): " + e, e);
      }
    }
  }

  private void run(long seed, SignedUrlDownloader downloader) throws IOException {
    Random random = new Random(seed);
    Behaviour[] all = Behaviour.values();
    synchronized (script) {
      script.clear();
      served.clear();
      for (int i = random.nextInt(4); i >= 0; i--) {
        script.add(random.nextInt(3) == 0 ? Behaviour.OK : all[random.nextInt(all.length)]);
      }
    }
    body = ("seed " + seed + "\r\n").repeat(1 + random.nextInt(2000)).getBytes(StandardCharsets.UTF_8);
    if (body.length > LIMIT) {
      body = java.util.Arrays.copyOf(body, (int) LIMIT);
    }
    boolean expiredFirst = random.nextInt(5) == 0;
    boolean renewFails = random.nextInt(8) == 0;
    Path target = dir.resolve("report-" + seed + ".csv");
    byte[] previous = random.nextBoolean() ? ("previous " + seed).getBytes(StandardCharsets.UTF_8) : null;
    if (previous != null) {
      Files.write(target, previous);
    }
    long now = time.now().getEpochSecond();
    String firstUrl = host.origin() + "/a.csv?Expires=" + (expiredFirst ? now - 5 : now + 600) + "&Signature="
        + SIGNATURE + "&Key-Pair-Id=K";
    AtomicInteger renewals = new AtomicInteger();
    SignedUrlDownloader.UrlSource source = new SignedUrlDownloader.UrlSource() {
      @Override
      public String current() {
        return firstUrl;
      }

      @Override
      public String renew() {
        renewals.incrementAndGet();
        if (renewFails) {
          throw new IllegalStateException("renewal read failed");
        }
        return host.origin() + "/b.csv?Expires=" + (now + 600) + "&Signature=" + SIGNATURE + "&Key-Pair-Id=K";
      }
    };
    BillingDownload done = null;
    RuntimeException failure = null;
    try {
      done = downloader.toPath(source, target, null);
    } catch (BillingDownloadException | IllegalStateException e) {
      failure = e;
    }
    List<Behaviour> seen;
    synchronized (script) {
      seen = List.copyOf(served);
    }
    assertTrue(renewals.get() <= 1, "renewed at most once: " + renewals.get());
    assertEquals(0, authorizationSeen.get(), "no Authorization ever reaches a file host");
    assertEquals(0, foreign.seen.size(), "nothing followed to another host");
    Behaviour last = seen.isEmpty() ? null : seen.get(seen.size() - 1);
    boolean hostServedTheFile = last == Behaviour.OK || last == Behaviour.OK_CHUNKED;
    try (var files = Files.list(dir)) {
      List<Path> left = files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
      assertEquals(List.of(), left, "no temporary file left");
    }
    if (done != null) {
      assertTrue(hostServedTheFile, "success only when the host served the whole file; served " + seen);
      assertArrayEquals(body, Files.readAllBytes(target));
      assertEquals(body.length, done.bytes());
      assertEquals(renewals.get() == 1, done.renewed());
      if (expiredFirst) {
        assertEquals(1, renewals.get(), "an expired URL is renewed before it is sent");
      }
    } else {
      assertFalse(hostServedTheFile && failure instanceof BillingDownloadException
          && ((BillingDownloadException) failure).reason() != BillingDownloadException.Reason.WRITE_FAILED,
          "the host served the file yet the download failed: " + failure + " after " + seen);
      if (previous == null) {
        assertFalse(Files.exists(target), "no file under the final name after a failure");
      } else {
        assertArrayEquals(previous, Files.readAllBytes(target), "the previous file is untouched after a failure");
      }
      assertFalse(failure.getMessage().contains(SIGNATURE) || failure.getMessage().contains("Key-Pair-Id"),
          failure.getMessage());
      boolean renewalReached = expiredFirst || seen.contains(Behaviour.EXPIRED);
      if (renewFails && renewalReached) {
        assertTrue(failure instanceof IllegalStateException, "the renewal's own failure surfaces: " + failure);
      }
    }
    Files.deleteIfExists(target);
  }
}
