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
    subcommands = { BillingReportsCommands.CreateBillingReportCommand.class, BillingReportsCommands.DeleteBillingReportCommand.class, BillingReportsCommands.GetBillingReportCommand.class, BillingReportsCommands.ListBillingReportsCommand.class, })
final class BillingReportsCommands extends ApiCommand {

  @Command(name = "create-billing-report", description = "Create a Wholesale Billing Report. POST /wholesale/billing/reports.")
  static final class CreateBillingReportCommand extends GeneratedOp {
    @Option(names = "--file", paramLabel = "BODY.json", description = "Request body as JSON (- or none: stdin).") String file;

    @Override
    public Integer call() {
      CreateBillingReportRequest request = JsonIO.readRequest(file == null ? "-" : file, CreateBillingReportRequest.class, root().ctx.in,
          root().requestFileBody);
      ReportId answer = client().billingReports().createBillingReport(request);
      JsonIO.print(out(), answer);
      return ExitCodes.OK;
    }
  }

  @Command(name = "delete-billing-report", description = "Delete a Wholesale Billing Report. DELETE /wholesale/billing/reports/{id}.")
  static final class DeleteBillingReportCommand extends GeneratedOp {
    @Parameters(index = "0", paramLabel = "ID", description = "The report's `id`.") String id;

    @Override
    public Integer call() {
      client().billingReports().deleteBillingReport(id);
      return ExitCodes.OK;
    }
  }

  @Command(name = "get-billing-report", description = "Get a Wholesale Billing Report. GET /wholesale/billing/reports/{id}.")
  static final class GetBillingReportCommand extends GeneratedOp {
    @Parameters(index = "0", paramLabel = "ID", description = "The report's `id`.") String id;

    @Override
    public Integer call() {
      Report answer = client().billingReports().getBillingReport(id);
      JsonIO.print(out(), answer);
      return ExitCodes.OK;
    }
  }

  @Command(name = "list-billing-reports", description = "List Wholesale Billing Reports. GET /wholesale/billing/reports.")
  static final class ListBillingReportsCommand extends GeneratedOp {
    @Option(names = "--billing-start-date", paramLabel = "BILLING_START_DATE", description = "Filter: the first day of the billing period, `YYYY-MM-DD`.") String cli_billingStartDate;
    @Option(names = "--billing-end-date", paramLabel = "BILLING_END_DATE", description = "Filter: the last day of the billing period, `YYYY-MM-DD`.") String cli_billingEndDate;
    @Option(names = "--type", paramLabel = "TYPE", description = "Filter: whom the report details (`PARTNER`, `CUSTOMER` or `USER`).") String cli_type;
    @Option(names = "--sort-by", paramLabel = "SORT_BY", description = "The field the list is sorted by (default `billingStartDate`).") String cli_sortBy;
    @Option(names = "--status", paramLabel = "STATUS", description = "Filter: the report's generation state.") String cli_status;
    @Option(names = "--max", paramLabel = "MAX", description = "At most this many reports (default 100).") Integer cli_max;
    @Option(names = "--sub-partner-org-id", paramLabel = "SUB_PARTNER_ORG_ID", description = "Only the reports of this sub-partner of the partner.") String cli_subPartnerOrgId;

    @Override
    public Integer call() {
      BillingReportListBillingReportsParams params = BillingReportListBillingReportsParams.builder()
          .billingStartDate(cli_billingStartDate)
          .billingEndDate(cli_billingEndDate)
          .type(cli_type)
          .sortBy(cli_sortBy)
          .status(cli_status)
          .max(cli_max)
          .subPartnerOrgId(cli_subPartnerOrgId)
          .build();
      WholesaleBillingReportsListResponse answer = client().billingReports().listBillingReports(params);
      JsonIO.print(out(), answer);
      return ExitCodes.OK;
    }
  }
}
