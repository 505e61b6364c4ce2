package dev.webexwholesale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed documents' JSON examples decode into the generated models and encode back unchanged. */
class SeedExamplesRoundTripTest {
  private final Gson gson = new Gson();

  static String seed(String name) throws IOException {
    return dev.webexwholesale.spec.SeedExamples.read(name);
  }

  private <T> T roundTrip(String json, Class<T> type) {
    T model = gson.fromJson(json, type);
    JsonElement expected = JsonParser.parseString(json);
    JsonElement actual = JsonParser.parseString(gson.toJson(model));
    assertEquals(expected, actual, "re-encoded " + type.getSimpleName() + " differs from the seed");
    return model;
  }

  @Test
  void customerExampleDecodesIntoTypedFieldsAndRoundTrips() throws IOException {
    Customer c = roundTrip(seed("customer.json"), Customer.class);

    assertEquals("c1677a16-557a-4fb4-b48f-24adde57ec99", c.getExternalId());
    assertEquals("Milpitas", c.getAddress().getCity());
    assertEquals("95035", c.getAddress().getZipOrPostalCode());
    assertEquals(CustomerStatus.PROVISIONED, c.getStatus());
    assertEquals(List.of(WholesalePackagesCustomer.WEBEX_CALLING), c.getPackages());
    Package pkg = c.getResourceDetails().getPackages().get(0);
    assertEquals(WholesalePackagesCustomer.WEBEX_CALLING, pkg.getName());
    assertEquals(Package.StatusEnum.PROVISIONED, pkg.getStatus());
    assertEquals(2560L, pkg.getWarnings().get(0).getErrorCode());
    assertTrue(pkg.getWarnings().get(0).getDescription().startsWith("One or more Webex Calling services"));
    assertTrue(c.getAdditionalProperties().isEmpty(), "every seed field is a defined field");
  }

  @Test
  void precheckRequestExampleRoundTrips() throws IOException {
    SubscriberPrecheckRequest r = roundTrip(seed("subscriber-precheck-request.json"), SubscriberPrecheckRequest.class);
    assertEquals("alice.anderson@acme.com", r.getEmail());
    assertEquals("ZjViMzYxODctYzhkZC00NzI3LThiMmYtZjljNDQ3ZjI5MDQ2OjQyODVmNTk0LTViNTEtNDdiZS05Mzk2LTZjMzZlMmFkODNhNQ", r.getCustomerId());
  }

  @Test
  void precheckResponseExampleDecodesInfoAsAList() throws IOException {
    ProvisioningPreCheckResponse r = roundTrip(seed("subscriber-precheck-response.json"), ProvisioningPreCheckResponse.class);
    assertEquals("success", r.getMessage());
    assertEquals(1, r.getInfo().size());
    assertEquals(100L, r.getInfo().get(0).getInfoCode());
    assertEquals("Provisioning preCheck validation successful.", r.getInfo().get(0).getDescription());
  }
}
