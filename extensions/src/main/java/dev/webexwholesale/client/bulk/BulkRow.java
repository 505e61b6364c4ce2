package dev.webexwholesale.client.bulk;

/**
 * One input row: a request, or the reason it could not be read (it is then reported as
 * {@link BulkOutcome#REJECTED_BEFORE_SENDING} and never stops the run).
 *
 * @param number the row's number in its input (a line number for files), used in reports
 * @param request null when {@code problem} is set
 * @param problem why the row could not be read; null for a readable row
 */
public record BulkRow<T>(long number, T request, String problem) {
  public BulkRow {
    if ((request == null) == (problem == null)) {
      throw new IllegalArgumentException("a row has either a request or a problem");
    }
  }

  public static <T> BulkRow<T> of(long number, T request) {
    return new BulkRow<>(number, request, null);
  }

  public static <T> BulkRow<T> invalid(long number, String problem) {
    return new BulkRow<>(number, null, problem);
  }
}
