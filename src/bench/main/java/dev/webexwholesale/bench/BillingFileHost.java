package dev.webexwholesale.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The part-7 file host: answers every GET with a CSV of exactly {@code size} bytes (a 64 KiB block
 * of rows, repeated), written from memory, one connection at a time, {@code Connection: close}.
 * Hand-rolled so the server costs next to nothing: the part compares two clients.
 */
final class BillingFileHost implements AutoCloseable {
  static final int BLOCK = 64 * 1024;
  private final ServerSocket socket;
  private final long size;
  private final byte[] block = new byte[BLOCK];
  private final Thread thread;

  BillingFileHost(long size) throws IOException {
    this.size = size;
    byte[] row = "2026-01-01,2026-01-31,,Y2lzY29zcGFyazovL3VzL0VOVEVSUFJJU0UvYmVuY2g,acme-0001,webex_calling,1000\r\n"
        .getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < BLOCK; i++) {
      block[i] = row[i % row.length];
    }
    socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
    thread = new Thread(this::serve, "billing-file-host");
    thread.setDaemon(true);
    thread.start();
  }

  String url() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/WHOLESALE/bench.csv?Expires=4102444800&Signature=bench&Key-Pair-Id=K";
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        String line;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
          // request line and headers: ignored
        }
        OutputStream out = client.getOutputStream();
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: " + size
            + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        long left = size;
        while (left > 0) {
          int n = (int) Math.min(BLOCK, left);
          out.write(block, 0, n);
          left -= n;
        }
        out.flush();
      } catch (IOException e) {
        // a client that went away; the next accept goes on
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
