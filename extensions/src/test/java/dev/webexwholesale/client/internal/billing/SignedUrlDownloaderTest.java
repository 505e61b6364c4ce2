package dev.webexwholesale.client.internal.billing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.billing.BillingDownload;
import dev.webexwholesale.client.billing.BillingDownloadException;
import dev.webexwholesale.client.billing.BillingDownloadException.Reason;
import dev.webexwholesale.client.errors.CallInterruptedException;
import dev.webexwholesale.testing.FakeTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The download engine against a scripted file host: secrecy, renewal, limits, deadlines, atomic files. */
class SignedUrlDownloaderTest {
  private static final String SIGNATURE = "Zm9vYmFyLXNlY3JldC1zaWduYXR1cmU";
  private final FakeTime time = new FakeTime();
  private FileHost host;
  @TempDir
  Path dir;

  /** The API stack's root client with what the API stack adds: the download client must shed all of it. */
  private final OkHttpClient root = new OkHttpClient.Builder()
      .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
          .header("Authorization", "Bearer api-token").header("TrackingID", "WW_1").build()))
      .addNetworkInterceptor(chain -> chain.proceed(chain.request().newBuilder()
          .header("Cookie", "session=1").build()))
      .readTimeout(Duration.ofSeconds(5))
      .build();

  @BeforeEach
  void start() throws IOException {
    host = new FileHost();
  }

  @AfterEach
  void stop() {
    host.close();
  }

  private SignedUrlDownloader downloader(long maxBytes, Duration timeout) {
    return new SignedUrlDownloader(SignedUrlDownloader.downloadClient(root), time, maxBytes, timeout);
  }

  private String url(String path, long expires) {
    return host.origin() + path + "?Expires=" + expires + "&Signature=" + SIGNATURE + "&Key-Pair-Id=K1";
  }

  private long future() {
    return time.now().getEpochSecond() + 3600;
  }

  /** A source whose renewals are counted and hand out {@code renewedUrl}. */
  private static final class Source implements SignedUrlDownloader.UrlSource {
    final String first;
    final String renewedUrl;
    final AtomicInteger renewals = new AtomicInteger();

    Source(String first, String renewedUrl) {
      this.first = first;
      this.renewedUrl = renewedUrl;
    }

    @Override
    public String current() {
      return first;
    }

    @Override
    public String renew() {
      renewals.incrementAndGet();
      return renewedUrl;
    }
  }

  private static byte[] csv(int rows) {
    StringBuilder s = new StringBuilder("Customer ID,Package\r\n");
    Random random = new Random(rows);
    for (int i = 0; i < rows; i++) {
      s.append("c-").append(random.nextInt()).append(",webex_calling\r\n");
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private List<Path> filesInDir() throws IOException {
    try (var list = Files.list(dir)) {
      return list.toList();
    }
  }

  @Test
  void writesTheFileAtomicallyOwnerOnlyWithNoTokenCookieOrWebexHeader() throws IOException {
    byte[] body = csv(5000);
    host.on("/r.csv", FileHost.bytes(200, body));
    Path target = dir.resolve("report.csv");
    BillingDownload done = downloader(1 << 20, Duration.ofSeconds(10))
        .toPath(new Source(url("/r.csv", future()), null), target, null);
    assertArrayEquals(body, Files.readAllBytes(target));
    assertEquals(body.length, done.bytes());
    assertFalse(done.renewed());
    assertEquals(target.toAbsolutePath(), done.target().orElseThrow());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    assertEquals(List.of(target), filesInDir(), "no temporary file left");
    FileHost.Seen seen = host.seen.get(0);
    assertNull(seen.headers().getFirst("Authorization"));
    assertNull(seen.headers().getFirst("TrackingID"));
    assertNull(seen.headers().getFirst("Cookie"));
    assertTrue(seen.query().contains("Signature=" + SIGNATURE), "the signed query is sent as given");
  }

  @Test
  void anExpiresInThePastIsRenewedBeforeAnythingIsSent() {
    host.on("/r.csv", FileHost.bytes(200, csv(3)));
    Source source = new Source(url("/old.csv", time.now().getEpochSecond() - 1), url("/r.csv", future()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BillingDownload done = downloader(1 << 20, Duration.ofSeconds(10)).toStream(source, out, null);
    assertTrue(done.renewed());
    assertEquals(1, source.renewals.get());
    assertEquals(1, host.seen.size());
    assertEquals("/r.csv", host.seen.get(0).path());
    assertArrayEquals(csv(3), out.toByteArray());
  }

  @Test
  void a403IsRenewedOnceThenTheTypedErrorNamesNoSignature() throws IOException {
    host.on("/old.csv", FileHost.denied("Request has expired")).on("/r.csv", FileHost.bytes(200, csv(2)));
    Source source = new Source(url("/old.csv", future()), url("/r.csv", future()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(downloader(1 << 20, Duration.ofSeconds(10)).toStream(source, out, null).renewed());
    assertArrayEquals(csv(2), out.toByteArray());

    host.on("/bad.csv", FileHost.denied("Access denied"));
    Source tampered = new Source(url("/bad.csv", future()), url("/bad.csv", future()));
    Path target = dir.resolve("report.csv");
    BillingDownloadException e = assertThrows(BillingDownloadException.class,
        () -> downloader(1 << 20, Duration.ofSeconds(10)).toPath(tampered, target, null));
    assertEquals(Reason.ACCESS_DENIED, e.reason());
    assertEquals(403, e.statusCode());
    assertEquals(1, tampered.renewals.get(), "renewed once, not more");
    assertFalse(e.getMessage().contains(SIGNATURE) || e.getMessage().contains("Signature")
        || e.getMessage().contains("Key-Pair-Id") || e.getMessage().contains("Expires"), e.getMessage());
    assertTrue(e.getMessage().contains("AccessDenied: Access denied"), e.getMessage());
    assertEquals(host.origin() + "/bad.csv", e.location().orElseThrow());
    assertEquals(List.of(), filesInDir());
  }

  @Test
  void aRedirectToAnotherHostIsNotFollowedOneOnTheSameOriginIs() throws IOException {
    try (FileHost other = new FileHost()) {
      other.on("/r.csv", FileHost.bytes(200, csv(1)));
      host.on("/away.csv", exchange -> {
        exchange.getResponseHeaders().set("Location", other.origin() + "/r.csv?Signature=x");
        exchange.sendResponseHeaders(302, -1);
      });
      BillingDownloadException e = assertThrows(BillingDownloadException.class, () -> downloader(1 << 20,
          Duration.ofSeconds(10)).toStream(new Source(url("/away.csv", future()), null), new ByteArrayOutputStream(), null));
      assertEquals(Reason.REDIRECT_REFUSED, e.reason());
      assertEquals(0, other.seen.size());
      assertFalse(e.getMessage().contains(SIGNATURE));
    }
    host.on("/moved.csv", exchange -> {
      exchange.getResponseHeaders().set("Location", "/r.csv?" + "Signature=" + SIGNATURE);
      exchange.sendResponseHeaders(302, -1);
    }).on("/r.csv", FileHost.bytes(200, csv(1)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    downloader(1 << 20, Duration.ofSeconds(10)).toStream(new Source(url("/moved.csv", future()), null), out, null);
    assertArrayEquals(csv(1), out.toByteArray());
  }

  @Test
  void theDownloadLimitStopsADeclaredOrStreamedBodyAndLeavesNoFile() throws IOException {
    byte[] body = csv(2000);
    host.on("/sized.csv", FileHost.bytes(200, body));
    host.on("/chunked.csv", exchange -> {
      exchange.sendResponseHeaders(200, 0); // chunked: no length known up front
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    Path target = dir.resolve("report.csv");
    for (String path : List.of("/sized.csv", "/chunked.csv")) {
      BillingDownloadException e = assertThrows(BillingDownloadException.class,
          () -> downloader(1000, Duration.ofSeconds(10)).toPath(new Source(url(path, future()), null), target, null));
      assertEquals(Reason.TOO_LARGE, e.reason(), path);
      assertEquals(List.of(), filesInDir(), path);
    }
  }

  @Test
  void aBrokenTransferLeavesThePreviousFileUntouchedAndNoTemporary() throws IOException {
    host.on("/broken.csv", exchange -> {
      exchange.sendResponseHeaders(200, 100_000);
      OutputStream out = exchange.getResponseBody();
      out.write(new byte[10_000]);
      out.flush();
      throw new IOException("host dies mid-body"); // the exchange closes short of its length
    });
    Path target = dir.resolve("report.csv");
    Files.writeString(target, "last month's report");
    BillingDownloadException e = assertThrows(BillingDownloadException.class, () -> downloader(1 << 20,
        Duration.ofSeconds(10)).toPath(new Source(url("/broken.csv", future()), null), target, null));
    assertEquals(Reason.TRANSPORT, e.reason());
    assertEquals("last month's report", Files.readString(target));
    assertEquals(List.of(target), filesInDir());
  }

  @Test
  void theDeadlineEndsATricklingDownloadWithoutAFile() throws IOException {
    host.on("/slow.csv", trickle(new CountDownLatch(1)));
    Path target = dir.resolve("report.csv");
    BillingDownloadException e = assertThrows(BillingDownloadException.class, () -> downloader(1 << 20,
        Duration.ofMillis(400)).toPath(new Source(url("/slow.csv", future()), null), target, null));
    assertEquals(Reason.TIMEOUT, e.reason());
    assertFalse(Files.exists(target));
    assertEquals(List.of(), filesInDir());
  }

  @Test
  void anInterruptStopsTheDownloadRestoresTheFlagAndLeavesNoFile() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    host.on("/slow.csv", trickle(started));
    Path target = dir.resolve("report.csv");
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> flag = new AtomicReference<>();
    Thread worker = new Thread(() -> {
      try {
        downloader(1 << 20, Duration.ofSeconds(30)).toPath(new Source(url("/slow.csv", future()), null), target, null);
      } catch (Throwable t) {
        thrown.set(t);
        flag.set(Thread.currentThread().isInterrupted());
      }
    });
    worker.start();
    assertTrue(started.await(10, TimeUnit.SECONDS));
    worker.interrupt();
    worker.join(10_000);
    assertFalse(worker.isAlive());
    assertTrue(thrown.get() instanceof CallInterruptedException, String.valueOf(thrown.get()));
    assertTrue(flag.get());
    assertFalse(thrown.get().getMessage().contains(SIGNATURE));
    assertEquals(List.of(), filesInDir());
  }

  /** Sends a byte every 50 ms, forever (until the client goes away). */
  private static FileHost.Answer trickle(CountDownLatch started) {
    return exchange -> {
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      started.countDown();
      for (int i = 0; i < 2000; i++) {
        out.write('x');
        out.flush();
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    };
  }

  @Test
  void aFailedWriteIsAWriteFailureNotATransportOne() {
    host.on("/r.csv", FileHost.bytes(200, csv(10)));
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        write(0);
      }
    };
    BillingDownloadException e = assertThrows(BillingDownloadException.class, () -> downloader(1 << 20,
        Duration.ofSeconds(10)).toStream(new Source(url("/r.csv", future()), null), full, null));
    assertEquals(Reason.WRITE_FAILED, e.reason());
  }

  @Test
  void aNotFoundFileIsTypedAndNotRenewed() {
    Source source = new Source(url("/deleted.csv", future()), null);
    BillingDownloadException e = assertThrows(BillingDownloadException.class, () -> downloader(1 << 20,
        Duration.ofSeconds(10)).toStream(source, new ByteArrayOutputStream(), null));
    assertEquals(Reason.NOT_FOUND, e.reason());
    assertEquals(404, e.statusCode());
    assertEquals(0, source.renewals.get());
  }

  @Test
  void theDebugLogNamesHostAndPathButNeverTheSignedQuery() {
    host.on("/old.csv", FileHost.denied("Request has expired")).on("/r.csv", FileHost.bytes(200, csv(1)));
    try (dev.webexwholesale.testing.LogCapture logs = dev.webexwholesale.testing.LogCapture.at(
        java.util.logging.Level.FINEST)) {
      downloader(1 << 20, Duration.ofSeconds(10)).toStream(new Source(url("/old.csv", future()),
          url("/r.csv", future())), new ByteArrayOutputStream(), null);
      String all = logs.all();
      assertTrue(all.contains("<-- 403 billing download GET " + host.origin() + "/old.csv"), all);
      assertTrue(all.contains("<-- 200 billing download GET " + host.origin() + "/r.csv"), all);
      assertFalse(all.contains(SIGNATURE) || all.contains("Key-Pair-Id") || all.contains("Expires"), all);
    }
  }

  @Test
  void aFileLargerThanTheBackgroundForceStepArrivesWhole() throws IOException {
    byte[] body = new byte[(int) (2.5 * SignedUrlDownloader.FLUSH_EVERY_BYTES)];
    new Random(7).nextBytes(body);
    host.on("/big.csv", FileHost.bytes(200, body));
    Path target = dir.resolve("big.csv");
    BillingDownload done = downloader(1L << 30, Duration.ofSeconds(60))
        .toPath(new Source(url("/big.csv", future()), null), target, null);
    assertEquals(body.length, done.bytes());
    assertArrayEquals(body, Files.readAllBytes(target));
    assertEquals(List.of(target), filesInDir());
  }

  @Test
  void aDownloadClientMadeFromAPlainHttpApiStackCanStillReachHttpsFileHosts() {
    okhttp3.OkHttpClient cleartext = new okhttp3.OkHttpClient.Builder()
        .connectionSpecs(java.util.List.of(okhttp3.ConnectionSpec.CLEARTEXT)).build();
    okhttp3.OkHttpClient download = SignedUrlDownloader.downloadClient(cleartext);
    assertTrue(download.connectionSpecs().contains(okhttp3.ConnectionSpec.MODERN_TLS), download.connectionSpecs().toString());
    assertTrue(download.connectionSpecs().contains(okhttp3.ConnectionSpec.CLEARTEXT), "the sandbox's files are http");
  }
}
