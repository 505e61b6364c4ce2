package dev.webexwholesale.client.internal.bulk;

import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.bulk.BulkError;
import dev.webexwholesale.client.waiter.WaiterConfig;
import java.util.List;

/** What differs between customer rows and subscriber rows; the state machine is in {@link RowRunner}. */
public interface RowKind<T> {
  /** The row's identity at Webex, or null when the fields it needs are missing. */
  String key(T request);

  /**
   * Why the row cannot be sent (a field the official spec requires is missing, at any depth; both
   * {@code package} and {@code packages}), naming the field; null when it can be sent. Runs
   * before anything is journaled.
   */
  String problem(T request);

  /** Throws a WebexApiException when Webex refuses the precheck. */
  void precheck(WholesaleClient client, T request);

  /** The provision POST. */
  Sent send(WholesaleClient client, T request);

  /** The resource this row would have created, when it exists. Throws when the lookup fails. */
  Found lookup(WholesaleClient client, T request);

  /** Reads the resource by id (no retry of a refusal); null when Webex answers 404. */
  Found get(WholesaleClient client, String id);

  /** Polls {@code id} until provisioning ends. */
  Finished await(WholesaleClient client, String id, String statusSoFar, WaiterConfig config);

  /** What the status alone says, without waiting (null status: accepted, nothing more known). */
  Finished withoutWait(String id, String status, List<BulkError> errors);

  /** Webex's answer to the POST. */
  record Sent(String id, String status, String trackingId, List<BulkError> errors) {
  }

  /** The resource a lookup found. */
  record Found(String id, String status, List<BulkError> errors) {
  }

  /** How provisioning ended, as far as this row is concerned. */
  record Finished(dev.webexwholesale.client.bulk.BulkOutcome outcome, String status, List<BulkError> errors,
      String message, java.time.Duration refusedRetryAfter) {
    /** Without a refused Retry-After. */
    public Finished(dev.webexwholesale.client.bulk.BulkOutcome outcome, String status, List<BulkError> errors,
        String message) {
      this(outcome, status, errors, message, null);
    }
  }
}
