/*
 * Webex Wholesale Provisioning API
 * Generated from openapi/webex-wholesale.yaml by openapi-generator with the templates in
 * openapi/templates. Do not edit: change the spec or the templates and regenerate.
 */

package dev.webexwholesale.api;

import retrofit2.Call;
import retrofit2.http.*;

import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerList;
import dev.webexwholesale.model.CustomerPrecheckRequest;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.CustomerStatus;
import dev.webexwholesale.model.CustomerUpdateRequest;
import dev.webexwholesale.model.ProvisioningPreCheckResponse;
import dev.webexwholesale.model.ResourceUrl;
import java.net.URI;
import dev.webexwholesale.model.WebexError;

import java.util.List;

/**
 * Retrofit interface of the customers operations. Use it through
 * {@code client.customers()} (the generated resource in {@code dev.webexwholesale.client}),
 * which adds auth, sub-partner scope, retries and typed errors.
 */
public interface CustomersApi {
  /**
   * Get a Wholesale Customer
   * This API will allow a Service Provider to retrieve details of a provisioned Wholesale customer on Cisco Webex.
   * @param customerId A unique identifier for the customer in question. (required)
   * @param onBehalfOfSubPartnerOrgId The encoded organization ID for the sub partner. (optional)
   * @param includePackageLicenseInfo When &#x60;true&#x60;, every provisioned package of &#x60;resourceDetails&#x60; lists its &#x60;licenseIds&#x60;. (optional)
   * @return Call&lt;Customer&gt;
   */
  @GET("wholesale/customers/{customerId}")
  Call<Customer> getCustomer(
    @retrofit2.http.Path("customerId") String customerId, @retrofit2.http.Query("onBehalfOfSubPartnerOrgId") String onBehalfOfSubPartnerOrgId, @retrofit2.http.Query("includePackageLicenseInfo") Boolean includePackageLicenseInfo
  );

  /**
   * List Wholesale Customers
   * Lists the partner&#39;s customers, a page at a time. The query parameters below filter the list and may be given together.
   * @param onBehalfOfSubPartnerOrgId The encoded organization ID for the sub partner. (optional)
   * @param externalId The external ID of the customer, as provided by the Service Provider. (optional)
   * @param orgId Only the customer whose Cisco Webex organization has this encoded ID. (optional)
   * @param status Only customers in one of these provisioning statuses. Repeat the parameter to give several. (optional)
   * @param offset Offset value for implementing pagination. (optional)
   * @param max The maximum number of items returned in the response. (optional)
   * @return Call&lt;CustomerList&gt;
   */
  @GET("wholesale/customers")
  Call<CustomerList> listCustomers(
    @retrofit2.http.Query("onBehalfOfSubPartnerOrgId") String onBehalfOfSubPartnerOrgId, @retrofit2.http.Query("externalId") String externalId, @retrofit2.http.Query("orgId") String orgId, @retrofit2.http.Query("status") List<CustomerStatus> status, @retrofit2.http.Query("offset") Integer offset, @retrofit2.http.Query("max") Integer max
  );

  /**
   * Precheck a Wholesale Customer Provisioning
   * Tells the partner&#39;s sales team whether provisioning this customer is likely to succeed, without provisioning anything. The billing &#x60;address&#x60; is required; every other field of the provisioning request may be supplied to check it too.
   * @param customerPrecheckRequest  (required)
   * @param onBehalfOfSubPartnerOrgId The encoded organization ID for the sub partner. (optional)
   * @return Call&lt;ProvisioningPreCheckResponse&gt;
   */
  @Headers({
    "Content-Type:application/json"
  })
  @POST("wholesale/customers/validate")
  Call<ProvisioningPreCheckResponse> precheckCustomer(
    @retrofit2.http.Body CustomerPrecheckRequest customerPrecheckRequest, @retrofit2.http.Query("onBehalfOfSubPartnerOrgId") String onBehalfOfSubPartnerOrgId
  );

  /**
   * Provision a Wholesale Customer
   * Provisions a customer for Webex Wholesale. Provisioning continues in the background after the request is accepted; poll the customer at the returned &#x60;url&#x60; until its &#x60;status&#x60; is terminal.
   * @param customerProvisionRequest  (required)
   * @param onBehalfOfSubPartnerOrgId The encoded organization ID for the sub partner. (optional)
   * @return Call&lt;ResourceUrl&gt;
   */
  @Headers({
    "Content-Type:application/json"
  })
  @POST("wholesale/customers")
  Call<ResourceUrl> provisionCustomer(
    @retrofit2.http.Body CustomerProvisionRequest customerProvisionRequest, @retrofit2.http.Query("onBehalfOfSubPartnerOrgId") String onBehalfOfSubPartnerOrgId
  );

  /**
   * Remove a Wholesale Customer
   * Removes the link between a Wholesale customer and its Cisco Webex organization. The removal is asynchronous (status &#x60;deleting&#x60;); once it completes, the customer answers 404.
   * @param customerId A unique identifier for the customer in question. (required)
   * @param onBehalfOfSubPartnerOrgId The encoded organization ID for the sub partner. (optional)
   * @return Call&lt;Void&gt;
   */
  @DELETE("wholesale/customers/{customerId}")
  Call<Void> removeCustomer(
    @retrofit2.http.Path("customerId") String customerId, @retrofit2.http.Query("onBehalfOfSubPartnerOrgId") String onBehalfOfSubPartnerOrgId
  );

  /**
   * Update a Wholesale Customer
   * Updates some details of a provisioned customer. The update continues in the background (status &#x60;updating&#x60;) after the request is accepted.
   * @param customerId A unique identifier for the customer in question. (required)
   * @param customerUpdateRequest  (required)
   * @param onBehalfOfSubPartnerOrgId The encoded organization ID for the sub partner. (optional)
   * @return Call&lt;ResourceUrl&gt;
   */
  @Headers({
    "Content-Type:application/json"
  })
  @PUT("wholesale/customers/{customerId}")
  Call<ResourceUrl> updateCustomer(
    @retrofit2.http.Path("customerId") String customerId, @retrofit2.http.Body CustomerUpdateRequest customerUpdateRequest, @retrofit2.http.Query("onBehalfOfSubPartnerOrgId") String onBehalfOfSubPartnerOrgId
  );

}
