package dev.webexwholesale.cli;

import dev.webexwholesale.client.Time;
import java.time.Instant;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Protocol;
import okhttp3.Response;

/**
 * Tells the user about retries as they happen, using only the client's public hooks: OkHttp
 * events say why an attempt failed, and the client's time says how long it waits before the
 * next one. Failed connections are always reported (a refused connection must not look like a
 * hang); with {@code --verbose}, every retried HTTP status as well.
 */
final class RetryReporter extends EventListener {
  private final PrintWriter err;
  private final boolean verbose;
  private final UnaryOperator<String> safe;
  private String pendingReason;
  private boolean pendingIsTransport;
  private int attempt;
  private boolean anyCallStarted;

  RetryReporter(PrintWriter err, boolean verbose, UnaryOperator<String> safe) {
    this.err = Objects.requireNonNull(err, "err");
    this.verbose = verbose;
    this.safe = Objects.requireNonNull(safe, "safe");
  }

  /** Wraps the time the client waits with, so each retry is announced before its wait. */
  Time wrap(Time time) {
    return new Time() {
      @Override
      public long nanoTime() {
        return time.nanoTime();
      }

      @Override
      public Instant now() {
        return time.now();
      }

      @Override
      public void sleep(Duration d) throws InterruptedException {
        announce(d);
        time.sleep(d);
      }
    };
  }

  /** Whether any HTTP call was started: after that, a failure is no longer a usage error. */
  synchronized boolean anyCallStarted() {
    return anyCallStarted;
  }

  private synchronized void announce(Duration wait) {
    if (pendingReason == null) {
      return; // a waiter's poll interval, shown by the progress line
    }
    attempt++;
    if (verbose || pendingIsTransport) {
      err.println((pendingIsTransport ? "warning: " : "retry: ") + safe.apply(pendingReason) + "; attempt "
          + attempt + " in " + DurationConverter.format(wait));
      err.flush();
    }
    pendingReason = null;
  }

  @Override
  public synchronized void callStart(Call call) {
    anyCallStarted = true;
    attempt = 1;
    pendingReason = null;
  }

  @Override
  public synchronized void connectFailed(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol,
      IOException e) {
    transportFailure("cannot connect to " + address.getHostString() + ":" + address.getPort(), e);
  }

  @Override
  public synchronized void requestFailed(Call call, IOException e) {
    transportFailure(what(call) + " failed while sending", e);
  }

  @Override
  public synchronized void responseFailed(Call call, IOException e) {
    transportFailure(what(call) + " failed while reading the answer", e);
  }

  @Override
  public synchronized void responseHeadersEnd(Call call, Response response) {
    if (response.code() >= 400) {
      pendingReason = what(call) + " answered HTTP " + response.code()
          + (response.header("Retry-After") == null ? "" : " (Retry-After " + response.header("Retry-After") + ")");
      pendingIsTransport = false;
    }
  }

  @Override
  public synchronized void callEnd(Call call) {
    pendingReason = null;
  }

  @Override
  public synchronized void callFailed(Call call, IOException e) {
    pendingReason = null;
  }

  private void transportFailure(String what, IOException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    pendingReason = what + " (" + reason.toLowerCase(java.util.Locale.ROOT) + ")";
    pendingIsTransport = true;
  }

  private static String what(Call call) {
    return call.request().method() + " " + call.request().url().encodedPath();
  }
}
