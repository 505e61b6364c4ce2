package dev.webexwholesale.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.webexwholesale.api.BillingReportsApi;
import dev.webexwholesale.api.CustomersApi;
import dev.webexwholesale.api.SubPartnersApi;
import dev.webexwholesale.api.SubscribersApi;
import dev.webexwholesale.model.CreateBillingReportRequest;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerList;
import dev.webexwholesale.model.CustomerPrecheckRequest;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.CustomerUpdateRequest;
import dev.webexwholesale.model.ProvisioningPreCheckResponse;
import dev.webexwholesale.model.Report;
import dev.webexwholesale.model.ReportId;
import dev.webexwholesale.model.ResourceUrl;
import dev.webexwholesale.model.SubPartnerList;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberList;
import dev.webexwholesale.model.SubscriberPrecheckRequest;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import dev.webexwholesale.model.SubscriberUpdateRequest;
import dev.webexwholesale.model.WholesaleBillingReportsListResponse;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** Each of the 18 operations exists on its generated Retrofit interface with the right shape. */
class GeneratedApiShapeTest {
  private static final String SCOPE = "onBehalfOfSubPartnerOrgId";

  static Stream<Arguments> operations() {
    return Stream.of(
        op(CustomersApi.class, "listCustomers", "GET", "wholesale/customers", null, CustomerList.class, null,
            SCOPE, "externalId", "orgId", "status", "offset", "max"),
        op(CustomersApi.class, "provisionCustomer", "POST", "wholesale/customers", CustomerProvisionRequest.class, ResourceUrl.class, null, SCOPE),
        op(CustomersApi.class, "getCustomer", "GET", "wholesale/customers/{customerId}", null, Customer.class, "customerId", SCOPE,
            "includePackageLicenseInfo"),
        op(CustomersApi.class, "updateCustomer", "PUT", "wholesale/customers/{customerId}", CustomerUpdateRequest.class, ResourceUrl.class, "customerId", SCOPE),
        op(CustomersApi.class, "removeCustomer", "DELETE", "wholesale/customers/{customerId}", null, Void.class, "customerId", SCOPE),
        op(CustomersApi.class, "precheckCustomer", "POST", "wholesale/customers/validate", CustomerPrecheckRequest.class, ProvisioningPreCheckResponse.class, null, SCOPE),
        op(SubscribersApi.class, "listSubscribers", "GET", "wholesale/subscribers", null, SubscriberList.class, null,
            SCOPE, "max", "offset", "customerId", "personId", "externalCustomerId", "email", "status", "after",
            "lastStatusChange", "sortBy", "sortOrder"),
        op(SubscribersApi.class, "provisionSubscriber", "POST", "wholesale/subscribers", SubscriberProvisionRequest.class, Subscriber.class, null, SCOPE),
        op(SubscribersApi.class, "getSubscriber", "GET", "wholesale/subscribers/{subscriberId}", null, Subscriber.class, "subscriberId", SCOPE),
        op(SubscribersApi.class, "updateSubscriber", "PUT", "wholesale/subscribers/{subscriberId}", SubscriberUpdateRequest.class, Subscriber.class, "subscriberId", SCOPE),
        op(SubscribersApi.class, "removeSubscriber", "DELETE", "wholesale/subscribers/{subscriberId}", null, Void.class, "subscriberId", SCOPE),
        op(SubscribersApi.class, "sendConsentEmail", "POST", "subscribers/{subscriberId}/emails/consentMove", null, Void.class, "subscriberId", SCOPE),
        op(SubscribersApi.class, "precheckSubscriber", "POST", "wholesale/subscribers/validate", SubscriberPrecheckRequest.class, ProvisioningPreCheckResponse.class, null, SCOPE),
        op(SubPartnersApi.class, "listSubPartners", "GET", "wholesale/subPartners", null, SubPartnerList.class, null,
            "provisioningState", "offset", "max"),
        // Billing reports: subPartnerOrgId, never onBehalfOfSubPartnerOrgId.
        op(BillingReportsApi.class, "listBillingReports", "GET", "wholesale/billing/reports", null,
            WholesaleBillingReportsListResponse.class, null, "billingStartDate", "billingEndDate", "type", "sortBy", "status",
            "max", "subPartnerOrgId"),
        op(BillingReportsApi.class, "createBillingReport", "POST", "wholesale/billing/reports", CreateBillingReportRequest.class,
            ReportId.class, null),
        op(BillingReportsApi.class, "getBillingReport", "GET", "wholesale/billing/reports/{id}", null, Report.class, "id"),
        op(BillingReportsApi.class, "deleteBillingReport", "DELETE", "wholesale/billing/reports/{id}", null, Void.class, "id"));
  }

  private static Arguments op(Class<?> api, String name, String method, String path, Class<?> body, Class<?> returns,
      String pathParam, String... query) {
    return Arguments.of(api, name, method, path, body, returns, pathParam, List.of(query));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("operations")
  void operationHasTheSpecShape(Class<?> api, String name, String httpMethod, String path, Class<?> body,
      Class<?> returns, String pathParam, List<String> query) {
    Method m = Arrays.stream(api.getMethods()).filter(x -> x.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(api.getSimpleName() + " has no " + name));

    assertEquals(httpMethod + " " + path, route(m));
    assertEquals(retrofit2.Call.class, m.getReturnType());
    assertEquals(returns, ((ParameterizedType) m.getGenericReturnType()).getActualTypeArguments()[0]);

    List<Class<?>> bodies = new ArrayList<>();
    Set<String> queries = new TreeSet<>();
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < m.getParameterCount(); i++) {
      for (Annotation a : m.getParameterAnnotations()[i]) {
        if (a instanceof Body) {
          bodies.add(m.getParameterTypes()[i]);
        } else if (a instanceof Query) {
          queries.add(((Query) a).value());
        } else if (a instanceof Path) {
          paths.add(((Path) a).value());
          assertEquals(false, ((Path) a).encoded(), "path parameters must be percent-encoded by Retrofit");
        }
      }
    }
    assertEquals(body == null ? List.of() : List.of(body), bodies);
    assertEquals(new TreeSet<>(query), queries);
    assertEquals(pathParam == null ? List.of() : List.of(pathParam), paths);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void interfacesCarryOnlyTheSpecOperations(Class<?> api, int count) {
    assertEquals(count, api.getDeclaredMethods().length);
  }

  static Stream<Arguments> apis() {
    return Stream.of(Arguments.of(CustomersApi.class, 6), Arguments.of(SubscribersApi.class, 7), Arguments.of(SubPartnersApi.class, 1),
        Arguments.of(BillingReportsApi.class, 4));
  }

  private static String route(Method m) {
    GET get = m.getAnnotation(GET.class);
    POST post = m.getAnnotation(POST.class);
    PUT put = m.getAnnotation(PUT.class);
    DELETE delete = m.getAnnotation(DELETE.class);
    assertNotNull(get != null ? get : post != null ? post : put != null ? put : delete, m + " has no HTTP method");
    return get != null ? "GET " + get.value() : post != null ? "POST " + post.value()
        : put != null ? "PUT " + put.value() : "DELETE " + delete.value();
  }
}
