package dev.webexwholesale.client;

/**
 * Told about every HTTP answer a call finally got (success or error status, after retries);
 * the way to record the {@code trackingid} of successful calls.
 */
@FunctionalInterface
public interface ResponseListener {
  void onResponse(ResponseMetadata metadata);
}
