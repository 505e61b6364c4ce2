package dev.webexwholesale.cli;

import dev.webexwholesale.client.retry.Backoff;
import dev.webexwholesale.client.waiter.WaiterConfig;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --timeout} and {@code --interval} of every command that waits. */
final class WaitOptions {
  @Option(names = "--timeout", paramLabel = "D", converter = DurationConverter.class,
      description = "Give up waiting after this long (default 15m). 500ms, 30s, 10m or PT30S.")
  Duration timeout;

  @Option(names = "--interval", paramLabel = "D", converter = DurationConverter.class,
      description = "Poll at exactly this interval (default: 2s growing to 30s, jittered).")
  Duration interval;

  /** The library's defaults with the given overrides; a fixed --interval turns backoff off. */
  WaiterConfig config() {
    WaiterConfig.Builder b = WaiterConfig.defaults().toBuilder();
    if (timeout != null) {
      b.maxTime(timeout);
    }
    if (interval != null) {
      b.backoff(Backoff.fixed(interval));
    }
    return b.build();
  }
}
