/*
 * Webex Wholesale Provisioning API
 * Generated from openapi/webex-wholesale.yaml by openapi-generator with the templates in
 * openapi/templates. Do not edit: change the spec or the templates and regenerate.
 */

package dev.webexwholesale.api;

import retrofit2.Call;
import retrofit2.http.*;

import dev.webexwholesale.model.ProvisioningPreCheckResponse;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberList;
import dev.webexwholesale.model.SubscriberPrecheckRequest;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import dev.webexwholesale.model.SubscriberStatus;
import dev.webexwholesale.model.SubscriberUpdateRequest;
import java.net.URI;
import dev.webexwholesale.model.WebexError;

import java.util.List;

/**
 * Retrofit interface of the subscribers operations. Use it through
 * {@code client.subscribers()} (the generated resource in {@code dev.webexwholesale.client}),
 * which adds auth, sub-partner scope, retries and typed errors.
 */
public interface SubscribersApi {
  /**
   * Get a Wholesale Subscriber
   * Reads one provisioned Wholesale subscriber.
   * @param subscriberId The &#x60;id&#x60; Webex gave the subscriber. (required)
   * @param onBehalfOfSubPartnerOrgId The encoded organization ID for the sub partner. (optional)
   * @return Call&lt;Subscriber&gt;
   */
  @GET("wholesale/subscribers/{subscriberId}")
  Call<Subscriber> getSubscriber(
    @retrofit2.http.Path("subscriberId") String subscriberId, @retrofit2.http.Query("onBehalfOfSubPartnerOrgId") String onBehalfOfSubPartnerOrgId
  );

  /**
   * List Wholesale Subscribers
   * Lists the subscribers of the partner&#39;s customers, a page at a time. The query parameters below filter the list and may be given together.
   * @param onBehalfOfSubPartnerOrgId The encoded organization ID for the sub partner. (optional)
   * @param max At most this many subscribers in one page (Webex accepts up to 100). (optional)
   * @param offset Offset value for implementing pagination. (optional)
   * @param customerId The ID of the Wholesale customer. (optional)
   * @param personId Only the subscriber with this person ID (its ID in the /v1/people API). (optional)
   * @param externalCustomerId The external ID of the customer, as provided by the Service Provider. (optional)
   * @param email The email address of the subscriber. (optional)
   * @param status Only subscribers in this provisioning status. (optional)
   * @param after Only subscribers created later than this moment: epoch milliseconds (preferred) or an ISO-8601 date-time. (optional)
   * @param lastStatusChange Only include subscribers whose provisioning status changed after this date and time: epoch milliseconds (preferred) or an ISO-8601 date-time. (optional)
   * @param sortBy The attribute to sort by: &#x60;created&#x60; (the default) or &#x60;lastStatusChange&#x60;. (optional)
   * @param sortOrder Sort results in ascending (&#x60;ASC&#x60;) or descending (&#x60;DESC&#x60;) order. (optional)
   * @return Call&lt;SubscriberList&gt;
   */
  @GET("wholesale/subscribers")
  Call<SubscriberList> listSubscribers(
    @retrofit2.http.Query("onBehalfOfSubPartnerOrgId") String onBehalfOfSubPartnerOrgId, @retrofit2.http.Query("max") Integer max, @retrofit2.http.Query("offset") Integer offset, @retrofit2.http.Query("customerId") String customerId, @retrofit2.http.Query("personId") String personId, @retrofit2.http.Query("externalCustomerId") String externalCustomerId, @retrofit2.http.Query("email") String email, @retrofit2.http.Query("status") SubscriberStatus status, @retrofit2.http.Query("after") String after, @retrofit2.http.Query("lastStatusChange") String lastStatusChange, @retrofit2.http.Query("sortBy") String sortBy, @retrofit2.http.Query("sortOrder") String sortOrder
  );

  /**
   * Precheck a Wholesale Subscriber Provisioning
   * This API will allow the Partner sales team to verify likely success of provisioning a wholesale subscriber.  The Prerequisite for using this API is to have &#x60;wxc-wholesale&#x60; entitlement or &#x60;webex-wholesale-partner-testing&#x60; setting enabled for the Partner Organization. The Provisioning Precheck APIs supports three variants of Wholesale Subscriber Provisioning Precheck Requests. Please refer to &#x60;Using the Provisioning Precheck API&#x60; section in &#x60;Webex for Wholesale&#x60; guide for more information.  Either &#x60;packages&#x60; or &#x60;package&#x60; field is required but not both.
   * @param subscriberPrecheckRequest  (required)
   * @param onBehalfOfSubPartnerOrgId The encoded organization ID for the sub partner. (optional)
   * @return Call&lt;ProvisioningPreCheckResponse&gt;
   */
  @Headers({
    "Content-Type:application/json"
  })
  @POST("wholesale/subscribers/validate")
  Call<ProvisioningPreCheckResponse> precheckSubscriber(
    @retrofit2.http.Body SubscriberPrecheckRequest subscriberPrecheckRequest, @retrofit2.http.Query("onBehalfOfSubPartnerOrgId") String onBehalfOfSubPartnerOrgId
  );

  /**
   * Provision a Wholesale Subscriber
   * Provisions a subscriber for an existing Wholesale customer. Provisioning is synchronous: 200 answers the provisioned subscriber. When the email belongs to an active free Webex account, Webex answers 202 with status &#x60;pending_user_migration&#x60;: the person must consent to the move (see Send Consent User Move Email).  Either &#x60;packages&#x60; or &#x60;package&#x60; field is required but not both.
   * @param subscriberProvisionRequest  (required)
   * @param onBehalfOfSubPartnerOrgId The encoded organization ID for the sub partner. (optional)
   * @return Call&lt;Subscriber&gt;
   */
  @Headers({
    "Content-Type:application/json"
  })
  @POST("wholesale/subscribers")
  Call<Subscriber> provisionSubscriber(
    @retrofit2.http.Body SubscriberProvisionRequest subscriberProvisionRequest, @retrofit2.http.Query("onBehalfOfSubPartnerOrgId") String onBehalfOfSubPartnerOrgId
  );

  /**
   * Remove a Wholesale Subscriber
   * Removes a Wholesale subscriber.
   * @param subscriberId The &#x60;id&#x60; Webex gave the subscriber. (required)
   * @param onBehalfOfSubPartnerOrgId The encoded organization ID for the sub partner. (optional)
   * @return Call&lt;Void&gt;
   */
  @DELETE("wholesale/subscribers/{subscriberId}")
  Call<Void> removeSubscriber(
    @retrofit2.http.Path("subscriberId") String subscriberId, @retrofit2.http.Query("onBehalfOfSubPartnerOrgId") String onBehalfOfSubPartnerOrgId
  );

  /**
   * Send Consent User Move Email
   * Sends the person behind a subscriber in &#x60;pending_user_migration&#x60; (an active free Webex account) the email that asks them to consent to moving into the customer&#39;s organization. Only a subscriber in &#x60;pending_user_migration&#x60; can be sent this email. The request has no body.
   * @param subscriberId The &#x60;id&#x60; Webex gave the subscriber. (required)
   * @param onBehalfOfSubPartnerOrgId The encoded organization ID for the sub partner. (optional)
   * @return Call&lt;Void&gt;
   */
  @POST("subscribers/{subscriberId}/emails/consentMove")
  Call<Void> sendConsentEmail(
    @retrofit2.http.Path("subscriberId") String subscriberId, @retrofit2.http.Query("onBehalfOfSubPartnerOrgId") String onBehalfOfSubPartnerOrgId
  );

  /**
   * Update a Wholesale Subscriber
   * Updates some details of a Wholesale subscriber.  Either &#x60;packages&#x60; or &#x60;package&#x60; field is required but not both.
   * @param subscriberId The &#x60;id&#x60; Webex gave the subscriber. (required)
   * @param subscriberUpdateRequest  (required)
   * @param onBehalfOfSubPartnerOrgId The encoded organization ID for the sub partner. (optional)
   * @return Call&lt;Subscriber&gt;
   */
  @Headers({
    "Content-Type:application/json"
  })
  @PUT("wholesale/subscribers/{subscriberId}")
  Call<Subscriber> updateSubscriber(
    @retrofit2.http.Path("subscriberId") String subscriberId, @retrofit2.http.Body SubscriberUpdateRequest subscriberUpdateRequest, @retrofit2.http.Query("onBehalfOfSubPartnerOrgId") String onBehalfOfSubPartnerOrgId
  );

}
