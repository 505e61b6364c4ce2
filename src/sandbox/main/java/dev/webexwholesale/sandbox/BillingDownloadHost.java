package dev.webexwholesale.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The second listener: a stand-in for Webex's content-delivery host that serves billing report
 * CSVs at signed, expiring URLs ({@code Expires}, {@code Signature}, {@code Key-Pair-Id}, as
 * CloudFront signs them). Another port, so another origin than the API. It knows no bearer
 * token: it answers whoever holds a valid URL, and counts requests that carried one anyway.
 */
final class BillingDownloadHost {
  static final String KEY_PAIR_ID = "APKASANDBOXBILLING01";
  private static final String PATH_PREFIX = "/WHOLESALE/";

  private final String host;
  private final int requestedPort;
  private final Clock clock;
  private final Duration lifetime;
  /** Looks a file id up: the report's CSV, or null when the report is gone. Takes the store's lock. */
  private final Function<String, byte[]> files;
  private final byte[] secret = new byte[32];
  private final AtomicInteger expireNext = new AtomicInteger();
  private final LongAdder requests = new LongAdder();
  private final LongAdder served = new LongAdder();
  private final LongAdder expired = new LongAdder();
  private final LongAdder refused = new LongAdder();
  private final LongAdder notFound = new LongAdder();
  private final LongAdder withAuthorization = new LongAdder();
  private final LongAdder withWebexHeaders = new LongAdder();
  private HttpServer server;
  private ExecutorService executor;

  BillingDownloadHost(String host, int port, Clock clock, Duration lifetime, Function<String, byte[]> files) {
    this.host = host;
    this.requestedPort = port;
    this.clock = clock;
    this.lifetime = lifetime;
    this.files = files;
    new SecureRandom().nextBytes(secret);
  }

  synchronized void start() {
    try {
      server = HttpServer.create(new InetSocketAddress(host, requestedPort), 64);
    } catch (IOException e) {
      throw new IllegalStateException("billing download host could not listen on " + host + ":" + requestedPort, e);
    }
    executor = Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "sandbox-billing-download");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  synchronized void stop() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
    }
  }

  /** e.g. {@code http://127.0.0.1:PORT}. */
  String origin() {
    if (server == null) {
      throw new IllegalStateException("sandbox not started");
    }
    return "http://" + host + ":" + server.getAddress().getPort();
  }

  /** A fresh signed URL for a file, valid for the configured lifetime from now (by the sandbox clock). */
  String signedUrl(String fileId) {
    long expires = clock.instant().plus(lifetime).getEpochSecond();
    if (expireNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      expires = clock.instant().getEpochSecond() - 1;
    }
    String path = PATH_PREFIX + fileId + ".csv";
    return origin() + path + "?Expires=" + expires + "&Signature=" + sign(path, Long.toString(expires))
        + "&Key-Pair-Id=" + KEY_PAIR_ID;
  }

  void expireNextUrls(int count) {
    expireNext.addAndGet(count);
  }

  BillingDownloadStats stats() {
    return new BillingDownloadStats(requests.sum(), served.sum(), expired.sum(), refused.sum(), notFound.sum(),
        withAuthorization.sum(), withWebexHeaders.sum());
  }

  void reset() {
    expireNext.set(0);
    for (LongAdder a : List.of(requests, served, expired, refused, notFound, withAuthorization, withWebexHeaders)) {
      a.reset();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.increment();
      if (exchange.getRequestHeaders().containsKey("Authorization")) {
        withAuthorization.increment();
      }
      String agent = exchange.getRequestHeaders().getFirst("User-Agent");
      if (exchange.getRequestHeaders().containsKey("TrackingID")
          || agent != null && agent.contains("webex-wholesale-java")) {
        withWebexHeaders.increment();
      }
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        answer(exchange, 405, error("MethodNotAllowed", "The specified method is not allowed against this resource."));
        return;
      }
      String path = exchange.getRequestURI().getRawPath();
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      String expires = query.get("Expires");
      String signature = query.get("Signature");
      if (!KEY_PAIR_ID.equals(query.get("Key-Pair-Id")) || expires == null || signature == null
          || !MessageDigest.isEqual(sign(path, expires).getBytes(StandardCharsets.US_ASCII),
              signature.getBytes(StandardCharsets.US_ASCII))) {
        refused.increment();
        answer(exchange, 403, error("AccessDenied", "Access denied"));
        return;
      }
      if (clock.instant().getEpochSecond() > Long.parseLong(expires)) {
        expired.increment();
        answer(exchange, 403, error("AccessDenied", "Request has expired"));
        return;
      }
      byte[] csv = path.startsWith(PATH_PREFIX) && path.endsWith(".csv")
          ? files.apply(path.substring(PATH_PREFIX.length(), path.length() - 4)) : null;
      if (csv == null) {
        notFound.increment();
        answer(exchange, 404, error("NoSuchKey", "The specified key does not exist."));
        return;
      }
      served.increment();
      exchange.getResponseHeaders().set("Content-Type", "text/csv; charset=UTF-8");
      exchange.getResponseHeaders().set("Cache-Control", "private, no-store");
      if (method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Content-Length", Integer.toString(csv.length));
        exchange.sendResponseHeaders(200, -1);
        return;
      }
      exchange.sendResponseHeaders(200, csv.length == 0 ? -1 : csv.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(csv);
      }
    }
  }

  /** The XML-ish error body a CDN in front of object storage answers with. */
  private static String error(String code, String message) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + message
        + "</Message></Error>";
  }

  private static void answer(HttpExchange exchange, int status, String xml) throws IOException {
    byte[] body = xml.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/xml");
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private String sign(String path, String expires) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] digest = mac.doFinal((path + "\n" + expires + "\n" + KEY_PAIR_ID).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** Raw values: the signature is base64url, so nothing in it needs decoding. */
  private static Map<String, String> query(String raw) {
    Map<String, String> values = new java.util.HashMap<>();
    if (raw == null) {
      return values;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        values.putIfAbsent(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return values;
  }
}
