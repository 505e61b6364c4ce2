package dev.webexwholesale.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The naming rules of issue 22, on the paths of Webex's official spec and on new ones. */
class NamesTest {
  private static final List<String> PATHS = List.of(
      "/wholesale/customers", "/wholesale/customers/validate", "/wholesale/customers/{customerId}",
      "/wholesale/subscribers", "/wholesale/subscribers/validate", "/wholesale/subscribers/{subscriberId}",
      "/subscribers/{subscriberId}/emails/consentMove", "/wholesale/subPartners",
      "/wholesale/billing/reports", "/wholesale/billing/reports/{id}");

  @Test
  void theGroupIsThePathsCollection() {
    assertEquals("customers", Names.group("/wholesale/customers", PATHS));
    assertEquals("customers", Names.group("/wholesale/customers/validate", PATHS));
    assertEquals("customers", Names.group("/wholesale/customers/{customerId}", PATHS));
    assertEquals("customers", Names.group("/wholesale/customers/{customerId}/usage", PATHS));
    assertEquals("subscribers", Names.group("/subscribers/{subscriberId}/emails/consentMove", PATHS));
    assertEquals("subPartners", Names.group("/wholesale/subPartners", PATHS));
    assertEquals("billingReports", Names.group("/wholesale/billing/reports", PATHS));
    assertEquals("billingReports", Names.group("/wholesale/billing/reports/{id}", PATHS));
    assertEquals("callQueues", Names.group("/wholesale/call-queues/{id}", PATHS));
  }

  @Test
  void theMethodIsTheOperationIdsWordsInLowerCamelCase() {
    assertEquals("getWholesaleCustomerUsage", Names.method("Get Wholesale Customer Usage"));
    assertEquals("listCustomers", Names.method("listCustomers"));
    assertEquals("sendConsentUserMoveEmail", Names.method("Send Consent User-Move email"));
  }

  @Test
  void classAndCommandNames() {
    assertEquals("Customer", Names.singularClass("customers"));
    assertEquals("BillingReport", Names.singularClass("billingReports"));
    assertEquals("sub partner", Names.singularWords("subPartners"));
    assertEquals("billing-reports", Names.kebab("billingReports"));
    assertEquals("get-wholesale-customer-usage", Names.kebab("getWholesaleCustomerUsage"));
  }
}
