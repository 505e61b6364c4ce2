package dev.webexwholesale.client.errors;

/**
 * The calling thread was interrupted, and the client gave up on the call. The interrupt flag is
 * set again. {@link #mayHaveReachedServer()} tells whether a request was on the wire at that
 * moment; when it is true, read the resource before sending again.
 */
public class CallInterruptedException extends WholesaleException {
  private static final long serialVersionUID = 1L;

  /** The HTTP method of the interrupted call. */
  private final String method;
  /** The request URL without its query. */
  private final String url;
  /** Whether a request was on the wire when the interrupt came. */
  private final boolean mayHaveReachedServer;

  /**
   * Reports an interrupted call.
   *
   * @param method the HTTP method
   * @param url the request URL without its query
   * @param mayHaveReachedServer true when a request was in flight, false when the client was waiting between attempts
   * @param cause the {@link InterruptedException} or interrupted I/O that stopped the call
   */
  public CallInterruptedException(String method, String url, boolean mayHaveReachedServer, Throwable cause) {
    super(method + " " + url + " interrupted " + (mayHaveReachedServer
        ? "while the request was in flight: the server may or may not have processed it"
        : "while the client waited between attempts: nothing was on the wire, earlier attempts had been answered"),
        cause);
    this.method = method;
    this.url = url;
    this.mayHaveReachedServer = mayHaveReachedServer;
  }

  /**
   * The HTTP method of the interrupted call.
   *
   * @return e.g. {@code POST}
   */
  public String method() {
    return method;
  }

  /**
   * The request URL without its query.
   *
   * @return the URL, query stripped (query values may hold e-mail addresses)
   */
  public String url() {
    return url;
  }

  /**
   * Whether the server may have received, and processed, the request. When true, read the
   * resource before sending again; when false, every attempt so far was answered and nothing was
   * lost.
   *
   * @return true when a request was in flight at the interrupt
   */
  public boolean mayHaveReachedServer() {
    return mayHaveReachedServer;
  }
}
