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

/** {@code webex-wholesale subscribers ...}: one command per operation of the {@code subscribers} group. */
@Command(name = "subscribers", description = {"Wholesale subscribers."},
    mixinStandardHelpOptions = true)
final class SubscribersCommands extends ApiCommand {
  /** The group's commands, in the order of its usage: {@link CommandTree} builds only the one invoked. */
  private static final List<Class<?>> COMMANDS = List.of(new Class<?>[] { SubscribersCommands.GetCommand.class, SubscribersCommands.ListCommand.class, SubscribersCommands.PrecheckCommand.class, SubscribersCommands.ProvisionCommand.class, SubscribersCommands.RemoveCommand.class, SubscribersCommands.SendConsentEmailCommand.class, SubscribersCommands.UpdateCommand.class, SubscribersCommands.AwaitProvisionedCommand.class, });

  @Override
  List<Class<?>> commands() {
    return COMMANDS;
  }

  @Command(name = "get", description = "Get a Wholesale Subscriber. GET /wholesale/subscribers/{subscriberId}.")
  static final class GetCommand extends GeneratedOp {
    @Parameters(index = "0", paramLabel = "SUBSCRIBER_ID", description = "The `id` Webex gave the subscriber.") String subscriberId;

    @Override
    public Integer call() {
      Subscriber answer = client().subscribers().get(subscriberId);
      JsonIO.print(out(), answer);
      return ExitCodes.OK;
    }
  }

  @Command(name = "list", description = "List Wholesale Subscribers. GET /wholesale/subscribers: every page (or the first --limit) as one JSON array.")
  static final class ListCommand extends GeneratedOp {
    @Option(names = {"--max"}, paramLabel = "MAX", description = "At most this many subscribers in one page (Webex accepts up to 100).") Integer cli_max;
    @Option(names = {"--offset"}, paramLabel = "OFFSET", description = "Offset value for implementing pagination.") Integer cli_offset;
    @Option(names = {"--customer-id"}, paramLabel = "CUSTOMER_ID", description = "The ID of the Wholesale customer.") String cli_customerId;
    @Option(names = {"--person-id"}, paramLabel = "PERSON_ID", description = "Only the subscriber with this person ID (its ID in the /v1/people API).") String cli_personId;
    @Option(names = {"--external-customer-id"}, paramLabel = "EXTERNAL_CUSTOMER_ID", description = "The external ID of the customer, as provided by the Service Provider.") String cli_externalCustomerId;
    @Option(names = {"--email"}, paramLabel = "EMAIL", description = "The email address of the subscriber.") String cli_email;
    @Option(names = {"--status"}, paramLabel = "STATUS", description = "Only subscribers in this provisioning status.") String cli_status;
    @Option(names = {"--after"}, paramLabel = "AFTER", description = "Only subscribers created later than this moment: epoch milliseconds (preferred) or an ISO-8601 date-time.") String cli_after;
    @Option(names = {"--last-status-change"}, paramLabel = "LAST_STATUS_CHANGE", description = "Only include subscribers whose provisioning status changed after this date and time: epoch milliseconds (preferred) or an ISO-8601 date-time.") String cli_lastStatusChange;
    @Option(names = {"--sort-by"}, paramLabel = "SORT_BY", description = "The attribute to sort by: `created` (the default) or `lastStatusChange`.") String cli_sortBy;
    @Option(names = {"--sort-order"}, paramLabel = "SORT_ORDER", description = "Sort results in ascending (`ASC`) or descending (`DESC`) order.") String cli_sortOrder;
    @Mixin LimitOption limit;

    @Override
    public Integer call() {
      GeneratedCommand.warnUnknown(group, "--status", cli_status == null ? null : List.of(cli_status),
          SubscriberStatus.knownValues().stream().map(SubscriberStatus::getValue).toList());
      SubscriberListParams params = SubscriberListParams.builder()
          .max(cli_max)
          .offset(cli_offset)
          .customerId(cli_customerId)
          .personId(cli_personId)
          .externalCustomerId(cli_externalCustomerId)
          .email(cli_email)
          .status(cli_status == null ? null : SubscriberStatus.fromValue(cli_status))
          .after(cli_after)
          .lastStatusChange(cli_lastStatusChange)
          .sortBy(cli_sortBy)
          .sortOrder(cli_sortOrder)
          .build();
      JsonIO.printArray(out(), client().subscribers().list(params), limit.limit());
      return ExitCodes.OK;
    }
  }

  @Command(name = "precheck", description = "Precheck a Wholesale Subscriber Provisioning. POST /wholesale/subscribers/validate.")
  static final class PrecheckCommand extends GeneratedOp {
    @Option(names = "--file", paramLabel = "REQ.json", description = "Request body as JSON (- reads stdin). Or the options below.") String file;
    @Option(names = "--email", paramLabel = "EMAIL", description = "The email address of the subscriber.") String body_email;
    @Option(names = "--customer-id", paramLabel = "CUSTOMER_ID", description = "ID of the Provisioned Customer for Webex Wholesale.") String body_customerId;
    @Option(names = "--provisioning-id", paramLabel = "PROVISIONING_ID", description = "This Provisioning ID defines how this wholesale subscriber is to be provisioned for Cisco Webex Services. Each Customer template has its unique provisioning ID. This ID is displayed under the chosen customer template on Cisco Webex Control Hub.") String body_provisioningId;
    @Option(names = "--package", paramLabel = "PACKAGE", description = "A package's wire name (e.g. webex_calling). Repeatable.") List<String> body_packages;
    @Option(names = "--first-name", paramLabel = "FIRST_NAME", description = "The first name of the subscriber.") String body_provisioningParameters_firstName;
    @Option(names = "--last-name", paramLabel = "LAST_NAME", description = "The last name of the subscriber.") String body_provisioningParameters_lastName;
    @Option(names = "--phone", paramLabel = "PHONE", description = "The primary phone number configured for the subscriber.") String body_provisioningParameters_primaryPhoneNumber;
    @Option(names = "--extension", paramLabel = "EXTENSION", description = "The extension configured for the subscriber. An extension, primary phone number or both must be supplied when creating a subscriber.") String body_provisioningParameters_extension;
    @Option(names = "--location-id", paramLabel = "LOCATION_ID", description = "A unique identifier for the location. This ID should be retrieved via the Locations API - List Locations.") String body_provisioningParameters_locationId;

    @Override
    public Integer call() {
      java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
      fields.put("email", body_email);
      fields.put("customerId", body_customerId);
      fields.put("provisioningId", body_provisioningId);
      fields.put("packages", body_packages);
      fields.put("provisioningParameters.firstName", body_provisioningParameters_firstName);
      fields.put("provisioningParameters.lastName", body_provisioningParameters_lastName);
      fields.put("provisioningParameters.primaryPhoneNumber", body_provisioningParameters_primaryPhoneNumber);
      fields.put("provisioningParameters.extension", body_provisioningParameters_extension);
      fields.put("provisioningParameters.locationId", body_provisioningParameters_locationId);
      SubscriberPrecheckRequest request = GeneratedCommand.body(this, file, fields, "subscribers precheck", List.of("email"), "--email", SubscriberPrecheckRequest.class);
      ProvisioningPreCheckResponse answer = client().subscribers().precheck(request);
      JsonIO.print(out(), answer);
      return ExitCodes.OK;
    }
  }

  @Command(name = "provision", description = "Provision a Wholesale Subscriber. POST /wholesale/subscribers.")
  static final class ProvisionCommand extends GeneratedOp {
    @Option(names = "--file", paramLabel = "REQ.json", required = true, description = "Request body as JSON (- reads stdin).") String file;
    @Option(names = "--wait", description = "Wait until the provisioned waiter declared in the spec ends.") boolean wait;
    @Mixin WaitOptions waitOptions;

    @Override
    public Integer call() {
      var config = waitOptions.config(); // a bad --timeout fails before anything is sent
      SubscriberProvisionRequest request = JsonIO.readRequest(file, SubscriberProvisionRequest.class, root().ctx.in, root().requestFileBody);
      Subscriber answer = client().subscribers().provision(request);
      if (wait) {
        String id = answer.getId();
        note("subscriber provisioning accepted: " + id);
        return group.awaitAndReport("subscriber " + id,
            p -> client().subscribers().awaitProvisioned(id, dev.webexwholesale.client.waiter.WaitOptions.of(config, p)));
      }
      JsonIO.print(out(), answer);
      return ExitCodes.OK;
    }
  }

  @Command(name = "remove", description = "Remove a Wholesale Subscriber. DELETE /wholesale/subscribers/{subscriberId}.")
  static final class RemoveCommand extends GeneratedOp {
    @Parameters(index = "0", paramLabel = "SUBSCRIBER_ID", description = "The `id` Webex gave the subscriber.") String subscriberId;

    @Override
    public Integer call() {
      client().subscribers().remove(subscriberId);
      return ExitCodes.OK;
    }
  }

  @Command(name = "send-consent-email", description = "Send Consent User Move Email. POST /subscribers/{subscriberId}/emails/consentMove.")
  static final class SendConsentEmailCommand extends GeneratedOp {
    @Parameters(index = "0", paramLabel = "SUBSCRIBER_ID", description = "The `id` Webex gave the subscriber.") String subscriberId;

    @Override
    public Integer call() {
      client().subscribers().sendConsentEmail(subscriberId);
      note("consent email sent for subscriber " + subscriberId);
      return ExitCodes.OK;
    }
  }

  @Command(name = "update", description = "Update a Wholesale Subscriber. PUT /wholesale/subscribers/{subscriberId}.")
  static final class UpdateCommand extends GeneratedOp {
    @Parameters(index = "0", paramLabel = "SUBSCRIBER_ID", description = "The `id` Webex gave the subscriber.") String subscriberId;
    @Option(names = "--file", paramLabel = "REQ.json", required = true, description = "Request body as JSON (- reads stdin).") String file;
    @Option(names = "--wait", description = "Wait until the provisioned waiter declared in the spec ends.") boolean wait;
    @Mixin WaitOptions waitOptions;

    @Override
    public Integer call() {
      var config = waitOptions.config(); // a bad --timeout fails before anything is sent
      SubscriberUpdateRequest request = JsonIO.readRequest(file, SubscriberUpdateRequest.class, root().ctx.in, root().requestFileBody);
      Subscriber answer = client().subscribers().update(subscriberId, request);
      if (wait) {
        String id = subscriberId;
        return group.awaitAndReport("subscriber " + id,
            p -> client().subscribers().awaitProvisioned(id, dev.webexwholesale.client.waiter.WaitOptions.of(config, p)));
      }
      JsonIO.print(out(), answer);
      return ExitCodes.OK;
    }
  }

  @Command(name = "await-provisioned", aliases = {"await"}, description = "Wait with the provisioned waiter declared in the spec; print the subscriber.")
  static final class AwaitProvisionedCommand extends GeneratedOp {
    @Parameters(index = "0", paramLabel = "ID", description = "The subscriber's id.") String id;
    @Mixin WaitOptions waitOptions;

    @Override
    public Integer call() {
      var config = waitOptions.config();
      return group.awaitAndReport("subscriber " + id,
          p -> client().subscribers().awaitProvisioned(id, dev.webexwholesale.client.waiter.WaitOptions.of(config, p)));
    }
  }
}
