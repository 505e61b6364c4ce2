package dev.webexwholesale.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.webexwholesale.client.SubPartnerListParams;
import dev.webexwholesale.client.SubscriberListParams;
import dev.webexwholesale.client.internal.json.WholesaleJson;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerStatus;
import dev.webexwholesale.model.CustomerUpdateRequest;
import dev.webexwholesale.model.Package;
import dev.webexwholesale.model.SubPartner;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberStatus;
import dev.webexwholesale.model.SubscriberUpdateRequest;
import dev.webexwholesale.model.WholesalePackagesCustomer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Webex adds statuses, packages and fields: answers carrying them decode and survive a round trip. */
class ForwardCompatibleAnswersTest extends FaultTestBase {
  private static final String FUTURE_CUSTOMER = "{\"id\":\"" + CUSTOMER_ID + "\",\"status\":\"pending_quantum_review\","
      + "\"packages\":[\"webex_calling\",\"webex_hologram\"],\"billingPlan\":{\"tier\":3,\"tags\":[\"gold\"]},"
      + "\"address\":{\"city\":\"Milpitas\",\"geo\":[37.4,-121.9]},"
      + "\"resourceDetails\":{\"packages\":[{\"name\":\"webex_hologram\",\"status\":\"suspended\",\"seats\":12,"
      + "\"warnings\":[{\"errorCode\":9999,\"description\":\"new\",\"severity\":\"low\"}]}],"
      + "\"addOns\":[{\"name\":\"webex_ai_agent\",\"status\":\"provisioned\"}]}}";

  @Test
  void aCustomerWithUnknownEnumsAndFieldsDecodesAndReEncodesUnchanged() {
    json(FUTURE_CUSTOMER);

    Customer c = client.customers().get(CUSTOMER_ID);

    assertFalse(c.getStatus().isKnown());
    assertEquals("pending_quantum_review", c.getStatus().getValue());
    assertNotEquals(CustomerStatus.PROVISIONED, c.getStatus());
    assertEquals(WholesalePackagesCustomer.WEBEX_CALLING, c.getPackages().get(0));
    assertEquals("webex_hologram", c.getPackages().get(1).getValue());
    Package p = c.getResourceDetails().getPackages().get(0);
    assertEquals("suspended", p.getStatus().getValue());
    assertEquals(12, p.getAdditionalProperties().get("seats").getAsInt());
    assertEquals("low", p.getWarnings().get(0).getAdditionalProperties().get("severity").getAsString());
    assertEquals("webex_ai_agent", c.getResourceDetails().getAddOns().get(0).getName().getValue());
    assertTrue(c.getAdditionalProperties().containsKey("billingPlan"));
    assertEquals(JsonParser.parseString(FUTURE_CUSTOMER), JsonParser.parseString(WholesaleJson.gson().toJson(c)));
    assertEquals(1, requestCount());
  }

  @Test
  void anUnknownPackageSurvivesReadModifyWrite() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/" + CUSTOMER_ID)).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(FUTURE_CUSTOMER)));
    wm.stubFor(put(urlPathEqualTo("/v1/wholesale/customers/" + CUSTOMER_ID)).willReturn(aResponse().withStatus(202)));

    Customer c = client.customers().get(CUSTOMER_ID);
    List<WholesalePackagesCustomer> packages = new ArrayList<>(c.getPackages());
    packages.add(WholesalePackagesCustomer.WEBEX_MEETINGS);
    client.customers().update(CUSTOMER_ID, new CustomerUpdateRequest().packages(packages));

    String sent = wm.getAllServeEvents().stream().filter(e -> e.getRequest().getMethod().getName().equals("PUT"))
        .findFirst().orElseThrow().getRequest().getBodyAsString();
    assertEquals(JsonParser.parseString("{\"packages\":[\"webex_calling\",\"webex_hologram\",\"webex_meetings\"]}"),
        JsonParser.parseString(sent));
  }

  @Test
  void subscribersWithAnUnknownStatusAndPackageDecodeInAList() {
    String body = "{\"items\":[{\"id\":\"s1\",\"status\":\"pending_sso_link\",\"package\":\"webex_hologram\","
        + "\"packages\":[\"webex_hologram\"],\"created\":\"2026-03-01T10:15:30Z\",\"nickname\":\"al\"}],"
        + "\"total\":1}";
    json(body);

    Subscriber s = client.subscribers().listPage(SubscriberListParams.none()).items().get(0);

    assertFalse(s.getStatus().isKnown());
    assertNotEquals(SubscriberStatus.PROVISIONED, s.getStatus());
    assertEquals("webex_hologram", s.getPackage().getValue());
    assertEquals("al", s.getAdditionalProperties().get("nickname").getAsString());
    String item = JsonParser.parseString(body).getAsJsonObject().getAsJsonArray("items").get(0).toString();
    assertEquals(JsonParser.parseString(item), JsonParser.parseString(WholesaleJson.gson().toJson(s)));
  }

  @Test
  void anUnknownSubscriberPackageCanBeSentBackInAnUpdate() {
    json("{\"id\":\"s1\",\"packages\":[\"webex_hologram\"],\"status\":\"provisioned\"}");

    Subscriber s = client.subscribers().get(SUBSCRIBER_ID);
    client.subscribers().update(SUBSCRIBER_ID, new SubscriberUpdateRequest().packages(s.getPackages()));

    String sent = wm.getAllServeEvents().stream().filter(e -> e.getRequest().getMethod().getName().equals("PUT"))
        .findFirst().orElseThrow().getRequest().getBodyAsString();
    assertEquals(JsonParser.parseString("{\"packages\":[\"webex_hologram\"]}"), JsonParser.parseString(sent));
  }

  @Test
  void aSubPartnerInAnUnknownStateDecodes() {
    json("{\"subPartners\":[{\"orgId\":\"o1\",\"provisioningState\":\"archived\",\"region\":\"EU\"}]}");

    SubPartner p = client.subPartners().listPage(SubPartnerListParams.none()).items().get(0);

    assertEquals("archived", p.getProvisioningState().getValue());
    assertFalse(p.getProvisioningState().isKnown());
    assertEquals("EU", p.getAdditionalProperties().get("region").getAsString());
  }

  private void json(String body) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody(body)));
  }
}
