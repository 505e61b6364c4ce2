package dev.webexwholesale.client.errors;

/**
 * The calling thread was interrupted, and the client gave up on the call. The interrupt flag is
 * set again. {@link #mayHaveReachedServer()} tells whether a request was on the wire at that
 * moment; when it is true, read the resource before sending again.
 */
public class CallInterruptedException extends WholesaleException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String url;
  private final boolean mayHaveReachedServer;

  public CallInterruptedException(String method, String url, boolean mayHaveReachedServer, Throwable cause) {
    super(method + " " + url + " interrupted " + (mayHaveReachedServer
        ? "while the request was in flight: the server may or may not have processed it"
        : "while the client waited between attempts: nothing was on the wire, earlier attempts had been answered"),
        cause);
    this.method = method;
    this.url = url;
    this.mayHaveReachedServer = mayHaveReachedServer;
  }

  public String method() {
    return method;
  }

  /** The request URL without its query. */
  public String url() {
    return url;
  }

  public boolean mayHaveReachedServer() {
    return mayHaveReachedServer;
  }
}
