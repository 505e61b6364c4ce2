package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.errors.NotFoundException;
import dev.webexwholesale.client.errors.RateLimitedException;
import dev.webexwholesale.client.errors.TransportException;
import dev.webexwholesale.client.errors.WebexApiException;
import dev.webexwholesale.model.Address;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.CustomerStatus;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import dev.webexwholesale.model.SubscriberProvisioningParameters;
import dev.webexwholesale.model.SubscriberStatus;
import dev.webexwholesale.model.WholesalePackagesCustomer;
import dev.webexwholesale.model.WholesalePackagesSubscriber;
import dev.webexwholesale.client.paging.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The code of docs/client.md, run against WireMock so the documentation stays true. */
class ReadmeExampleTest extends WireMockTestBase {

  @Test
  void quickStartRunsAsDocumented() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/cust-1")).willReturn(aResponse().withStatus(404)
        .withBody("{\"message\":\"Customer not found\",\"errors\":[{\"errorCode\":4008}],\"trackingId\":\"ROUTER_1\"}")));
    wm.stubFor(post(urlPathEqualTo("/v1/wholesale/customers")).willReturn(aResponse().withStatus(202)
        .withHeader("Location", baseUrl() + "/wholesale/customers/new-1").withHeader("trackingid", "ROUTER_2")));
    wm.stubFor(post(urlPathEqualTo("/v1/wholesale/subscribers")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody("{\"id\":\"sub-1\",\"status\":\"provisioning\"}")));
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/subscribers")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json")
        .withBody("{\"items\":[{\"email\":\"ann@example.com\",\"status\":\"error\"}]}")));
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json")
        .withBody("{\"items\":[{\"id\":\"a\",\"status\":\"provisioned\"},{\"id\":\"b\",\"status\":\"error\"}]}")));
    Supplier<String> tokenStore = () -> TOKEN;
    List<String> audit = new ArrayList<>();
    String customerId = "cust-1";
    String provisioningId = "prov-1";
    String subPartnerOrgId = "sub-partner-1";

    try (WholesaleClient client = clientBuilder()
        .accessToken(tokenStore)
        .userAgent("acme-provisioning/1.4")
        .responseListener(m -> audit.add(m.method() + " " + m.path() + " " + m.status() + " " + m.trackingId()))
        .build()) {

      String caught = null;
      try {
        Customer customer = client.customers().get(customerId);
        assertTrue(customer == null || customer.getStatus() != null);
      } catch (NotFoundException e) {
        caught = e.getMessage();
      } catch (RateLimitedException e) {
        Duration wait = e.retryAfter().orElse(Duration.ofSeconds(30));
        assertTrue(!wait.isNegative());
      } catch (WebexApiException e) {
        caught = "other " + e.statusCode();
      } catch (TransportException e) {
        caught = "transport " + e.kind();
      }
      assertEquals("HTTP 404 Not Found: Customer not found [errorCode 4008] (trackingId ROUTER_1)", caught);

      ProvisioningAccepted accepted = client.customers().provision(new CustomerProvisionRequest()
          .provisioningId(provisioningId)
          .packages(List.of(WholesalePackagesCustomer.WEBEX_CALLING))
          .externalId("acme-0042")
          .address(new Address().addressLine1("771 Alder Drive").city("Milpitas")
              .stateOrProvince("CA").zipOrPostalCode("95035").country("US")));
      String newCustomerId = accepted.id();
      assertEquals("new-1", newCustomerId);
      assertEquals("ROUTER_2", accepted.trackingId());

      WholesaleClient subPartner = client.onBehalfOf(subPartnerOrgId).withTrackingId("acme-job-7731");
      Subscriber subscriber = subPartner.subscribers().provision(new SubscriberProvisionRequest()
          .customerId(newCustomerId)
          .email("ann@example.com")
          .packages(List.of(WholesalePackagesSubscriber.WEBEX_CALLING))
          .provisioningParameters(new SubscriberProvisioningParameters().primaryPhoneNumber("+14085267209")));
      assertEquals("sub-1", subscriber.getId());

      List<String> lines = new ArrayList<>();
      for (Subscriber s : client.subscribers().list(SubscriberListParams.builder()
          .customerId(newCustomerId).status(SubscriberStatus.fromValue("error")).max(100).build())) {
        lines.add(s.getEmail() + " " + s.getStatus());
      }
      long provisioned = client.customers().list().stream()
          .filter(c -> CustomerStatus.PROVISIONED.equals(c.getStatus())).count();

      assertEquals(List.of("ann@example.com error"), lines);
      assertEquals(1, provisioned);
    }
    assertTrue(audit.contains("POST /v1/wholesale/customers 202 ROUTER_2"), audit.toString());
  }

  @Test
  void perRequestOptionsAsyncAndResumeRunAsDocumented() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/cust-1")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody("{\"id\":\"cust-1\",\"status\":\"provisioned\"}")));
    wm.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/v1/wholesale/customers?max=100"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json")
            .withHeader("Link", "<" + baseUrl() + "/wholesale/customers?max=100&offset=100>; rel=\"next\"")
            .withBody("{\"items\":[{\"id\":\"a\"}]}")));
    wm.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/v1/wholesale/customers?max=100&offset=100"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"items\":[{\"id\":\"b\"}]}")));
    String customerId = "cust-1";
    String subPartnerOrgId = "c3ViLXBhcnRuZXI=";
    List<String> statuses = new ArrayList<>();

    // README "Per-request options"
    RequestOptions options = RequestOptions.builder()
        .timeout(Duration.ofSeconds(20))
        .trackingId("acme-job-7731")
        .subPartnerOrgId(subPartnerOrgId)
        .retryPolicy(dev.webexwholesale.client.retry.RetryPolicy.none())
        .header("X-Acme-Order", "SO-1042")
        .build();
    Customer customer = client.customers().get(customerId, options);
    assertEquals("cust-1", customer.getId());

    // README "Async"
    client.customers().getAsync(customerId, options)
        .thenAccept(c -> statuses.add(String.valueOf(c.getStatus())))
        .exceptionally(e -> null)
        .join();
    assertEquals(List.of("provisioned"), statuses);
    assertTrue(requests().stream().allMatch(r -> "SO-1042".equals(r.getHeader("X-Acme-Order"))
        && "acme-job-7731".equals(r.getHeader("TrackingID"))
        && subPartnerOrgId.equals(r.queryParameter("onBehalfOfSubPartnerOrgId").firstValue())));

    // docs/client.md "Resume a list"
    Page<Customer> first = client.customers().listPage(CustomerListParams.builder().max(100).build());
    String resumeAt = first.nextUrl().orElse(null);
    Page<Customer> second = client.customers().page(resumeAt);
    List<String> rest = new ArrayList<>();
    for (Customer c : client.customers().listFrom(resumeAt, null)) {
      rest.add(c.getId());
    }
    assertEquals("b", second.items().get(0).getId());
    assertEquals(List.of("b"), rest);
  }
}
