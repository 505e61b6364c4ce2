/*
 * Webex Wholesale Provisioning API
 * Generated from openapi/webex-wholesale.yaml by openapi-generator with the templates in
 * openapi/templates. Do not edit: change the spec or the templates and regenerate.
 */

package dev.webexwholesale.api;

import retrofit2.Call;
import retrofit2.http.*;

import dev.webexwholesale.model.CreateBillingReportRequest;
import dev.webexwholesale.model.Report;
import dev.webexwholesale.model.ReportId;
import dev.webexwholesale.model.WebexError;
import dev.webexwholesale.model.WholesaleBillingReportsListResponse;

import java.util.List;

/**
 * Retrofit interface of the billingReports operations. Use it through
 * {@code client.billingReports()} (the generated resource in {@code dev.webexwholesale.client}),
 * which adds auth, sub-partner scope, retries and typed errors.
 */
public interface BillingReportsApi {
  /**
   * Create a Wholesale Billing Report
   * Asks Webex for a billing report of a period (&#x60;billingStartDate&#x60; to &#x60;billingEndDate&#x60;, both &#x60;YYYY-MM-DD&#x60;: any day of the last five years but today). The report is generated in the background: it is &#x60;IN_PROGRESS&#x60;, then &#x60;COMPLETED&#x60; with a &#x60;tempDownloadURL&#x60; or &#x60;FAILED&#x60; with &#x60;errors&#x60;; Get a Wholesale Billing Report follows it.
   * @param createBillingReportRequest  (required)
   * @return Call&lt;ReportId&gt;
   */
  @Headers({
    "Content-Type:application/json"
  })
  @POST("wholesale/billing/reports")
  Call<ReportId> createBillingReport(
    @retrofit2.http.Body CreateBillingReportRequest createBillingReportRequest
  );

  /**
   * Delete a Wholesale Billing Report
   * Deletes a billing report.
   * @param id The report&#39;s &#x60;id&#x60;. (required)
   * @return Call&lt;Void&gt;
   */
  @DELETE("wholesale/billing/reports/{id}")
  Call<Void> deleteBillingReport(
    @retrofit2.http.Path("id") String id
  );

  /**
   * Get a Wholesale Billing Report
   * Reads one billing report. A &#x60;COMPLETED&#x60; report carries &#x60;tempDownloadURL&#x60;, a signed and expiring link to the CSV file on another Webex host: the link is a secret and must never receive the Webex token. Reading the report again gives a fresh link.
   * @param id The report&#39;s &#x60;id&#x60;. (required)
   * @return Call&lt;Report&gt;
   */
  @GET("wholesale/billing/reports/{id}")
  Call<Report> getBillingReport(
    @retrofit2.http.Path("id") String id
  );

  /**
   * List Wholesale Billing Reports
   * Lists the partner&#39;s billing reports. The query parameters below filter and sort the list; &#x60;subPartnerOrgId&#x60; lists a sub-partner&#39;s reports (billing reports take it instead of &#x60;onBehalfOfSubPartnerOrgId&#x60;).
   * @param billingStartDate Filter: the first day of the billing period, &#x60;YYYY-MM-DD&#x60;. (optional)
   * @param billingEndDate Filter: the last day of the billing period, &#x60;YYYY-MM-DD&#x60;. (optional)
   * @param type Filter: whom the report details (&#x60;PARTNER&#x60;, &#x60;CUSTOMER&#x60; or &#x60;USER&#x60;). (optional)
   * @param sortBy The field the list is sorted by (default &#x60;billingStartDate&#x60;). (optional)
   * @param status Filter: the report&#39;s generation state. (optional)
   * @param max At most this many reports (default 100). (optional)
   * @param subPartnerOrgId Only the reports of this sub-partner of the partner. (optional)
   * @return Call&lt;WholesaleBillingReportsListResponse&gt;
   */
  @GET("wholesale/billing/reports")
  Call<WholesaleBillingReportsListResponse> listBillingReports(
    @retrofit2.http.Query("billingStartDate") String billingStartDate, @retrofit2.http.Query("billingEndDate") String billingEndDate, @retrofit2.http.Query("type") String type, @retrofit2.http.Query("sortBy") String sortBy, @retrofit2.http.Query("status") String status, @retrofit2.http.Query("max") Integer max, @retrofit2.http.Query("subPartnerOrgId") String subPartnerOrgId
  );

}
