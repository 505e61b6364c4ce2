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
@Command(name = "billing-reports", description = "The billingReports operations.", mixinStandardHelpOptions = true,
    subcommands = { BillingReportsCommands.CreateCommand.class, BillingReportsCommands.DeleteCommand.class, BillingReportsCommands.GetCommand.class, BillingReportsCommands.ListCommand.class, BillingReportsCommands.AwaitCompletedCommand.class, })
final class BillingReportsCommands extends ApiCommand {

  @Command(name = "create", description = "Create a Wholesale Billing Report. POST /wholesale/billing/reports.")
  static final class CreateCommand extends GeneratedOp {
    @Option(names = "--file", paramLabel = "BODY.json", description = "Request body as JSON (- or none: stdin).") String file;
    @Option(names = "--wait", description = "Wait with the declared completed waiter.") boolean wait;
    @Mixin WaitOptions waitOptions;

    @Override
    public Integer call() {
      var config = waitOptions.config(); // a bad --timeout fails before anything is sent
      CreateBillingReportRequest request = JsonIO.readRequest(file == null ? "-" : file, CreateBillingReportRequest.class, root().ctx.in,
          root().requestFileBody);
      ReportId answer = client().billingReports().create(request);
      if (wait) {
        String id = answer.getId();
        return group.awaitAndReport("report " + id,
            p -> client().billingReports().awaitCompleted(id, dev.webexwholesale.client.waiter.WaitOptions.of(config, p)));
      }
      JsonIO.print(out(), answer);
      return ExitCodes.OK;
    }
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

  @Command(name = "list", description = "List Wholesale Billing Reports. GET /wholesale/billing/reports: every page (or the first --limit) as one JSON array.")
  static final class ListCommand extends GeneratedOp {
    @Option(names = "--billing-start-date", paramLabel = "BILLING_START_DATE", description = "Filter: the first day of the billing period, `YYYY-MM-DD`.") String cli_billingStartDate;
    @Option(names = "--billing-end-date", paramLabel = "BILLING_END_DATE", description = "Filter: the last day of the billing period, `YYYY-MM-DD`.") String cli_billingEndDate;
    @Option(names = "--type", paramLabel = "TYPE", description = "Filter: whom the report details (`PARTNER`, `CUSTOMER` or `USER`).") String cli_type;
    @Option(names = "--sort-by", paramLabel = "SORT_BY", description = "The field the list is sorted by (default `billingStartDate`).") String cli_sortBy;
    @Option(names = "--status", paramLabel = "STATUS", description = "Filter: the report's generation state.") String cli_status;
    @Option(names = "--max", paramLabel = "MAX", description = "At most this many reports (default 100).") Integer cli_max;
    @Option(names = "--sub-partner-org-id", paramLabel = "SUB_PARTNER_ORG_ID", description = "Only the reports of this sub-partner of the partner.") String cli_subPartnerOrgId;
    @Mixin LimitOption limit;

    @Override
    public Integer call() {
      BillingReportListParams params = BillingReportListParams.builder()
          .billingStartDate(cli_billingStartDate)
          .billingEndDate(cli_billingEndDate)
          .type(cli_type)
          .sortBy(cli_sortBy)
          .status(cli_status)
          .max(cli_max)
          .subPartnerOrgId(cli_subPartnerOrgId)
          .build();
      JsonIO.printArray(out(), root().rootClient().billingReports().list(params), limit.limit());
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
