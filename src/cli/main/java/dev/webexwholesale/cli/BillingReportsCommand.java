package dev.webexwholesale.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.webexwholesale.client.BillingReportListParams;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.billing.BillingDownload;
import dev.webexwholesale.client.internal.errors.SafeText;
import dev.webexwholesale.client.internal.json.WholesaleJson;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.model.CreateBillingReportRequest;
import dev.webexwholesale.model.Report;
import dev.webexwholesale.model.ReportError;
import dev.webexwholesale.model.ReportId;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The billing-reports commands the spec cannot declare (overlay 51 names them in x-webex-cli; the
 * generated group, BillingReportsCommands, lists them beside the generated get, delete and
 * await-completed): list and create with strict days named by option (--start, --end) and
 * known values in any case, create --wait --output (wait, then download), the report's errors
 * when it FAILED, and download. The signed download URL is a secret: JSON output shows it
 * without its query (JsonIO, from the spec's x-webex-secret-query).
 */
final class BillingReportsCommand {
  private static final List<String> TYPES = List.of("PARTNER", "CUSTOMER", "USER");
  private static final List<String> STATUSES = List.of("IN_PROGRESS", "COMPLETED", "FAILED");
  private static final List<String> SORT_FIELDS = List.of("id", "billingStartDate", "billingEndDate", "status");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);

  private BillingReportsCommand() {
  }

  @Command(name = "list", description = "Print the billing reports (every page, or the first --limit) as one JSON array.")
  static final class ListCommand extends GeneratedOp {
    @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "Only reports whose period starts this day.")
    String start;
    @Option(names = "--end", paramLabel = "YYYY-MM-DD", description = "Only reports whose period ends this day.")
    String end;
    @Option(names = "--type", paramLabel = "T", description = "PARTNER, CUSTOMER or USER.") String type;
    @Option(names = "--status", paramLabel = "S", description = "IN_PROGRESS, COMPLETED or FAILED.") String status;
    @Option(names = "--sort-by", paramLabel = "F", description = "id, billingStartDate (default), billingEndDate"
        + " or status.") String sortBy;
    @Option(names = "--max", paramLabel = "N", description = "Page size sent to Webex (up to 100).") Integer max;
    @Option(names = "--sub-partner-org-id", paramLabel = "ID", description = "A sub-partner's reports.")
    String subPartnerOrgId;
    @Mixin LimitOption limit;

    @Override
    public Integer call() {
      BillingReportListParams params = BillingReportListParams.builder()
          .billingStartDate(day(start, "--start", false))
          .billingEndDate(day(end, "--end", false))
          .type(known(this, type, "--type", TYPES))
          .status(known(this, status, "--status", STATUSES))
          .sortBy(known(this, sortBy, "--sort-by", SORT_FIELDS))
          .max(max)
          .subPartnerOrgId(subPartnerOrgId)
          .build();
      long most = limit.limit();
      noteScope(this);
      // Webex's own list example carries tempDownloadURL too: each item is printed redacted.
      Iterable<JsonElement> items = () -> java.util.stream.StreamSupport
          .stream(billing(this).billingReports().list(params).spliterator(), false).map(BillingReportsCommand::redacted)
          .iterator();
      JsonIO.printArray(out(), items, most);
      return ExitCodes.OK;
    }
  }

  @Command(name = "create", description = {"Ask Webex to generate a billing report; print its id (ReportId),",
      "or with --wait the report once COMPLETED, and with --wait --output also download its CSV."})
  static final class CreateCommand extends GeneratedOp {
    @Option(names = "--start", paramLabel = "YYYY-MM-DD", required = true,
        description = "First day of the billing period (a day of the last five years, not today).") String start;
    @Option(names = "--end", paramLabel = "YYYY-MM-DD", required = true,
        description = "Last day of the billing period.") String end;
    @Option(names = "--type", paramLabel = "T", description = "PARTNER (Webex's default), CUSTOMER or USER.")
    String type;
    @Option(names = "--sub-partner-org-id", paramLabel = "ID", description = "A report of this sub-partner.")
    String subPartnerOrgId;
    @Option(names = "--internal", description = "Include the partner's internal organizations.") boolean internal;
    @Option(names = "--wait", description = "Wait until the report is COMPLETED (exit 3 if FAILED, 4 if the"
        + " wait runs out).") boolean wait;
    @Option(names = "--output", paramLabel = "FILE", description = "With --wait: download the CSV to FILE"
        + " (owner-only, written whole or not at all).") Path output;
    @Mixin WaitOptions waitOptions;

    @Override
    public Integer call() {
      CreateBillingReportRequest request = new CreateBillingReportRequest()
          .billingStartDate(day(start, "--start", true))
          .billingEndDate(day(end, "--end", true))
          .type(known(this, type, "--type", TYPES))
          .subPartnerOrgId(subPartnerOrgId)
          .internal(internal ? Boolean.TRUE : null);
      if (output != null && !wait) {
        throw new UsageException("--output needs --wait (or use: billing-reports download ID --output FILE)");
      }
      checkOutput(output);
      WaiterConfig config = waitOptions.config(); // a bad --timeout fails before the POST
      noteScope(this);
      ReportId created = billing(this).billingReports().create(request);
      String id = created.getId();
      note("billing report requested: " + id);
      if (!wait) {
        JsonIO.print(out(), created);
        return ExitCodes.OK;
      }
      if (id == null || id.isBlank()) {
        throw new dev.webexwholesale.client.errors.WholesaleException(
            "Create a Wholesale Billing Report answered without an id: the report cannot be awaited");
      }
      ProgressPrinter progress = new ProgressPrinter(err(), root().ctx.interactive, root().ctx.columns(),
          "billing report " + id, root()::safe);
      WaitOutcome<Report> outcome;
      try {
        outcome = billing(this).billingReports().awaitCompleted(id,
            dev.webexwholesale.client.waiter.WaitOptions.of(config, progress));
      } finally {
        progress.finish();
      }
      if (!outcome.isSuccess()) {
        return notCompleted(this, outcome);
      }
      Report report = outcome.resource().orElseThrow();
      if (output != null) {
        download(this, report, output);
      }
      JsonIO.print(out(), redacted(report));
      return ExitCodes.OK;
    }
  }

  @Command(name = "download", description = "Download a COMPLETED report's CSV to FILE (owner-only; written whole or"
      + " not at all; an expired URL is renewed once).")
  static final class DownloadCommand extends GeneratedOp {
    @Parameters(paramLabel = "ID") String id;
    @Option(names = "--output", paramLabel = "FILE", required = true, description = "Where to write the CSV.")
    Path output;

    @Override
    public Integer call() {
      checkOutput(output);
      BillingDownload done = download(this, billing(this).billingReports().get(id), output);
      JsonObject answer = new JsonObject();
      answer.addProperty("id", id);
      answer.addProperty("output", done.target().map(Path::toString).orElse(output.toString()));
      answer.addProperty("bytes", done.bytes());
      answer.addProperty("renewed", done.renewed());
      JsonIO.print(out(), answer);
      return ExitCodes.OK;
    }
  }

  /** The partner's client: the global --sub-partner adds nothing to billing calls (see noteScope). */
  private static WholesaleClient billing(GeneratedOp op) {
    return op.root().rootClient();
  }

  private static void noteScope(GeneratedOp op) {
    if (op.root().subPartner != null) {
      op.note("note: --sub-partner does not apply to billing reports (they take --sub-partner-org-id)");
    }
  }

  private static BillingDownload download(GeneratedOp op, Report report, Path output) {
    BillingDownload done = billing(op).billingReports().download(report, output);
    op.note("downloaded " + done.bytes() + " bytes to " + output
        + (done.renewed() ? " (the download URL had expired and was renewed)" : ""));
    return done;
  }

  /** FAILED (exit 3, with each of the report's errors), gone or timed out: as every wait reports it. */
  private static int notCompleted(GeneratedOp op, WaitOutcome<Report> outcome) {
    PrintWriter err = op.err();
    int code = Outcomes.report(outcome, op.out(), err, op.root()::safe);
    if (outcome.kind() == WaitOutcome.Kind.FAILED && !outcome.isGone()) {
      List<ReportError> errors = outcome.resource().map(Report::getErrors).orElse(null);
      if (errors == null || errors.isEmpty()) {
        err.println("  (the report names no error)");
      } else {
        for (ReportError error : errors) {
          err.println(op.root().safe("  error " + (error.getCode() == null ? "(no code)" : error.getCode().toPlainString())
              + ": " + (error.getDescription() == null ? "(no description)" : error.getDescription())));
        }
      }
      err.flush();
    }
    return code;
  }

  /** The report as JSON, its tempDownloadURL cut to origin and path: the signed query is a secret. */
  static JsonElement redacted(Object report) {
    return JsonIO.redacted(WholesaleJson.gson().toJsonTree(report));
  }

  /** Strict {@code YYYY-MM-DD}; a malformed day is a usage error naming the option, before anything is sent. */
  private static String day(String text, String option, boolean required) {
    if (text == null) {
      if (required) {
        throw new UsageException(option + " is required (YYYY-MM-DD)");
      }
      return null;
    }
    try {
      return LocalDate.parse(text.strip(), DAY).toString();
    } catch (DateTimeParseException e) {
      throw new UsageException(option + " must be a day as YYYY-MM-DD, got '" + SafeText.escapeControls(text) + "'");
    }
  }

  /** Known values in any case are sent in Webex's spelling; others are sent as given, with a warning. */
  private static String known(GeneratedOp op, String value, String option, List<String> values) {
    if (value == null) {
      return null;
    }
    for (String v : values) {
      if (v.equalsIgnoreCase(value.strip())) {
        return v;
      }
    }
    op.group.warnUnknown(option, value, values);
    return value;
  }

  private static void checkOutput(Path output) {
    if (output == null) {
      return;
    }
    Path dir = output.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UsageException("--output " + output + ": the folder " + dir + " does not exist");
    }
    if (Files.isDirectory(output)) {
      throw new UsageException("--output " + output + " is a folder; name the file to write");
    }
  }
}
