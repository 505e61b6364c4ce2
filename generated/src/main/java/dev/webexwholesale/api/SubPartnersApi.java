/*
 * Webex Wholesale Provisioning API
 * Generated from openapi/webex-wholesale.yaml by openapi-generator with the templates in
 * openapi/templates. Do not edit: change the spec or the templates and regenerate.
 */

package dev.webexwholesale.api;

import retrofit2.Call;
import retrofit2.http.*;

import dev.webexwholesale.model.SubPartnerList;
import dev.webexwholesale.model.SubPartnerProvisioningState;
import dev.webexwholesale.model.WebexError;

import java.util.List;

/**
 * Retrofit interface of the subPartners operations. Use it through
 * {@code client.subPartners()} (the generated resource in {@code dev.webexwholesale.client}),
 * which adds auth, sub-partner scope, retries and typed errors.
 */
public interface SubPartnersApi {
  /**
   * List Wholesale Sub-partners
   * Lists the sub-partners the partner manages, optionally filtered by provisioning state.
   * @param provisioningState The provisioning state of the sub-partner. (optional)
   * @param offset Offset value for implementing pagination. (optional)
   * @param max The maximum number of items returned in the response. (optional)
   * @return Call&lt;SubPartnerList&gt;
   */
  @GET("wholesale/subPartners")
  Call<SubPartnerList> listSubPartners(
    @retrofit2.http.Query("provisioningState") SubPartnerProvisioningState provisioningState, @retrofit2.http.Query("offset") Integer offset, @retrofit2.http.Query("max") Integer max
  );

}
