package dev.webexwholesale.cli;

import dev.webexwholesale.client.SubPartnerListParams;
import dev.webexwholesale.model.SubPartnerProvisioningState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sub-partners", description = "The partner's sub-partners.", mixinStandardHelpOptions = true)
final class SubPartnersCommand extends ApiCommand {

  @Command(name = "list", description = "Print the sub-partners (every page, or the first --limit) as one JSON array.")
  int list(
      @Option(names = "--provisioning-state", paramLabel = "S", description = "active or suspended.") String state,
      @Option(names = "--max", paramLabel = "N",
          description = "Page size sent to Webex (items per request); pages are followed up to --limit.") Integer max,
      @Mixin LimitOption limit) {
    SubPartnerProvisioningState wanted = state == null ? null : SubPartnerProvisioningState.fromValue(state);
    if (wanted != null && !wanted.isKnown()) {
      warnUnknown("--provisioning-state", state,
          SubPartnerProvisioningState.knownValues().stream().map(SubPartnerProvisioningState::getValue).toList());
    }
    SubPartnerListParams params = SubPartnerListParams.builder()
        .provisioningState(wanted)
        .max(max)
        .build();
    // Sub-partners are the partner's own: --sub-partner does not scope this list.
    JsonIO.printArray(out(), root.rootClient().subPartners().list(params), limit.limit());
    return ExitCodes.OK;
  }
}
