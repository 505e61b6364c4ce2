/*
 * Generated from openapi/webex-wholesale.yaml by src/codegen with the templates in
 * openapi/templates/webex. Do not edit: change the spec or the templates and regenerate.
 */
package dev.webexwholesale.cli;

import java.util.List;

/** Every generated command group, one per group of the spec. */
final class GeneratedGroups {
  private GeneratedGroups() {
  }

  /** JSON properties declared x-webex-secret-query: printed without their (signed) query. */
  static final java.util.Set<String> SECRET_QUERY = java.util.Set.of("tempDownloadURL");

  static List<ApiCommand> all() {
    return List.of(new BillingReportsCommands(), new CustomersCommands(), new SubPartnersCommands(), new SubscribersCommands());
  }
}
