/*
 * Generated from openapi/webex-wholesale.yaml by src/codegen with the templates in
 * openapi/templates/webex. Do not edit: change the spec or the templates and regenerate.
 */
package dev.webexwholesale.cli;

import java.util.List;

/** Every generated command group, one per group of the spec, in the order of the root's usage. */
final class GeneratedGroups {
  private GeneratedGroups() {
  }

  /** JSON properties declared x-webex-secret-query: printed without their (signed) query. */
  static final java.util.Set<String> SECRET_QUERY = java.util.Set.of("tempDownloadURL");

  /** The group classes: {@link CommandTree} builds only the one an invocation names. */
  static final List<Class<? extends ApiCommand>> GROUPS = List.of(BillingReportsCommands.class, CustomersCommands.class, SubPartnersCommands.class, SubscribersCommands.class);
}
