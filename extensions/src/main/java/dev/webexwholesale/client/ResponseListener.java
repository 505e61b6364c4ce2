package dev.webexwholesale.client;

/**
 * Told about every HTTP answer a call finally got (success or error status, after retries);
 * the way to record the {@code trackingid} of successful calls. Not called when no answer
 * arrived (the call then throws a TransportException). Runs on the calling thread; keep it quick.
 */
@FunctionalInterface
public interface ResponseListener {
  void onResponse(ResponseMetadata metadata);
}
