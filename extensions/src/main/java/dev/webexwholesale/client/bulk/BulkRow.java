package dev.webexwholesale.client.bulk;

/**
 * One input row: a request, or the reason it could not be read (it is then reported as
 * {@link BulkOutcome#REJECTED_BEFORE_SENDING} and never stops the run).
 *
 * @param <T> the request type: a customer or subscriber provision request
 * @param number the row's number in its input (a line number for files), used in reports
 * @param request null when {@code problem} is set
 * @param problem why the row could not be read; null for a readable row
 */
public record BulkRow<T>(long number, T request, String problem) {
  /**
   * Checks that the row has exactly one of a request and a problem.
   *
   * @param number the row's number in its input
   * @param request the request, or null
   * @param problem why the row could not be read, or null
   * @throws IllegalArgumentException both or neither are set
   */
  public BulkRow {
    if ((request == null) == (problem == null)) {
      throw new IllegalArgumentException("a row has either a request or a problem");
    }
  }

  /**
   * A readable row.
   *
   * @param <T> the request type
   * @param number the row's number in its input
   * @param request the request to provision
   * @return the row
   */
  public static <T> BulkRow<T> of(long number, T request) {
    return new BulkRow<>(number, request, null);
  }

  /**
   * A row that could not be read; it is reported, never sent.
   *
   * @param <T> the request type
   * @param number the row's number in its input
   * @param problem why it could not be read, one line for people
   * @return the row
   */
  public static <T> BulkRow<T> invalid(long number, String problem) {
    return new BulkRow<>(number, null, problem);
  }
}
