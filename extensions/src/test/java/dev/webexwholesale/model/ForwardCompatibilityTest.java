package dev.webexwholesale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Webex adds packages, statuses and fields over time: none of them may break or be lost. */
class ForwardCompatibilityTest {
  private final Gson gson = new Gson();

  @Test
  void unknownEnumValuesDecodeKeepTheirTextAndReEncodeUnchanged() {
    String json = "{\"id\":\"c1\",\"status\":\"pending_quantum_review\","
        + "\"packages\":[\"webex_calling\",\"webex_hologram\"],"
        + "\"resourceDetails\":{\"packages\":[{\"name\":\"webex_hologram\",\"status\":\"suspended\"}]}}";

    Customer c = gson.fromJson(json, Customer.class);

    assertEquals("pending_quantum_review", c.getStatus().getValue());
    assertFalse(c.getStatus().isKnown());
    assertNotEquals(CustomerStatus.PROVISIONED, c.getStatus());
    assertTrue(c.getPackages().get(0).isKnown());
    assertEquals("webex_hologram", c.getPackages().get(1).getValue());
    assertEquals("suspended", c.getResourceDetails().getPackages().get(0).getStatus().getValue());
    assertEquals(JsonParser.parseString(json), JsonParser.parseString(gson.toJson(c)));
  }

  @Test
  void knownValuesAreTheSpecConstantsAndUnknownOnesCompareByValue() {
    assertSame(CustomerStatus.PROVISIONED, CustomerStatus.fromValue("provisioned"));
    assertEquals(CustomerStatus.fromValue("brand_new"), CustomerStatus.fromValue("brand_new"));
    assertEquals(CustomerStatus.fromValue("brand_new").hashCode(), CustomerStatus.fromValue("brand_new").hashCode());
    assertEquals(List.of("provisioned", "provisioned_with_errors", "provisioning", "updating", "deleting", "error",
        "pending_rpl_review"), CustomerStatus.knownValues().stream().map(CustomerStatus::getValue).toList());
    assertEquals("brand_new", CustomerStatus.fromValue("brand_new").toString());
    assertThrows(NullPointerException.class, () -> CustomerStatus.fromValue(null));
  }

  @Test
  void unknownFieldsSurviveDecodeAndEncodeAtEveryLevel() {
    String json = "{\"id\":\"c1\",\"billingPlan\":{\"tier\":3,\"tags\":[\"a\"]},"
        + "\"address\":{\"city\":\"Oslo\",\"geo\":[59.9,10.7]},"
        + "\"resourceDetails\":{\"packages\":[{\"name\":\"webex_calling\",\"seats\":12}]}}";

    Customer c = gson.fromJson(json, Customer.class);

    assertEquals(JsonParser.parseString("{\"tier\":3,\"tags\":[\"a\"]}"), c.getAdditionalProperties().get("billingPlan"));
    assertEquals(JsonParser.parseString("[59.9,10.7]"), c.getAddress().getAdditionalProperties().get("geo"));
    assertEquals(new JsonPrimitive(12), c.getResourceDetails().getPackages().get(0).getAdditionalProperties().get("seats"));
    assertEquals(JsonParser.parseString(json), JsonParser.parseString(gson.toJson(c)));
  }

  @Test
  void readModifyWriteKeepsUnknownDataAndAppliesTheChange() {
    String json = "{\"id\":\"c1\",\"status\":\"provisioned\",\"packages\":[\"webex_teleport\"],\"contractRef\":\"K-9\"}";
    Customer c = gson.fromJson(json, Customer.class);

    CustomerUpdateRequest update = new CustomerUpdateRequest().packages(new java.util.ArrayList<>(c.getPackages()))
        .addPackagesItem(WholesalePackagesCustomer.WEBEX_MEETINGS);

    assertEquals(JsonParser.parseString("{\"packages\":[\"webex_teleport\",\"webex_meetings\"]}"),
        JsonParser.parseString(gson.toJson(update)));
    assertEquals(JsonParser.parseString(json), JsonParser.parseString(gson.toJson(c)));
  }

  @Test
  void definedFieldsCannotBeShadowedByAdditionalProperties() {
    assertThrows(IllegalArgumentException.class, () -> new Customer().putAdditionalProperty("status", new JsonPrimitive("x")));
  }
}
