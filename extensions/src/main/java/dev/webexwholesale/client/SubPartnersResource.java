package dev.webexwholesale.client;

import dev.webexwholesale.api.SubPartnersApi;
import dev.webexwholesale.client.paging.Page;
import dev.webexwholesale.client.paging.PagedIterable;
import dev.webexwholesale.model.SubPartner;
import dev.webexwholesale.model.SubPartnerList;
import retrofit2.Call;

/**
 * The sub-partners the partner manages (never scoped by {@code onBehalfOf}). Pages decode from
 * {@code items} (Webex's schema) or {@code subPartners} (Webex's example).
 */
public final class SubPartnersResource {
  private final SubPartnersApi api;
  private final CallRunner calls;

  SubPartnersResource(SubPartnersApi api, CallRunner calls) {
    this.api = api;
    this.calls = calls;
  }

  public PagedIterable<SubPartner> list(SubPartnerListParams params) {
    Require.request(params, "params");
    return new PagedIterable<>(
        () -> calls.firstPage(listCall(params), SubPartnerList::getItems),
        url -> calls.nextPage(url, CallRunner.invocationOf(listCall(params)), SubPartnerList.class,
            SubPartnerList::getItems));
  }

  public PagedIterable<SubPartner> list() {
    return list(SubPartnerListParams.none());
  }

  public Page<SubPartner> listPage(SubPartnerListParams params) {
    Require.request(params, "params");
    return calls.firstPage(listCall(params), SubPartnerList::getItems);
  }

  private Call<SubPartnerList> listCall(SubPartnerListParams p) {
    return api.listSubPartners(p.provisioningState(), p.offset(), p.max());
  }
}
