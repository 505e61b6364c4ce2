package dev.webexwholesale.client.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.webexwholesale.client.errors.WholesaleException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Receives the browser's redirect at the end of a sign-in: a tiny HTTP server on 127.0.0.1 (never
 * another interface) that takes the first request to its path, checks its {@code state} and
 * hands over the {@code code}. Register {@link #redirectUri()} as the integration's redirect URI.
 */
public final class LoopbackRedirectListener implements AutoCloseable {
  private final HttpServer server;
  private final String path;
  private final CompletableFuture<Map<String, String>> redirect = new CompletableFuture<>();

  private LoopbackRedirectListener(HttpServer server, String path) {
    this.server = server;
    this.path = path;
  }

  /**
   * Listens on {@code 127.0.0.1:port} (0: any free port) for a request to {@code path}, e.g.
   * {@code /callback}.
   *
   * @param port the port to listen on, 0 for any free one
   * @param path the redirect path; a leading {@code /} is added when missing
   * @return a started listener; close it when the sign-in is over
   */
  public static LoopbackRedirectListener start(int port, String path) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    Objects.requireNonNull(path, "path");
    String p = path.startsWith("/") ? path : "/" + path;
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
    }
    LoopbackRedirectListener listener = new LoopbackRedirectListener(server, p);
    server.createContext("/", listener::handle);
    server.start();
    return listener;
  }

  /**
   * The URI to register as the integration's redirect URI and pass to
   * {@link OAuthClient#authorizationRequest}.
   *
   * @return {@code http://127.0.0.1:PORT/path}
   */
  public String redirectUri() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /**
   * Waits at most {@code timeout} for the redirect and returns its authorization code.
   *
   * @param expectedState the {@link AuthorizationRequest#state()} of this sign-in
   * @param timeout how long to wait for the browser
   * @return the authorization code, for {@link OAuthClient#exchangeCode}
   * @throws WholesaleException the sign-in was refused, the state does not match this sign-in's
   *     (a forged or stale redirect), or no redirect came in time
   * @throws InterruptedException the waiting thread was interrupted
   */
  public String awaitCode(String expectedState, Duration timeout) throws InterruptedException {
    Objects.requireNonNull(expectedState, "expectedState");
    Map<String, String> query;
    try {
      query = redirect.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new WholesaleException("No sign-in redirect arrived at " + redirectUri() + " within " + timeout);
    } catch (ExecutionException e) {
      throw new WholesaleException("The sign-in redirect could not be read", e.getCause());
    }
    if (!expectedState.equals(query.get("state"))) {
      throw new WholesaleException("The sign-in redirect's state does not match this sign-in: ignored its code"
          + " (a stale or forged redirect); sign in again");
    }
    String error = query.get("error");
    if (error != null) {
      String description = query.get("error_description");
      throw new WholesaleException("Sign-in refused: " + error + (description == null ? "" : " (" + description + ")"));
    }
    String code = query.get("code");
    if (code == null || code.isBlank()) {
      throw new WholesaleException("The sign-in redirect carried no code");
    }
    return code;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestURI().getPath().equals(path) || redirect.isDone()) {
        reply(exchange, 404, "Not found.");
        return;
      }
      redirect.complete(parseQuery(exchange.getRequestURI().getRawQuery()));
      reply(exchange, 200, "Sign-in received. You can close this tab and return to the terminal.");
    }
  }

  private static void reply(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body = ("<!doctype html><title>webex-wholesale</title><p>" + text + "</p>").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static Map<String, String> parseQuery(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw == null) {
      return values;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      values.putIfAbsent(name, value);
    }
    return values;
  }

  /** Stops listening at once. */
  @Override
  public void close() {
    server.stop(0);
  }

  @Override
  public String toString() {
    return "LoopbackRedirectListener{" + redirectUri() + "}";
  }
}
