package dev.webexwholesale.client.internal.billing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A loopback file host for download tests: one scripted handler per path, every request recorded. */
final class FileHost implements AutoCloseable {
  /** Writes one answer. */
  interface Answer {
    void write(HttpExchange exchange) throws IOException;
  }

  record Seen(String path, String query, Headers headers) {
  }

  private final HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  final List<Seen> seen = new CopyOnWriteArrayList<>();

  FileHost() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "file-host");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", exchange -> {
      try (exchange) {
        seen.add(new Seen(exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
            exchange.getRequestHeaders()));
        Answer answer = answers.get(exchange.getRequestURI().getRawPath());
        if (answer == null) {
          exchange.sendResponseHeaders(404, -1);
        } else {
          answer.write(exchange);
        }
      } catch (IOException e) {
        // the client went away mid-answer: expected in abort tests
      }
    });
    server.start();
  }

  String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  FileHost on(String path, Answer answer) {
    answers.put(path, answer);
    return this;
  }

  static Answer bytes(int status, byte[] body) {
    return exchange -> {
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    };
  }

  static Answer denied(String message) {
    return bytes(403, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code><Message>" + message
        + "</Message></Error>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
