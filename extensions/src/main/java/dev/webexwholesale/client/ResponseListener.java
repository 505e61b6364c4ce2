package dev.webexwholesale.client;

/**
 * Told about every HTTP answer a call finally got (success or error status, after retries);
 * the way to record the {@code trackingid} of successful calls. Not called when no answer
 * arrived (the call then throws a TransportException). Runs on the calling thread; keep it quick.
 * What it throws never changes the call's result: it goes to the thread's uncaught-exception
 * handler. For every attempt and every wait, see {@link MetricsListener}.
 */
@FunctionalInterface
public interface ResponseListener {
  /**
   * One call got its final answer.
   *
   * @param metadata the call's method, path, status, tracking ID, attempts and duration
   */
  void onResponse(ResponseMetadata metadata);
}
