package dev.webexwholesale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.webexwholesale.client.internal.json.WholesaleJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where Webex's own documents show two shapes, the models read both (docs/fidelity.md). */
class TolerantReaderTest {
  private static final String PARTNER = "{\"orgId\":\"T1JHLTE=\",\"subscriptionId\":\"Sub23452345\","
      + "\"provisioningState\":\"active\",\"created\":\"2023-02-16T14:10:18.855Z\"}";

  @Test
  void subPartnerListReadsTheSchemasItemsAndTheExamplesSubPartners() {
    SubPartnerList schema = WholesaleJson.gson().fromJson("{\"items\":[" + PARTNER + "]}", SubPartnerList.class);
    SubPartnerList example = WholesaleJson.gson().fromJson("{\"subPartners\":[" + PARTNER + "]}", SubPartnerList.class);

    assertEquals("T1JHLTE=", schema.getItems().get(0).getOrgId());
    assertEquals(schema.getItems(), example.getItems());
    assertTrue(example.getAdditionalProperties().isEmpty(), "subPartners is read as the list, not kept as unknown");
    // Written back in the schema's form.
    assertEquals(JsonParser.parseString("{\"items\":[" + PARTNER + "]}")
        .getAsJsonObject().keySet(), JsonParser.parseString(WholesaleJson.gson().toJson(example)).getAsJsonObject().keySet());
  }

  @Test
  void precheckInfoReadsAListOrASingleObjectAsAList() {
    String info = "{\"infoCode\":100,\"description\":\"Provisioning preCheck validation successful.\"}";
    ProvisioningPreCheckResponse list = WholesaleJson.gson()
        .fromJson("{\"message\":\"success\",\"info\":[" + info + "]}", ProvisioningPreCheckResponse.class);
    ProvisioningPreCheckResponse single = WholesaleJson.gson()
        .fromJson("{\"message\":\"success\",\"info\":" + info + "}", ProvisioningPreCheckResponse.class);

    assertEquals(1, list.getInfo().size());
    assertEquals(list.getInfo(), single.getInfo());
    assertEquals(100L, single.getInfo().get(0).getInfoCode());
    single.getInfo().add(new ProvisioningPreCheckResponseInfo().infoCode(101L)); // a mutable list like any other
    assertEquals(List.of(100L, 101L), single.getInfo().stream().map(ProvisioningPreCheckResponseInfo::getInfoCode).toList());
  }

  @Test
  void unknownStatusesAndPackagesRoundTrip() {
    String json = "{\"id\":\"c3Vi\",\"status\":\"pending_email_input\",\"packages\":[\"webex_future_pack\"]}";
    Subscriber s = WholesaleJson.gson().fromJson(json, Subscriber.class);

    assertEquals("pending_email_input", s.getStatus().getValue());
    assertEquals(false, s.getStatus().isKnown());
    assertEquals(false, s.getPackages().get(0).isKnown());
    assertEquals(JsonParser.parseString(json), JsonParser.parseString(WholesaleJson.gson().toJson(s)));
  }
}
