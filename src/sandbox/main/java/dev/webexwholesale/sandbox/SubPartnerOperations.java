package dev.webexwholesale.sandbox;

import dev.webexwholesale.model.SubPartner;
import com.google.gson.JsonObject;
import java.util.function.Supplier;

/** List Wholesale Sub-partners: the sub-partners configured on the sandbox. */
final class SubPartnerOperations {
  private final SandboxStore store;
  private final Supplier<String> baseUrl;

  SubPartnerOperations(SandboxStore store, Supplier<String> baseUrl) {
    this.store = store;
    this.baseUrl = baseUrl;
  }

  SandboxResponse list(SandboxRequest request) {
    Paging paging = Paging.of(request, 0);
    String state = request.param("provisioningState");
    Paging.Collector<SubPartner> page = paging.collector();
    synchronized (store) {
      for (SubPartner subPartner : store.subPartners.values()) {
        boolean matches = state == null
            || (subPartner.getProvisioningState() != null && state.equals(subPartner.getProvisioningState().getValue()));
        if (matches && !page.offer(subPartner)) {
          break;
        }
      }
    }
    String key;
    synchronized (store) {
      key = store.subPartnerListKey;
    }
    JsonObject body = new JsonObject();
    body.add(key, SandboxJson.gson().toJsonTree(page.items));
    SandboxResponse response = SandboxResponse.json(200, body);
    if (page.more) {
      Paging.linkNext(response, baseUrl.get(), request, paging.offset + paging.max);
    }
    return response;
  }
}
