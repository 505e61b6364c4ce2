package dev.webexwholesale.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.webexwholesale.client.SubPartnerListParams;
import dev.webexwholesale.client.paging.Page;
import dev.webexwholesale.model.SubPartner;
import dev.webexwholesale.model.SubPartnerProvisioningState;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** List Sub-partners, the one operation without {@code onBehalfOfSubPartnerOrgId}. */
class SubPartnersContractTest extends ContractTestBase {
  private static final String ORG_ID =
      "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi9jOWI4NGUxMC0yZjFjLTRlMmMtOWY4YS0xMjM0NTY3ODkwYWI";

  @Test
  void listSubPartnersSendsItsFiltersAndDecodesTheSpecExample() {
    String next = "http://127.0.0.1:" + wm.port() + "/v1/wholesale/subPartners?provisioningState=active&offset=5&max=5";
    answer(200, OpenApiExamples.responseExample("listSubPartners", 200), "Link", "<" + next + ">; rel=\"next\"");

    Page<SubPartner> page = client.subPartners().listPage(SubPartnerListParams.builder()
        .provisioningState(SubPartnerProvisioningState.ACTIVE).offset(0).max(5).build());

    SubPartner first = page.items().get(0);
    assertEquals(ORG_ID, first.getOrgId());
    assertEquals(SubPartnerProvisioningState.ACTIVE, first.getProvisioningState());
    assertEquals(OffsetDateTime.of(2025, 7, 1, 0, 0, 0, 0, ZoneOffset.UTC), first.getBillingStartDate());
    assertEquals(next, page.nextUrl().orElseThrow());
    LoggedRequest r = assertExchangeConformsToSpec().getRequest();
    assertEquals("active", r.queryParameter("provisioningState").firstValue());
  }

  @Test
  void aSubPartnerScopedClientDoesNotSendTheParameterTheSpecDoesNotDefineHere() {
    answer(200, OpenApiExamples.responseExample("listSubPartners", 200));

    client.onBehalfOf(SUB_PARTNER).subPartners().listPage(SubPartnerListParams.none());

    // The strict validator would report onBehalfOfSubPartnerOrgId as an unexpected query parameter.
    LoggedRequest r = assertExchangeConformsToSpec().getRequest();
    assertFalse(r.getQueryParams().containsKey("onBehalfOfSubPartnerOrgId"), r.getUrl());
  }
}
