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

/** {@code webex-wholesale sub-partners ...}: one command per operation of the {@code subPartners} group. */
@Command(name = "sub-partners", description = {"The partner's sub-partners."},
    mixinStandardHelpOptions = true)
final class SubPartnersCommands extends ApiCommand {
  /** The group's commands, in the order of its usage: {@link CommandTree} builds only the one invoked. */
  private static final List<Class<?>> COMMANDS = List.of(new Class<?>[] { SubPartnersCommands.ListCommand.class, });

  @Override
  List<Class<?>> commands() {
    return COMMANDS;
  }

  @Command(name = "list", description = "List Wholesale Sub-partners. GET /wholesale/subPartners: every page (or the first --limit) as one JSON array.")
  static final class ListCommand extends GeneratedOp {
    @Option(names = {"--provisioning-state"}, paramLabel = "PROVISIONING_STATE", description = "The provisioning state of the sub-partner.") String cli_provisioningState;
    @Option(names = {"--offset"}, paramLabel = "OFFSET", description = "Offset value for implementing pagination.") Integer cli_offset;
    @Option(names = {"--max"}, paramLabel = "MAX", description = "The maximum number of items returned in the response.") Integer cli_max;
    @Mixin LimitOption limit;

    @Override
    public Integer call() {
      GeneratedCommand.warnUnknown(group, "--provisioning-state", cli_provisioningState == null ? null : List.of(cli_provisioningState),
          SubPartnerProvisioningState.knownValues().stream().map(SubPartnerProvisioningState::getValue).toList());
      SubPartnerListParams params = SubPartnerListParams.builder()
          .provisioningState(cli_provisioningState == null ? null : SubPartnerProvisioningState.fromValue(cli_provisioningState))
          .offset(cli_offset)
          .max(cli_max)
          .build();
      JsonIO.printArray(out(), root().rootClient().subPartners().list(params), limit.limit());
      return ExitCodes.OK;
    }
  }
}
