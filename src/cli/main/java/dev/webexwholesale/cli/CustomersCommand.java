package dev.webexwholesale.cli;

import com.google.gson.JsonObject;
import dev.webexwholesale.client.CustomerListParams;
import dev.webexwholesale.client.ProvisioningAccepted;
import dev.webexwholesale.client.errors.WholesaleException;
import dev.webexwholesale.model.CustomerPrecheckRequest;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.CustomerStatus;
import dev.webexwholesale.model.CustomerUpdateRequest;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "customers", description = "Wholesale customers.", mixinStandardHelpOptions = true)
final class CustomersCommand extends ApiCommand {
  private static final String FILE_HELP = "Request body as JSON (- reads stdin).";

  @Command(name = "list", description = "Print the matching customers (every page, or the first --limit) as one JSON array.")
  int list(
      @Option(names = "--status", paramLabel = "S", description = "Repeatable: customers in any of these statuses.")
      List<String> status,
      @Option(names = "--external-id", paramLabel = "X") String externalId,
      @Option(names = "--org-id", paramLabel = "O") String orgId,
      @Option(names = "--max", paramLabel = "N",
          description = "Page size sent to Webex (items per request); pages are followed up to --limit.")
      Integer max,
      @Mixin LimitOption limit) {
    List<CustomerStatus> wanted = status == null ? null : status.stream().map(CustomerStatus::fromValue).toList();
    if (wanted != null) {
      wanted.stream().filter(w -> !w.isKnown()).forEach(w -> warnUnknown("--status", w.getValue(),
          CustomerStatus.knownValues().stream().map(CustomerStatus::getValue).toList()));
    }
    CustomerListParams params = CustomerListParams.builder()
        .status(wanted)
        .externalId(externalId)
        .orgId(orgId)
        .max(max)
        .build();
    JsonIO.printArray(out(), client().customers().list(params), limit.limit());
    return ExitCodes.OK;
  }

  @Command(name = "get", description = "Print one customer.")
  int get(@Parameters(paramLabel = "ID") String id,
      @Option(names = "--license-info", description = "Ask Webex to list each provisioned package's licenseIds"
          + " (includePackageLicenseInfo=true).") boolean licenseInfo) {
    JsonIO.print(out(), client().customers().get(id, licenseInfo));
    return ExitCodes.OK;
  }

  @Command(name = "precheck", description = "Check whether a customer could be provisioned.")
  int precheck(@Option(names = "--file", paramLabel = "REQ.json", required = true, description = FILE_HELP) String file) {
    CustomerPrecheckRequest request = JsonIO.readRequest(file, CustomerPrecheckRequest.class, root.ctx.in, root.requestFileBody);
    JsonIO.print(out(), client().customers().precheck(request));
    return ExitCodes.OK;
  }

  @Command(name = "provision",
      description = "Provision a customer; print it as created, or with --wait once provisioned.")
  int provision(
      @Option(names = "--file", paramLabel = "REQ.json", required = true, description = FILE_HELP) String file,
      @Option(names = "--wait", description = "Wait until provisioning ends.") boolean wait,
      @Mixin WaitOptions waitOptions) {
    CustomerProvisionRequest request = JsonIO.readRequest(file, CustomerProvisionRequest.class, root.ctx.in, root.requestFileBody);
    var config = waitOptions.config(); // a bad --timeout fails before the POST
    ProvisioningAccepted accepted = client().customers().provision(request);
    String id = requireId(accepted);
    noteAccepted("customer provisioning", accepted);
    if (!wait) {
      printCurrent(id, accepted);
      return ExitCodes.OK;
    }
    return awaitAndReport("customer " + id, p -> client().customers().awaitProvisioned(id, dev.webexwholesale.client.waiter.WaitOptions.of(config, p)));
  }

  @Command(name = "update", description = "Update a customer; print it, or with --wait once the update ended.")
  int update(
      @Parameters(paramLabel = "ID") String id,
      @Option(names = "--file", paramLabel = "REQ.json", required = true, description = FILE_HELP) String file,
      @Option(names = "--wait", description = "Wait until the update ends.") boolean wait,
      @Mixin WaitOptions waitOptions) {
    CustomerUpdateRequest request = JsonIO.readRequest(file, CustomerUpdateRequest.class, root.ctx.in, root.requestFileBody);
    var config = waitOptions.config();
    ProvisioningAccepted accepted = client().customers().update(id, request);
    noteAccepted("customer update", accepted);
    if (!wait) {
      printCurrent(id, accepted);
      return ExitCodes.OK;
    }
    return awaitAndReport("customer " + id, p -> client().customers().awaitUpdated(id, dev.webexwholesale.client.waiter.WaitOptions.of(config, p)));
  }

  @Command(name = "remove", description = "Remove a customer (asynchronous); with --wait until it is gone.")
  int remove(
      @Parameters(paramLabel = "ID") String id,
      @Option(names = "--wait", description = "Wait until the customer is gone.") boolean wait,
      @Mixin WaitOptions waitOptions) {
    var config = waitOptions.config();
    noteAccepted("customer removal", client().customers().remove(id));
    if (!wait) {
      return ExitCodes.OK;
    }
    return awaitAndReport("customer " + id, p -> client().customers().awaitRemoved(id, dev.webexwholesale.client.waiter.WaitOptions.of(config, p)));
  }

  @Command(name = "await", description = "Wait until the customer's provisioning ends; print it.")
  int await(@Parameters(paramLabel = "ID") String id, @Mixin WaitOptions waitOptions) {
    var config = waitOptions.config();
    return awaitAndReport("customer " + id, p -> client().customers().awaitProvisioned(id, dev.webexwholesale.client.waiter.WaitOptions.of(config, p)));
  }

  /**
   * Prints the customer as it now is. Webex has accepted the change, so a failing read must not
   * exit non-zero: a script would retry and could provision twice. It gets the accepted id instead.
   */
  private void printCurrent(String id, ProvisioningAccepted accepted) {
    try {
      JsonIO.print(out(), client().customers().get(id));
    } catch (WholesaleException e) {
      err().println("warning: accepted, but reading the customer back failed: " + root.safe(e.getMessage()));
      JsonObject ref = new JsonObject();
      ref.addProperty("id", id);
      if (accepted.url() != null) {
        ref.addProperty("url", accepted.url());
      }
      JsonIO.print(out(), ref);
    }
  }

  private static String requireId(ProvisioningAccepted accepted) {
    if (accepted.id() == null) {
      throw new WholesaleException("Webex accepted the customer but named no Location or url to follow"
          + (accepted.trackingId() == null ? "" : " (trackingId " + accepted.trackingId() + ")"));
    }
    return accepted.id();
  }
}
