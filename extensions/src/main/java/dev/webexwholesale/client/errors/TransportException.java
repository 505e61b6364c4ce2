package dev.webexwholesale.client.errors;

import dev.webexwholesale.client.internal.errors.SafeText;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/** No HTTP answer arrived: the connection could not be made, timed out or broke. */
public class TransportException extends WholesaleException {
  private static final long serialVersionUID = 1L;

  /** What went wrong on the wire. */
  public enum Kind {
    /** The connection was never established: the request cannot have reached the server. */
    CONNECT,
    /** Connected, but no (complete) answer in time. */
    TIMEOUT,
    /** The connection broke (reset, closed early). */
    RESET,
    /** Any other I/O failure. */
    OTHER
  }

  /** What went wrong on the wire. */
  private final Kind kind;
  /** The HTTP method of the call. */
  private final String method;
  /** The request URL without its query. */
  private final String url;

  /**
   * Reports a call that got no HTTP answer.
   *
   * @param kind what went wrong, usually {@link #kindOf(IOException)} of the cause
   * @param method the HTTP method
   * @param url the request URL without its query
   * @param cause OkHttp's I/O failure
   */
  public TransportException(Kind kind, String method, String url, IOException cause) {
    super(method + " " + url + " failed (" + kind + "): " + describe(cause), cause);
    this.kind = kind;
    this.method = method;
    this.url = url;
  }

  /**
   * What went wrong on the wire; only {@link Kind#CONNECT} proves nothing was sent.
   *
   * @return the kind of failure
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The HTTP method of the call.
   *
   * @return e.g. {@code POST}
   */
  public String method() {
    return method;
  }

  /**
   * The request URL without its query string.
   *
   * @return the URL, query stripped
   */
  public String url() {
    return url;
  }

  /**
   * Whether the request may have been processed. Only a failed connect proves it was not;
   * the client never replays a POST in that uncertain state.
   *
   * @return false only for {@link Kind#CONNECT}
   */
  public boolean mayHaveReachedServer() {
    return kind != Kind.CONNECT;
  }

  /**
   * Classifies an I/O failure of OkHttp. A connect timeout counts as {@link Kind#CONNECT}:
   * nothing was sent.
   *
   * @param e the failure OkHttp raised
   * @return its kind; {@link Kind#OTHER} when nothing more precise is known
   */
  public static Kind kindOf(IOException e) {
    String msg = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    if (e instanceof ConnectException || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException) {
      return Kind.CONNECT;
    }
    if (e instanceof SocketTimeoutException) {
      return msg.contains("connect timed out") ? Kind.CONNECT : Kind.TIMEOUT;
    }
    if (e instanceof InterruptedIOException && msg.contains("timeout")) {
      return Kind.TIMEOUT;
    }
    if (e instanceof EOFException || msg.contains("reset") || msg.contains("unexpected end of stream")
        || msg.contains("broken pipe") || msg.contains("closed")) {
      return Kind.RESET;
    }
    if (e instanceof SocketException) {
      return Kind.RESET;
    }
    return Kind.OTHER;
  }

  /** OkHttp quotes what a broken server sent (e.g. its status line): shown escaped, on one line. */
  private static String describe(IOException e) {
    return e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + SafeText.escapeControls(e.getMessage().strip()));
  }
}
