package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerStatus;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import dev.webexwholesale.sandbox.WholesaleSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WholesaleSandboxExtension.class)
class OnboardingTest {
  @Test
  void onboardsAgainstTheSandbox(WholesaleSandbox sandbox) {
    try (WholesaleClient client = WholesaleClient.builder()
        .baseUrl(sandbox.baseUrl()).accessToken("any-token").build()) {
      Customer customer = new Onboarding(client).onboard("PROV-1", "acme-0042");
      assertEquals(CustomerStatus.PROVISIONED, customer.getStatus());
      assertEquals("acme-0042", client.customers().get(customer.getId()).getExternalId());
    }
  }
}
