package dev.webexwholesale.client.internal.billing;

import dev.webexwholesale.client.Time;
import dev.webexwholesale.client.billing.BillingDownload;
import dev.webexwholesale.client.billing.BillingDownloadException;
import dev.webexwholesale.client.billing.BillingDownloadException.Reason;
import dev.webexwholesale.client.errors.CallInterruptedException;
import dev.webexwholesale.client.internal.errors.SafeText;
import dev.webexwholesale.client.internal.io.PrivateFiles;
import dev.webexwholesale.client.internal.observe.ClientLoggers;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.function.Supplier;
import okhttp3.Authenticator;
import okhttp3.Call;
import okhttp3.ConnectionSpec;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Fetches a billing report's CSV from its signed URL on the file host (another origin than the
 * API). Rules, each a security or integrity property:
 * <ul>
 *   <li>the request carries no {@code Authorization}, no cookie and none of the client's Webex
 *       headers: it goes through {@link #downloadClient}, which has no interceptor at all;</li>
 *   <li>a redirect is followed only to the same origin, at most {@value #MAX_REDIRECTS} times;</li>
 *   <li>an expired URL ({@code Expires} past by the client's time, or a 403 from the host) is
 *       renewed once through {@link UrlSource#renew()} (a new read of the report);</li>
 *   <li>the body streams through a fixed buffer, capped at the download limit; the whole
 *       exchange, renewal included, is bounded by one deadline;</li>
 *   <li>a file target is written to a temporary owner-only file beside it, forced to disk and
 *       moved into place atomically: the final name never holds a partial file;</li>
 *   <li>the URL's query never appears in a message, only the origin and path.</li>
 * </ul>
 */
public final class SignedUrlDownloader {
  static final int MAX_REDIRECTS = 3;
  private static final int BUFFER_BYTES = 64 * 1024;
  private static final int MAX_ERROR_BYTES = 4096;
  /** A file target is forced to disk in the background every this many bytes (see ChannelSink). */
  static final long FLUSH_EVERY_BYTES = 16L * 1024 * 1024;
  private static final java.util.concurrent.ExecutorService FLUSHER =
      java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "billing-download-flush");
        t.setDaemon(true);
        return t;
      });

  /** Where the URL comes from: the report in hand, then (once) a fresh read of it. */
  public interface UrlSource {
    /**
     * The URL of the report already read.
     *
     * @return the signed URL
     */
    String current();

    /**
     * Reads the report again for a fresh URL.
     *
     * @return the new signed URL
     */
    String renew();
  }

  private final Supplier<OkHttpClient> makeHttp;
  private OkHttpClient http; // made at the first download
  private final Time time;
  private final long maxBytes;
  private final Duration timeout;

  /**
   * A downloader.
   *
   * @param http a client from {@link #downloadClient}: no interceptors, no cookies, no redirects
   * @param time the client's time: the {@code Expires} check reads {@link Time#now()}
   * @param maxBytes the download limit
   * @param timeout the deadline of one download, renewal included
   */
  public SignedUrlDownloader(OkHttpClient http, Time time, long maxBytes, Duration timeout) {
    this(() -> http, time, maxBytes, timeout);
  }

  /**
   * A downloader whose client is made at its first download: a client that never downloads (or
   * talks to its API over plain http) then never loads the JDK's trust store for it.
   *
   * @param http makes the client, like {@link #downloadClient}; called once
   * @param time the client's time: the {@code Expires} check reads {@link Time#now()}
   * @param maxBytes the download limit
   * @param timeout the deadline of one download, renewal included
   */
  public SignedUrlDownloader(Supplier<OkHttpClient> http, Time time, long maxBytes, Duration timeout) {
    this.makeHttp = http;
    this.time = time;
    this.maxBytes = maxBytes;
    this.timeout = timeout;
  }

  private synchronized OkHttpClient http() {
    if (http == null) {
      http = makeHttp.get();
    }
    return http;
  }

  /**
   * The download stack: the API stack's connection pool, dispatcher, proxy, TLS and DNS settings,
   * with none of its interceptors (token, Webex headers, logging, retries), no cookies, no
   * authenticator that could answer a challenge with credentials, no cache (billing data never
   * lands in a cache directory) and no automatic redirects.
   *
   * @param root the client's OkHttpClient before its interceptors were added
   * @return the download client
   */
  public static OkHttpClient downloadClient(OkHttpClient root) {
    OkHttpClient.Builder b = root.newBuilder();
    b.interceptors().clear();
    b.networkInterceptors().clear();
    if (root.connectionSpecs().stream().noneMatch(ConnectionSpec::isTls)) {
      // An API stack over plain http (a sandbox, a local gateway) has no TLS; report files are https.
      b.connectionSpecs(List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT));
    }
    return b.cookieJar(CookieJar.NO_COOKIES)
        .authenticator(Authenticator.NONE)
        .cache(null)
        .followRedirects(false)
        .followSslRedirects(false)
        .callTimeout(Duration.ZERO) // each download sets its own deadline
        .build();
  }

  /**
   * The limit in bytes.
   *
   * @return the download limit
   */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Downloads to a file, replacing it atomically when complete.
   *
   * @param source the URL and its renewal
   * @param target the file to write
   * @param deadline overrides the downloader's timeout when non-null
   * @return what was written
   */
  public BillingDownload toPath(UrlSource source, Path target, Duration deadline) {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp;
    try {
      temp = createOwnerOnlyTemp(dir, absolute.getFileName().toString());
    } catch (IOException e) {
      throw new BillingDownloadException(Reason.WRITE_FAILED, 0, null,
          "billing report download: cannot create a temporary file in " + dir + ": " + e.getMessage(), e);
    }
    boolean moved = false;
    try {
      BillingDownload done;
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ChannelSink sink = new ChannelSink(channel);
        done = fetch(source, sink, deadline);
        sink.finish();
      } catch (IOException e) {
        if (Thread.currentThread().isInterrupted()) {
          throw new CallInterruptedException("GET", "(billing report download to " + absolute + ")", false, e);
        }
        throw new BillingDownloadException(Reason.WRITE_FAILED, 0, null,
            "billing report download: writing " + absolute + " failed: " + e.getMessage(), e);
      }
      moveIntoPlace(temp, absolute);
      moved = true;
      return new BillingDownload(done.bytes(), done.renewed(), Optional.of(absolute));
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // nothing more can be done; the name is a hidden temporary, never the target's
        }
      }
    }
  }

  /**
   * Downloads into a stream, which is not closed. On failure the stream may hold a part of the
   * file: discard it.
   *
   * @param source the URL and its renewal
   * @param out where the bytes go
   * @param deadline overrides the downloader's timeout when non-null
   * @return what was written
   */
  public BillingDownload toStream(UrlSource source, OutputStream out, Duration deadline) {
    return fetch(source, out::write, deadline);
  }

  /** Where the bytes go; an IOException from it is a write failure, not a transport one. */
  interface Sink {
    void write(byte[] bytes, int offset, int length) throws IOException;
  }

  /**
   * Writes to the temporary file and forces what was written to disk on a background thread every
   * {@link #FLUSH_EVERY_BYTES}, one force at a time: the disk catches up while the body still
   * streams in, so the final force before the move has little left to do.
   */
  private static final class ChannelSink implements Sink {
    private final FileChannel channel;
    private long unflushed;
    private java.util.concurrent.Future<?> flushing;
    private volatile IOException flushFailure;

    ChannelSink(FileChannel channel) {
      this.channel = channel;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      unflushed += length;
      if (unflushed >= FLUSH_EVERY_BYTES && (flushing == null || flushing.isDone())) {
        unflushed = 0;
        flushing = FLUSHER.submit(() -> {
          try {
            channel.force(false);
          } catch (IOException e) {
            flushFailure = e; // a closed channel after a failed download included: finish() reports it
          }
        });
      }
    }

    /** Waits for the background force, then forces the rest (data and size) before the move. */
    void finish() throws IOException {
      if (flushing != null) {
        boolean interrupted = false;
        while (true) {
          try {
            flushing.get();
            break;
          } catch (InterruptedException e) {
            interrupted = true; // the force ends on its own, soon; the interrupt is kept for the caller
          } catch (java.util.concurrent.ExecutionException e) {
            break;
          }
        }
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
      if (flushFailure != null) {
        throw flushFailure;
      }
      channel.force(true);
    }
  }

  /** Thrown by a sink write, to tell it apart from a transport failure. */
  private static final class WriteFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WriteFailure(IOException cause) {
      super(cause);
    }
  }

  private BillingDownload fetch(UrlSource source, Sink sink, Duration deadline) {
    long budget = (deadline != null ? deadline : timeout).toNanos();
    long start = time.nanoTime();
    boolean renewed = false;
    HttpUrl url = parse(source.current());
    if (expired(url)) {
      url = parse(source.renew());
      renewed = true;
    }
    while (true) {
      long remaining = budget - (time.nanoTime() - start);
      if (remaining <= 0) {
        throw timedOut(url, null);
      }
      Attempt attempt = attempt(url, sink, remaining);
      if (attempt.bytes >= 0) {
        return new BillingDownload(attempt.bytes, renewed, Optional.empty());
      }
      if (renewed) {
        throw new BillingDownloadException(Reason.ACCESS_DENIED, 403, location(url),
            "billing report download refused: HTTP 403 from " + location(url) + attempt.detail
                + " after the URL was renewed once", null);
      }
      url = parse(source.renew());
      renewed = true;
    }
  }

  /** One GET, following same-origin redirects; {@code bytes < 0} means a 403 worth one renewal. */
  private Attempt attempt(HttpUrl url, Sink sink, long remainingNanos) {
    HttpUrl current = url;
    for (int hop = 0; ; hop++) {
      Call call = http().newCall(new Request.Builder().url(current).get().build());
      call.timeout().timeout(remainingNanos, TimeUnit.NANOSECONDS);
      long started = time.nanoTime();
      try (Response response = call.execute()) {
        int code = response.code();
        // The path only: the query is the download's credential.
        ClientLoggers.HTTP.log(System.Logger.Level.DEBUG, () -> "<-- " + code + " billing download GET "
            + location(response.request().url()));
        if (code >= 300 && code < 400 && response.header("Location") != null) {
          HttpUrl next = current.resolve(response.header("Location"));
          if (next == null || !sameOrigin(next, url) || hop >= MAX_REDIRECTS) {
            throw new BillingDownloadException(Reason.REDIRECT_REFUSED, code, location(current),
                "billing report download: HTTP " + code + " from " + location(current) + " redirects to "
                    + (next == null ? "an invalid location" : next.scheme() + "://" + next.host() + ":" + next.port())
                    + "; not followed", null);
          }
          current = next;
          remainingNanos -= time.nanoTime() - started;
          continue;
        }
        if (code == 403) {
          return new Attempt(-1, hostError(response.body()));
        }
        if (!response.isSuccessful()) {
          throw new BillingDownloadException(code == 404 ? Reason.NOT_FOUND : Reason.HTTP_ERROR, code,
              location(current), "billing report download failed: HTTP " + code + " from " + location(current)
                  + hostError(response.body()), null);
        }
        return new Attempt(copy(response, current, sink), "");
      } catch (WriteFailure e) {
        call.cancel();
        throw new BillingDownloadException(Reason.WRITE_FAILED, 0, location(current),
            "billing report download: writing failed: " + e.getCause().getMessage(), e.getCause());
      } catch (IOException e) {
        call.cancel();
        if (Thread.currentThread().isInterrupted()) {
          throw new CallInterruptedException("GET", location(current), true, e);
        }
        if (e instanceof InterruptedIOException) { // the deadline or a read timeout: not an interrupt
          throw timedOut(current, e);
        }
        throw new BillingDownloadException(Reason.TRANSPORT, 0, location(current),
            "billing report download from " + location(current) + " failed: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " " + SafeText.escapeControls(e.getMessage())), e);
      }
    }
  }

  private record Attempt(long bytes, String detail) {
  }

  private long copy(Response response, HttpUrl url, Sink sink) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return 0;
    }
    long declared = body.contentLength();
    if (declared > maxBytes) {
      throw tooLarge(url, declared);
    }
    byte[] buffer = new byte[BUFFER_BYTES];
    long total = 0;
    try (InputStream in = body.byteStream()) {
      int n;
      while ((n = in.read(buffer)) != -1) {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedIOException("interrupted");
        }
        total += n;
        if (total > maxBytes) {
          throw tooLarge(url, -1);
        }
        try {
          sink.write(buffer, 0, n);
        } catch (IOException e) {
          throw new WriteFailure(e);
        }
      }
    }
    return total;
  }

  private BillingDownloadException tooLarge(HttpUrl url, long declared) {
    return new BillingDownloadException(Reason.TOO_LARGE, 200, location(url), "billing report download from "
        + location(url) + " exceeds the download limit of " + maxBytes + " bytes"
        + (declared >= 0 ? " (Content-Length " + declared + ")" : "") + "; raise WholesaleClient.Builder#maxDownloadBytes", null);
  }

  private BillingDownloadException timedOut(HttpUrl url, IOException cause) {
    return new BillingDownloadException(Reason.TIMEOUT, 0, location(url), "billing report download from "
        + location(url) + " timed out (no data within the read timeout, or past the download deadline)", cause);
  }

  /** The {@code Expires} of a signed URL (epoch seconds), when it is past by the client's clock. */
  private boolean expired(HttpUrl url) {
    String expires = url.queryParameter("Expires");
    if (expires == null) {
      return false;
    }
    try {
      return Long.parseLong(expires.trim()) <= time.now().getEpochSecond();
    } catch (NumberFormatException e) {
      return false; // not ours to judge: the host decides
    }
  }

  private static HttpUrl parse(String url) {
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
    if (parsed == null) {
      throw new BillingDownloadException(Reason.INVALID_URL, 0, null,
          "billing report download: the report's tempDownloadURL is not an http(s) URL", null);
    }
    return parsed;
  }

  /** Origin and path, never the query (the signature) nor userinfo. */
  static String location(HttpUrl url) {
    return SafeText.withoutQueryOrUserinfo(url);
  }

  private static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equalsIgnoreCase(b.host()) && a.port() == b.port();
  }

  /** The CDN's error code and message ({@code <Code>AccessDenied</Code>...}), short and escaped. */
  private static String hostError(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (body) {
      String text = new String(body.byteStream().readNBytes(MAX_ERROR_BYTES), StandardCharsets.UTF_8);
      String code = between(text, "<Code>", "</Code>");
      String message = between(text, "<Message>", "</Message>");
      if (code == null && message == null) {
        return "";
      }
      String detail = (code == null ? "" : code) + (code != null && message != null ? ": " : "")
          + (message == null ? "" : message);
      return " (" + SafeText.escapeControls(detail.length() > 200 ? detail.substring(0, 200) : detail) + ")";
    } catch (IOException e) {
      return "";
    }
  }

  private static String between(String text, String open, String close) {
    int from = text.indexOf(open);
    int to = from < 0 ? -1 : text.indexOf(close, from + open.length());
    return to < 0 ? null : text.substring(from + open.length(), to);
  }

  private static Path createOwnerOnlyTemp(Path dir, String name) throws IOException {
    String prefix = "." + (name.length() > 40 ? name.substring(0, 40) : name) + ".";
    // Without POSIX permissions the default ACL is the user's own.
    return Files.createTempFile(dir, prefix, ".part", PrivateFiles.ownerOnly());
  }

  private static void moveIntoPlace(Path temp, Path target) {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      PrivateFiles.forceDirectory(target.toAbsolutePath().getParent()); // the new name survives a power loss too
    } catch (AtomicMoveNotSupportedException e) {
      throw new BillingDownloadException(Reason.WRITE_FAILED, 0, null, "billing report download: the file system of "
          + target.getParent() + " cannot move a file into place atomically", e);
    } catch (IOException e) {
      throw new BillingDownloadException(Reason.WRITE_FAILED, 0, null,
          "billing report download: moving the file to " + target + " failed: " + e.getMessage(), e);
    }
  }
}
