package dev.webexwholesale.client;

/** Receives one line per request and response; credentials are already redacted. */
@FunctionalInterface
public interface HttpLogger {
  void log(String line);
}
