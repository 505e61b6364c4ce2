package dev.webexwholesale.cli;

import dev.webexwholesale.client.SubPartnerListParams;
import dev.webexwholesale.model.SubPartnerProvisioningState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sub-partners", description = "The partner's sub-partners.", mixinStandardHelpOptions = true)
final class SubPartnersCommand extends ApiCommand {

  @Command(name = "list", description = "Print all sub-partners (every page) as one JSON array.")
  int list(
      @Option(names = "--provisioning-state", paramLabel = "S", description = "active or suspended.") String state,
      @Option(names = "--max", paramLabel = "N", description = "Page size; all pages are followed.") Integer max) {
    SubPartnerListParams params = SubPartnerListParams.builder()
        .provisioningState(state == null ? null : SubPartnerProvisioningState.fromValue(state))
        .max(max)
        .build();
    // Sub-partners are the partner's own: --sub-partner does not scope this list.
    JsonIO.printArray(out(), root.rootClient().subPartners().list(params));
    return ExitCodes.OK;
  }
}
