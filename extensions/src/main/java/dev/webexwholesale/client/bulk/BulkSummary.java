package dev.webexwholesale.client.bulk;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The counts of a run.
 *
 * @param outcomes rows per outcome (rows finished by an earlier run included)
 * @param skipped rows finished by an earlier run, reported from the journal
 * @param adopted rows whose resource was found by reconciliation instead of being sent again
 * @param resent rows that were sent again after reconciliation found nothing
 * @param unresolved rows left with an intent and no result (reconciliation could not finish);
 *     the next run reconciles them first
 */
public record BulkSummary(Map<BulkOutcome, Long> outcomes, long skipped, long adopted, long resent,
    long unresolved) {
  /**
   * Copies the counts, filling in 0 for every outcome that has none.
   *
   * @param outcomes rows per outcome
   * @param skipped rows finished by an earlier run
   * @param adopted rows adopted by reconciliation
   * @param resent rows sent again after reconciliation
   * @param unresolved rows left with an open intent
   */
  public BulkSummary {
    EnumMap<BulkOutcome, Long> copy = new EnumMap<>(BulkOutcome.class);
    for (BulkOutcome o : BulkOutcome.values()) {
      copy.put(o, outcomes.getOrDefault(o, 0L));
    }
    outcomes = Collections.unmodifiableMap(copy);
  }

  /**
   * The number of rows that ended with {@code outcome}.
   *
   * @param outcome the outcome to count
   * @return the count, 0 when none
   */
  public long count(BulkOutcome outcome) {
    return outcomes.get(outcome);
  }

  /**
   * The number of rows of the run, every outcome and skipped row included.
   *
   * @return the total row count
   */
  public long rows() {
    return outcomes.values().stream().mapToLong(Long::longValue).sum();
  }
}
