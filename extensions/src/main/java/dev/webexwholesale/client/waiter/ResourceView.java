package dev.webexwholesale.client.waiter;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a waiter reads the resource it awaits, for outcomes and messages.
 *
 * @param type name used in messages, such as "customer"
 * @param idOf the resource id, or null when unknown
 * @param statusOf the raw status value, or null when absent
 * @param problemsOf the package problems the resource reports, never null
 */
public record ResourceView<T>(
    String type,
    Function<? super T, String> idOf,
    Function<? super T, String> statusOf,
    Function<? super T, List<PackageProblem>> problemsOf) {

  /**
   * Checks that nothing is null.
   *
   * @param type see {@link #type()}
   * @param idOf see {@link #idOf()}
   * @param statusOf see {@link #statusOf()}
   * @param problemsOf see {@link #problemsOf()}
   * @throws NullPointerException when a component is null
   */
  public ResourceView {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(idOf, "idOf");
    Objects.requireNonNull(statusOf, "statusOf");
    Objects.requireNonNull(problemsOf, "problemsOf");
  }
}
