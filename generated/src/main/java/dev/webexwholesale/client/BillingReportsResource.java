/*
 * Generated from openapi/webex-wholesale.yaml by src/codegen with the templates in
 * openapi/templates/webex. Do not edit: change the spec or the templates and regenerate.
 */
package dev.webexwholesale.client;

import dev.webexwholesale.api.BillingReportsApi;
import dev.webexwholesale.client.paging.Page;
import dev.webexwholesale.client.paging.PagedIterable;
import dev.webexwholesale.client.waiter.WaitOptions;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.waiter.WaitState;
import dev.webexwholesale.client.waiter.Waiter;
import dev.webexwholesale.model.*;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.Invocation;

/**
 * The {@code billingReports} operations: {@code client.billingReports()}. Every method throws a
 * {@link dev.webexwholesale.client.errors.WholesaleException} subtype when the call fails and
 * {@link IllegalArgumentException} (before sending anything) when the input is incomplete; every
 * asynchronous twin completes with the same exception instead.
 */
@SuppressWarnings({"unused", "deprecation"})
public final class BillingReportsResource {
  private final BillingReportsApi api;
  private final CallRunner calls;
  private final ResourcePolling waits;

  BillingReportsResource(BillingReportsApi api, CallRunner calls, ResourcePolling waits) {
    this.api = api;
    this.calls = calls;
    this.waits = waits;
  }

  /**
   * Create a Wholesale Billing Report.
   *
   * @param request the request body.
   * @return the answer
   */
  public ReportId createBillingReport(CreateBillingReportRequest request) {
    return createBillingReport(request, (RequestOptions) null);
  }

  /**
   * Create a Wholesale Billing Report. With this call's own options.
   *
   * @param request the request body.
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return the answer
   */
  public ReportId createBillingReport(CreateBillingReportRequest request, RequestOptions options) {
    Require.request(request, "request");
    RequestChecks.checkCreateBillingReportRequest(request, "create billing report billing report", "");
    return calls.executeWithBody(api.createBillingReport(request), options).body();
  }

  /**
   * {@link #createBillingReport} without blocking; the input is checked at once.
   *
   * @param request the request body.
   * @return the answer, or the typed failure
   */
  public CompletableFuture<ReportId> createBillingReportAsync(CreateBillingReportRequest request) {
    return createBillingReportAsync(request, (RequestOptions) null);
  }

  /**
   * {@link #createBillingReport} with this call's own options, without blocking.
   *
   * @param request the request body.
   * @param options this call's options (null: none)
   * @return the answer, or the typed failure
   */
  public CompletableFuture<ReportId> createBillingReportAsync(CreateBillingReportRequest request, RequestOptions options) {
    Require.request(request, "request");
    RequestChecks.checkCreateBillingReportRequest(request, "create billing report billing report", "");
    return calls.executeWithBodyAsync(api.createBillingReport(request), options);
  }

  /**
   * Delete a Wholesale Billing Report.
   *
   * @param id The report's {@code id}.
   */
  public void deleteBillingReport(String id) {
    deleteBillingReport(id, (RequestOptions) null);
  }

  /**
   * Delete a Wholesale Billing Report. With this call's own options.
   *
   * @param id The report's {@code id}.
   * @param options this call's options, laid over the client's and the view's (null: none)
   */
  public void deleteBillingReport(String id, RequestOptions options) {
    Require.id(id, "id");
    calls.execute(api.deleteBillingReport(id), options);
  }

  /**
   * {@link #deleteBillingReport} without blocking; the input is checked at once.
   *
   * @param id The report's {@code id}.
   * @return the answer, or the typed failure
   */
  public CompletableFuture<Void> deleteBillingReportAsync(String id) {
    return deleteBillingReportAsync(id, (RequestOptions) null);
  }

  /**
   * {@link #deleteBillingReport} with this call's own options, without blocking.
   *
   * @param id The report's {@code id}.
   * @param options this call's options (null: none)
   * @return the answer, or the typed failure
   */
  public CompletableFuture<Void> deleteBillingReportAsync(String id, RequestOptions options) {
    Require.id(id, "id");
    return calls.executeAsync(api.deleteBillingReport(id), options, r -> null);
  }

  /**
   * Get a Wholesale Billing Report.
   *
   * @param id The report's {@code id}.
   * @return the answer
   */
  public Report getBillingReport(String id) {
    return getBillingReport(id, (RequestOptions) null);
  }

  /**
   * Get a Wholesale Billing Report. With this call's own options.
   *
   * @param id The report's {@code id}.
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return the answer
   */
  public Report getBillingReport(String id, RequestOptions options) {
    Require.id(id, "id");
    return calls.executeWithBody(api.getBillingReport(id), options).body();
  }

  /**
   * {@link #getBillingReport} without blocking; the input is checked at once.
   *
   * @param id The report's {@code id}.
   * @return the answer, or the typed failure
   */
  public CompletableFuture<Report> getBillingReportAsync(String id) {
    return getBillingReportAsync(id, (RequestOptions) null);
  }

  /**
   * {@link #getBillingReport} with this call's own options, without blocking.
   *
   * @param id The report's {@code id}.
   * @param options this call's options (null: none)
   * @return the answer, or the typed failure
   */
  public CompletableFuture<Report> getBillingReportAsync(String id, RequestOptions options) {
    Require.id(id, "id");
    return calls.executeWithBodyAsync(api.getBillingReport(id), options);
  }

  /**
   * List Wholesale Billing Reports.
   *
   * @return the answer
   */
  public WholesaleBillingReportsListResponse listBillingReports() {
    return listBillingReports(BillingReportListBillingReportsParams.none(), (RequestOptions) null);
  }

  /**
   * List Wholesale Billing Reports. With this call's own options.
   *
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return the answer
   */
  public WholesaleBillingReportsListResponse listBillingReports(RequestOptions options) {
    return listBillingReports(BillingReportListBillingReportsParams.none(), options);
  }

  /**
   * List Wholesale Billing Reports. With optional query parameters.
   *
   * @param params the optional query parameters
   * @return the answer
   */
  public WholesaleBillingReportsListResponse listBillingReports(BillingReportListBillingReportsParams params) {
    return listBillingReports(params, (RequestOptions) null);
  }

  /**
   * List Wholesale Billing Reports. With optional query parameters and this call's own options.
   *
   * @param params the optional query parameters
   * @param options this call's options (null: none)
   * @return the answer
   */
  public WholesaleBillingReportsListResponse listBillingReports(BillingReportListBillingReportsParams params, RequestOptions options) {
    Require.request(params, "params");
    return calls.executeWithBody(api.listBillingReports(params.billingStartDate(), params.billingEndDate(), params.type(), params.sortBy(), params.status(), params.max(), params.subPartnerOrgId()), options).body();
  }

  /**
   * {@link #listBillingReports} without blocking; the input is checked at once.
   *
   * @return the answer, or the typed failure
   */
  public CompletableFuture<WholesaleBillingReportsListResponse> listBillingReportsAsync() {
    return listBillingReportsAsync(BillingReportListBillingReportsParams.none(), (RequestOptions) null);
  }

  /**
   * {@link #listBillingReports} with this call's own options, without blocking.
   *
   * @param options this call's options (null: none)
   * @return the answer, or the typed failure
   */
  public CompletableFuture<WholesaleBillingReportsListResponse> listBillingReportsAsync(RequestOptions options) {
    return listBillingReportsAsync(BillingReportListBillingReportsParams.none(), options);
  }

  /**
   * {@link #listBillingReports} with optional query parameters, without blocking.
   *
   * @param params the optional query parameters
   * @return the answer, or the typed failure
   */
  public CompletableFuture<WholesaleBillingReportsListResponse> listBillingReportsAsync(BillingReportListBillingReportsParams params) {
    return listBillingReportsAsync(params, (RequestOptions) null);
  }

  /**
   * {@link #listBillingReports} with optional query parameters and this call's own options, without blocking.
   *
   * @param params the optional query parameters
   * @param options this call's options (null: none)
   * @return the answer, or the typed failure
   */
  public CompletableFuture<WholesaleBillingReportsListResponse> listBillingReportsAsync(BillingReportListBillingReportsParams params,
      RequestOptions options) {
    Require.request(params, "params");
    return calls.executeWithBodyAsync(api.listBillingReports(params.billingStartDate(), params.billingEndDate(), params.type(), params.sortBy(), params.status(), params.max(), params.subPartnerOrgId()), options);
  }
}
