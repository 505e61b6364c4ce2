/*
 * Generated from openapi/webex-wholesale.yaml by src/codegen with the templates in
 * openapi/templates/webex. Do not edit: change the spec or the templates and regenerate.
 */
package dev.webexwholesale.cli;

import dev.webexwholesale.client.*;
import dev.webexwholesale.model.*;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code webex-wholesale billing-reports ...}: one command per operation of the {@code billingReports} group. */
@Command(name = "billing-reports", description = {"Wholesale billing reports: create one, wait until Webex has generated it, download its CSV.", "A sub-partner's reports: --sub-partner-org-id (the global --sub-partner does not apply here)."},
    footerHeading = "%nExit codes:%n", footer = {"  0  done", "  1  API or download error", "  2  usage error (e.g. a malformed date): nothing was sent", "  3  the report ended FAILED (each error's code and description on stderr)", "  4  the wait ran out"},
    mixinStandardHelpOptions = true)
final class BillingReportsCommands extends ApiCommand {
  /** The group's commands, in the order of its usage: {@link CommandTree} builds only the one invoked. */
  private static final List<Class<?>> COMMANDS = List.of(new Class<?>[] { BillingReportsCommand.CreateCommand.class, BillingReportsCommands.DeleteCommand.class, BillingReportsCommands.GetCommand.class, BillingReportsCommand.ListCommand.class, BillingReportsCommands.AwaitCompletedCommand.class, BillingReportsCommand.DownloadCommand.class, });

  @Override
  List<Class<?>> commands() {
    return COMMANDS;
  }

  @Command(name = "delete", description = "Delete a Wholesale Billing Report. DELETE /wholesale/billing/reports/{id}.")
  static final class DeleteCommand extends GeneratedOp {
    @Parameters(index = "0", paramLabel = "ID", description = "The report's `id`.") String id;

    @Override
    public Integer call() {
      client().billingReports().delete(id);
      return ExitCodes.OK;
    }
  }

  @Command(name = "get", description = "Get a Wholesale Billing Report. GET /wholesale/billing/reports/{id}.")
  static final class GetCommand extends GeneratedOp {
    @Parameters(index = "0", paramLabel = "ID", description = "The report's `id`.") String id;

    @Override
    public Integer call() {
      Report answer = client().billingReports().get(id);
      JsonIO.print(out(), answer);
      return ExitCodes.OK;
    }
  }

  @Command(name = "await-completed", description = "Wait with the completed waiter declared in the spec; print the report.")
  static final class AwaitCompletedCommand extends GeneratedOp {
    @Parameters(index = "0", paramLabel = "ID", description = "The report's id.") String id;
    @Mixin WaitOptions waitOptions;

    @Override
    public Integer call() {
      var config = waitOptions.config();
      return group.awaitAndReport("report " + id,
          p -> client().billingReports().awaitCompleted(id, dev.webexwholesale.client.waiter.WaitOptions.of(config, p)));
    }
  }
}
