package dev.webexwholesale.cli;

import dev.webexwholesale.client.SubscriberListParams;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberPrecheckRequest;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import dev.webexwholesale.model.SubscriberProvisioningParameters;
import dev.webexwholesale.model.SubscriberStatus;
import dev.webexwholesale.model.SubscriberUpdateRequest;
import dev.webexwholesale.model.WholesalePackagesSubscriber;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "subscribers", description = "Wholesale subscribers.", mixinStandardHelpOptions = true)
final class SubscribersCommand extends ApiCommand {
  private static final String FILE_HELP = "Request body as JSON (- reads stdin).";

  @Command(name = "list", description = "Print the matching subscribers (every page, or the first --limit) as one JSON array.")
  int list(
      @Option(names = "--customer-id", paramLabel = "C") String customerId,
      @Option(names = "--person-id", paramLabel = "P") String personId,
      @Option(names = "--external-customer-id", paramLabel = "X") String externalCustomerId,
      @Option(names = "--email", paramLabel = "E") String email,
      @Option(names = "--status", paramLabel = "S") String status,
      @Option(names = "--after", paramLabel = "DATE_TIME", description = "Epoch milliseconds or ISO-8601 (e.g. 2024-05-01T00:00:00Z), sent as given.")
      String after,
      @Option(names = "--last-status-change", paramLabel = "DATE_TIME") String lastStatusChange,
      @Option(names = "--sort-by", paramLabel = "FIELD") String sortBy,
      @Option(names = "--sort-order", paramLabel = "ASC|DESC") String sortOrder,
      @Option(names = "--max", paramLabel = "N",
          description = "Page size sent to Webex (Webex documents up to 100 items per request); pages are followed up to --limit.")
      Integer max,
      @Mixin LimitOption limit) {
    SubscriberStatus wanted = status == null ? null : SubscriberStatus.fromValue(status);
    if (wanted != null && !wanted.isKnown()) {
      warnUnknown("--status", status, SubscriberStatus.knownValues().stream().map(SubscriberStatus::getValue).toList());
    }
    SubscriberListParams params = SubscriberListParams.builder()
        .customerId(customerId)
        .personId(personId)
        .externalCustomerId(externalCustomerId)
        .email(email)
        .status(wanted)
        .after(after)
        .lastStatusChange(lastStatusChange)
        .sortBy(sortBy)
        .sortOrder(sortOrder)
        .max(max)
        .build();
    JsonIO.printArray(out(), client().subscribers().list(params), limit.limit());
    return ExitCodes.OK;
  }

  @Command(name = "get", description = "Print one subscriber.")
  int get(@Parameters(paramLabel = "ID") String id) {
    JsonIO.print(out(), client().subscribers().get(id));
    return ExitCodes.OK;
  }

  @Command(name = "precheck", description = "Check whether a subscriber could be provisioned: from a file or from options.")
  int precheck(
      @Option(names = "--file", paramLabel = "F", description = FILE_HELP) String file,
      @Option(names = "--email", paramLabel = "E") String email,
      @Option(names = "--customer-id", paramLabel = "C") String customerId,
      @Option(names = "--provisioning-id", paramLabel = "P") String provisioningId,
      @Option(names = "--package", paramLabel = "P", description = "Package wire name; repeatable.")
      List<String> packages,
      @Option(names = "--first-name", paramLabel = "X") String firstName,
      @Option(names = "--last-name", paramLabel = "Y") String lastName,
      @Option(names = "--phone", paramLabel = "N") String phone,
      @Option(names = "--extension", paramLabel = "X") String extension,
      @Option(names = "--location-id", paramLabel = "L") String locationId) {
    boolean anyField = Stream.of(email, customerId, provisioningId, firstName, lastName, phone, extension, locationId)
        .anyMatch(v -> v != null) || packages != null;
    SubscriberPrecheckRequest request;
    if (file != null) {
      if (anyField) {
        throw new UsageException("subscribers precheck takes either --file or the field options, not both");
      }
      request = JsonIO.readRequest(file, SubscriberPrecheckRequest.class, root.ctx.in, root.requestFileBody);
    } else {
      if (email == null) {
        throw new UsageException("subscribers precheck needs --file or --email");
      }
      request = new SubscriberPrecheckRequest().email(email).customerId(customerId).provisioningId(provisioningId);
      if (packages != null) {
        request.packages(packages.stream().map(WholesalePackagesSubscriber::fromValue).toList());
      }
      if (Stream.of(firstName, lastName, phone, extension, locationId).anyMatch(v -> v != null)) {
        request.provisioningParameters(new SubscriberProvisioningParameters()
            .firstName(firstName).lastName(lastName).primaryPhoneNumber(phone).extension(extension)
            .locationId(locationId));
      }
    }
    JsonIO.print(out(), client().subscribers().precheck(request));
    return ExitCodes.OK;
  }

  @Command(name = "provision", description = "Provision a subscriber; print it, or with --wait once provisioned.")
  int provision(
      @Option(names = "--file", paramLabel = "F", required = true, description = FILE_HELP) String file,
      @Option(names = "--wait", description = "Wait until provisioning ends.") boolean wait,
      @Mixin WaitOptions waitOptions) {
    SubscriberProvisionRequest request = JsonIO.readRequest(file, SubscriberProvisionRequest.class, root.ctx.in, root.requestFileBody);
    var config = waitOptions.config();
    Subscriber created = client().subscribers().provision(request);
    if (!wait) {
      JsonIO.print(out(), created);
      return ExitCodes.OK;
    }
    String id = created.getId();
    err().println("subscriber provisioning accepted: " + id);
    return awaitAndReport("subscriber " + id, p -> client().subscribers().awaitProvisioned(id, dev.webexwholesale.client.waiter.WaitOptions.of(config, p)));
  }

  @Command(name = "update", description = "Update a subscriber; print it, or with --wait once the update ended.")
  int update(
      @Parameters(paramLabel = "ID") String id,
      @Option(names = "--file", paramLabel = "F", required = true, description = FILE_HELP) String file,
      @Option(names = "--wait", description = "Wait until the update ends.") boolean wait,
      @Mixin WaitOptions waitOptions) {
    SubscriberUpdateRequest request = JsonIO.readRequest(file, SubscriberUpdateRequest.class, root.ctx.in, root.requestFileBody);
    var config = waitOptions.config();
    Subscriber updated = client().subscribers().update(id, request);
    if (!wait) {
      JsonIO.print(out(), updated);
      return ExitCodes.OK;
    }
    return awaitAndReport("subscriber " + id, p -> client().subscribers().awaitProvisioned(id, dev.webexwholesale.client.waiter.WaitOptions.of(config, p)));
  }

  @Command(name = "send-consent-email",
      description = "Send the consent email again to a subscriber in pending_user_migration (an active free Webex"
          + " account whose owner must consent to the move).")
  int sendConsentEmail(@Parameters(paramLabel = "ID") String id) {
    client().subscribers().sendConsentEmail(id);
    err().println("consent email sent for subscriber " + id);
    return ExitCodes.OK;
  }

  @Command(name = "remove", description = "Remove a subscriber.")
  int remove(@Parameters(paramLabel = "ID") String id) {
    client().subscribers().remove(id);
    return ExitCodes.OK;
  }

  @Command(name = "await", description = "Wait until the subscriber's provisioning ends; print it.")
  int await(@Parameters(paramLabel = "ID") String id, @Mixin WaitOptions waitOptions) {
    var config = waitOptions.config();
    return awaitAndReport("subscriber " + id, p -> client().subscribers().awaitProvisioned(id, dev.webexwholesale.client.waiter.WaitOptions.of(config, p)));
  }

}
