package dev.webexwholesale.client.internal.bulk;

import dev.webexwholesale.client.bulk.BulkOutcome;
import dev.webexwholesale.client.waiter.WaitOutcome;

/** Wait outcomes as row outcomes. */
final class Waits {
  private Waits() {
  }

  static BulkOutcome outcome(WaitOutcome.Kind kind) {
    switch (kind) {
      case SUCCEEDED:
        return BulkOutcome.SUCCEEDED;
      case ON_HOLD:
        return BulkOutcome.ON_HOLD;
      case TIMED_OUT:
        return BulkOutcome.TIMED_OUT;
      default:
        return BulkOutcome.FAILED;
    }
  }
}
