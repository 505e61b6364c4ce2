package dev.webexwholesale.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The externalId and orgId indexes behind the uniqueness checks stay correct through every change. */
class CustomerIndexTest {
  static final String SP = "U1AtaW5kZXg=";

  @RegisterExtension
  static WholesaleSandboxExtension sandbox = WholesaleSandboxExtension.create(
      b -> b.provisioningPolls(0).subPartner(SP));

  private final SandboxHttp http = new SandboxHttp(sandbox.get().baseUrl());

  private SandboxHttp.Exchange provision(SandboxHttp as, String externalId, String orgId) {
    String body = SandboxHttp.customerBody(externalId);
    if (orgId != null) {
      body = body.substring(0, body.length() - 1) + ",\"orgId\":\"" + orgId + "\"}";
    }
    return as.post("/wholesale/customers", body);
  }

  private String id(SandboxHttp.Exchange accepted) {
    assertEquals(202, accepted.status(), accepted.body());
    return SandboxHttp.idFromUrl(accepted.header("Location"));
  }

  @Test
  void externalIdIsUniquePerScopeUntilTheCustomerIsGone() {
    String first = id(provision(http, "idx-a", null));
    SandboxHttp.Exchange duplicate = provision(http, "idx-a", null);
    assertEquals(409, duplicate.status());
    assertEquals(WebexErrors.DUPLICATE_EXTERNAL_ID, duplicate.errorCode());
    id(provision(http.onBehalfOf(SP), "idx-a", null)); // another scope, another namespace

    assertEquals(202, http.delete("/wholesale/customers/" + first).status());
    id(provision(http, "idx-a", null)); // the removal finished: the externalId is free again
  }

  @Test
  void renamingAnExternalIdFreesTheOldOneAndClaimsTheNewOne() {
    String id = id(provision(http, "idx-old", null));
    id(provision(http, "idx-taken", null));

    SandboxHttp.Exchange clash = http.put("/wholesale/customers/" + id,
        "{\"packages\":[\"webex_calling\"],\"externalId\":\"idx-taken\"}");
    assertEquals(409, clash.status());
    assertEquals(202, http.put("/wholesale/customers/" + id,
        "{\"packages\":[\"webex_calling\"],\"externalId\":\"idx-new\"}").status());

    assertEquals(409, provision(http, "idx-new", null).status());
    id(provision(http, "idx-old", null));
  }

  @Test
  void anOrgIdMapsOneCustomerAcrossScopesUntilRemoved() {
    String id = id(provision(http, "idx-org-1", "T1JHLWlkeA=="));
    SandboxHttp.Exchange clash = provision(http.onBehalfOf(SP), "idx-org-2", "T1JHLWlkeA==");
    assertEquals(409, clash.status());
    assertEquals(WebexErrors.ORG_ALREADY_MAPPED, clash.errorCode());

    assertEquals(202, http.delete("/wholesale/customers/" + id).status());
    id(provision(http.onBehalfOf(SP), "idx-org-2", "T1JHLWlkeA=="));
  }

  @Test
  void resetForgetsTheIndexes() {
    id(provision(http, "idx-reset", "T1JHLXJlc2V0"));
    sandbox.get().reset();
    id(provision(http, "idx-reset", "T1JHLXJlc2V0"));
  }
}
