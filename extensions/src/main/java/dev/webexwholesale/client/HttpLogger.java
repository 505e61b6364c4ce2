package dev.webexwholesale.client;

/**
 * A sink for the wire log: receives the same lines the client logs at DEBUG on the
 * {@code dev.webexwholesale.client.http} {@link System.Logger} (request line, headers, status
 * and duration of each attempt), for when a logging setup is too much; the CLI's
 * {@code --verbose} prints them. Credentials are already redacted and URLs shown without query
 * string. Set it with {@link WholesaleClient.Builder#httpLogger}.
 */
@FunctionalInterface
public interface HttpLogger {
  /**
   * Receives one line, on the thread making the attempt.
   *
   * @param line the line, without line terminator
   */
  void log(String line);
}
