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

  public ResourceView {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(idOf, "idOf");
    Objects.requireNonNull(statusOf, "statusOf");
    Objects.requireNonNull(problemsOf, "problemsOf");
  }
}
