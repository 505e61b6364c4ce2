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

/** {@code webex-wholesale customers ...}: one command per operation of the {@code customers} group. */
@Command(name = "customers", description = {"Wholesale customers."},
    mixinStandardHelpOptions = true)
final class CustomersCommands extends ApiCommand {
  /** The group's commands, in the order of its usage: {@link CommandTree} builds only the one invoked. */
  private static final List<Class<?>> COMMANDS = List.of(new Class<?>[] { CustomersCommands.GetCommand.class, CustomersCommands.ListCommand.class, CustomersCommands.PrecheckCommand.class, CustomersCommands.ProvisionCommand.class, CustomersCommands.RemoveCommand.class, CustomersCommands.UpdateCommand.class, CustomersCommands.AwaitProvisionedCommand.class, CustomersCommands.AwaitUpdatedCommand.class, CustomersCommands.AwaitRemovedCommand.class, });

  @Override
  List<Class<?>> commands() {
    return COMMANDS;
  }

  @Command(name = "get", description = "Get a Wholesale Customer. GET /wholesale/customers/{customerId}.")
  static final class GetCommand extends GeneratedOp {
    @Parameters(index = "0", paramLabel = "CUSTOMER_ID", description = "A unique identifier for the customer in question.") String customerId;
    @Option(names = {"--include-package-license-info", "--license-info"}, paramLabel = "INCLUDE_PACKAGE_LICENSE_INFO", description = "When `true`, every provisioned package of `resourceDetails` lists its `licenseIds`.", arity = "0..1", fallbackValue = "true") Boolean cli_includePackageLicenseInfo;

    @Override
    public Integer call() {
      CustomerGetParams params = CustomerGetParams.builder()
          .includePackageLicenseInfo(cli_includePackageLicenseInfo)
          .build();
      Customer answer = client().customers().get(customerId, params);
      JsonIO.print(out(), answer);
      return ExitCodes.OK;
    }
  }

  @Command(name = "list", description = "List Wholesale Customers. GET /wholesale/customers: every page (or the first --limit) as one JSON array.")
  static final class ListCommand extends GeneratedOp {
    @Option(names = {"--external-id"}, paramLabel = "EXTERNAL_ID", description = "The external ID of the customer, as provided by the Service Provider.") String cli_externalId;
    @Option(names = {"--org-id"}, paramLabel = "ORG_ID", description = "Only the customer whose Cisco Webex organization has this encoded ID.") String cli_orgId;
    @Option(names = {"--status"}, paramLabel = "STATUS", description = "Only customers in one of these provisioning statuses. Repeat the parameter to give several.") List<String> cli_status;
    @Option(names = {"--offset"}, paramLabel = "OFFSET", description = "Offset value for implementing pagination.") Integer cli_offset;
    @Option(names = {"--max"}, paramLabel = "MAX", description = "The maximum number of items returned in the response.") Integer cli_max;
    @Mixin LimitOption limit;

    @Override
    public Integer call() {
      GeneratedCommand.warnUnknown(group, "--status", cli_status,
          CustomerStatus.knownValues().stream().map(CustomerStatus::getValue).toList());
      CustomerListParams params = CustomerListParams.builder()
          .externalId(cli_externalId)
          .orgId(cli_orgId)
          .status(cli_status == null ? null : cli_status.stream().map(CustomerStatus::fromValue).toList())
          .offset(cli_offset)
          .max(cli_max)
          .build();
      JsonIO.printArray(out(), client().customers().list(params), limit.limit());
      return ExitCodes.OK;
    }
  }

  @Command(name = "precheck", description = "Precheck a Wholesale Customer Provisioning. POST /wholesale/customers/validate.")
  static final class PrecheckCommand extends GeneratedOp {
    @Option(names = "--file", paramLabel = "REQ.json", required = true, description = "Request body as JSON (- reads stdin).") String file;

    @Override
    public Integer call() {
      CustomerPrecheckRequest request = JsonIO.readRequest(file, CustomerPrecheckRequest.class, root().ctx.in, root().requestFileBody);
      ProvisioningPreCheckResponse answer = client().customers().precheck(request);
      JsonIO.print(out(), answer);
      return ExitCodes.OK;
    }
  }

  @Command(name = "provision", description = "Provision a Wholesale Customer. POST /wholesale/customers.")
  static final class ProvisionCommand extends GeneratedOp {
    @Option(names = "--file", paramLabel = "REQ.json", required = true, description = "Request body as JSON (- reads stdin).") String file;
    @Option(names = "--wait", description = "Wait until the provisioned waiter declared in the spec ends.") boolean wait;
    @Mixin WaitOptions waitOptions;

    @Override
    public Integer call() {
      var config = waitOptions.config(); // a bad --timeout fails before anything is sent
      CustomerProvisionRequest request = JsonIO.readRequest(file, CustomerProvisionRequest.class, root().ctx.in, root().requestFileBody);
      ProvisioningAccepted accepted = client().customers().provision(request);
      String id = GeneratedCommand.acceptedId(accepted, "customer");
      group.noteAccepted("customer provisioning", accepted);
      if (wait) {
        return group.awaitAndReport("customer " + id,
            p -> client().customers().awaitProvisioned(id, dev.webexwholesale.client.waiter.WaitOptions.of(config, p)));
      }
      GeneratedCommand.printRead(this, "customer", accepted, id, () -> client().customers().get(id));
      return ExitCodes.OK;
    }
  }

  @Command(name = "remove", description = "Remove a Wholesale Customer. DELETE /wholesale/customers/{customerId}.")
  static final class RemoveCommand extends GeneratedOp {
    @Parameters(index = "0", paramLabel = "CUSTOMER_ID", description = "A unique identifier for the customer in question.") String customerId;
    @Option(names = "--wait", description = "Wait until the removed waiter declared in the spec ends.") boolean wait;
    @Mixin WaitOptions waitOptions;

    @Override
    public Integer call() {
      var config = waitOptions.config(); // a bad --timeout fails before anything is sent
      ProvisioningAccepted accepted = client().customers().remove(customerId);
      String id = customerId;
      group.noteAccepted("customer removal", accepted);
      if (wait) {
        return group.awaitAndReport("customer " + id,
            p -> client().customers().awaitRemoved(id, dev.webexwholesale.client.waiter.WaitOptions.of(config, p)));
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "update", description = "Update a Wholesale Customer. PUT /wholesale/customers/{customerId}.")
  static final class UpdateCommand extends GeneratedOp {
    @Parameters(index = "0", paramLabel = "CUSTOMER_ID", description = "A unique identifier for the customer in question.") String customerId;
    @Option(names = "--file", paramLabel = "REQ.json", required = true, description = "Request body as JSON (- reads stdin).") String file;
    @Option(names = "--wait", description = "Wait until the updated waiter declared in the spec ends.") boolean wait;
    @Mixin WaitOptions waitOptions;

    @Override
    public Integer call() {
      var config = waitOptions.config(); // a bad --timeout fails before anything is sent
      CustomerUpdateRequest request = JsonIO.readRequest(file, CustomerUpdateRequest.class, root().ctx.in, root().requestFileBody);
      ProvisioningAccepted accepted = client().customers().update(customerId, request);
      String id = customerId;
      group.noteAccepted("customer update", accepted);
      if (wait) {
        return group.awaitAndReport("customer " + id,
            p -> client().customers().awaitUpdated(id, dev.webexwholesale.client.waiter.WaitOptions.of(config, p)));
      }
      GeneratedCommand.printRead(this, "customer", accepted, id, () -> client().customers().get(id));
      return ExitCodes.OK;
    }
  }

  @Command(name = "await-provisioned", aliases = {"await"}, description = "Wait with the provisioned waiter declared in the spec; print the customer.")
  static final class AwaitProvisionedCommand extends GeneratedOp {
    @Parameters(index = "0", paramLabel = "ID", description = "The customer's id.") String id;
    @Mixin WaitOptions waitOptions;

    @Override
    public Integer call() {
      var config = waitOptions.config();
      return group.awaitAndReport("customer " + id,
          p -> client().customers().awaitProvisioned(id, dev.webexwholesale.client.waiter.WaitOptions.of(config, p)));
    }
  }

  @Command(name = "await-updated", description = "Wait with the updated waiter declared in the spec; print the customer.")
  static final class AwaitUpdatedCommand extends GeneratedOp {
    @Parameters(index = "0", paramLabel = "ID", description = "The customer's id.") String id;
    @Mixin WaitOptions waitOptions;

    @Override
    public Integer call() {
      var config = waitOptions.config();
      return group.awaitAndReport("customer " + id,
          p -> client().customers().awaitUpdated(id, dev.webexwholesale.client.waiter.WaitOptions.of(config, p)));
    }
  }

  @Command(name = "await-removed", description = "Wait with the removed waiter declared in the spec; print the customer.")
  static final class AwaitRemovedCommand extends GeneratedOp {
    @Parameters(index = "0", paramLabel = "ID", description = "The customer's id.") String id;
    @Mixin WaitOptions waitOptions;

    @Override
    public Integer call() {
      var config = waitOptions.config();
      return group.awaitAndReport("customer " + id,
          p -> client().customers().awaitRemoved(id, dev.webexwholesale.client.waiter.WaitOptions.of(config, p)));
    }
  }
}
