package dev.webexwholesale.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A minimal HTTP/1.1 keep-alive server on 127.0.0.1, one thread per connection.
 *
 * <p>Hand-rolled rather than {@code com.sun.net.httpserver} so that the server costs a few
 * microseconds per request: the benchmarks compare clients, and a slow server would dilute
 * every ratio toward 1.0. It reads only the request line and {@code Content-Length}; it is a
 * benchmark fixture, not a general server.
 */
public final class LoopbackHttpServer implements AutoCloseable {

  /** Answers one request; {@code target} is the path with its query string. */
  @FunctionalInterface
  public interface Handler {
    Reply handle(String method, String target);
  }

  /** A complete, pre-encoded response (status line, headers and body). */
  public static final class Reply {
    final byte[] bytes;

    private Reply(byte[] bytes) {
      this.bytes = bytes;
    }

    public static Reply json(int status, String body, String... extraHeaders) {
      byte[] payload = body.getBytes(StandardCharsets.UTF_8);
      StringBuilder head = new StringBuilder(256)
          .append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n")
          .append("Content-Type: application/json\r\n")
          .append("Content-Length: ").append(payload.length).append("\r\n")
          .append("trackingid: BENCH_0\r\n");
      for (String header : extraHeaders) {
        head.append(header).append("\r\n");
      }
      head.append("\r\n");
      byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
      byte[] all = new byte[headBytes.length + payload.length];
      System.arraycopy(headBytes, 0, all, 0, headBytes.length);
      System.arraycopy(payload, 0, all, headBytes.length, payload.length);
      return new Reply(all);
    }

    private static String reason(int status) {
      switch (status) {
        case 200: return "OK";
        case 404: return "Not Found";
        case 429: return "Too Many Requests";
        default: return "Status";
      }
    }
  }

  private final ServerSocket socket;
  private final Handler handler;
  private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "loopback-conn");
    t.setDaemon(true);
    return t;
  });
  private volatile boolean closed;

  public LoopbackHttpServer(Handler handler) throws IOException {
    this.handler = handler;
    this.socket = new ServerSocket();
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    Thread acceptor = new Thread(this::acceptLoop, "loopback-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Base URL without a trailing slash, e.g. {@code http://127.0.0.1:41234}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket s = socket.accept();
        s.setTcpNoDelay(true);
        connections.execute(() -> serve(s));
      } catch (IOException e) {
        if (!closed) {
          e.printStackTrace();
        }
      }
    }
  }

  private void serve(Socket s) {
    try (s; InputStream in = new BufferedInputStream(s.getInputStream(), 8192);
        OutputStream out = s.getOutputStream()) {
      StringBuilder line = new StringBuilder(256);
      while (true) {
        String requestLine = readLine(in, line);
        if (requestLine == null) {
          return;
        }
        long contentLength = 0;
        boolean close = false;
        String header;
        while ((header = readLine(in, line)) != null && !header.isEmpty()) {
          String lower = header.toLowerCase(Locale.ROOT);
          if (lower.startsWith("content-length:")) {
            contentLength = Long.parseLong(lower.substring(15).trim());
          } else if (lower.startsWith("connection:") && lower.contains("close")) {
            close = true;
          }
        }
        if (header == null) {
          return;
        }
        in.skipNBytes(contentLength);
        int sp1 = requestLine.indexOf(' ');
        int sp2 = requestLine.indexOf(' ', sp1 + 1);
        Reply reply = handler.handle(requestLine.substring(0, sp1), requestLine.substring(sp1 + 1, sp2));
        out.write(reply.bytes);
        out.flush();
        if (close) {
          return;
        }
      }
    } catch (SocketException e) {
      // Client went away: normal at the end of a run.
    } catch (IOException e) {
      if (!closed) {
        e.printStackTrace();
      }
    }
  }

  /** Reads one CRLF-terminated line as ISO-8859-1, or null at end of stream. */
  private static String readLine(InputStream in, StringBuilder line) throws IOException {
    line.setLength(0);
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        int len = line.length();
        if (len > 0 && line.charAt(len - 1) == '\r') {
          line.setLength(len - 1);
        }
        return line.toString();
      }
      line.append((char) c);
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    socket.close();
    connections.shutdownNow();
  }
}
