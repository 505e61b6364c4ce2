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
public final class BillingReportsResource extends BillingReportsDownloads {
  private final BillingReportsApi api;
  private final CallRunner calls;
  private final ResourcePolling waits;

  BillingReportsResource(BillingReportsApi api, CallRunner calls, ResourcePolling waits) {
    super(calls);
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
  public ReportId create(CreateBillingReportRequest request) {
    return create(request, (RequestOptions) null);
  }

  /**
   * Create a Wholesale Billing Report. With this call's own options.
   *
   * @param request the request body.
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return the answer
   */
  public ReportId create(CreateBillingReportRequest request, RequestOptions options) {
    Require.request(request, "request");
    RequestChecks.checkCreateBillingReportRequest(request, "create billing report", "");
    return calls.executeWithBody(api.createBillingReport(request), options).body();
  }

  /**
   * {@link #create} without blocking; the input is checked at once.
   *
   * @param request the request body.
   * @return the answer, or the typed failure
   */
  public CompletableFuture<ReportId> createAsync(CreateBillingReportRequest request) {
    return createAsync(request, (RequestOptions) null);
  }

  /**
   * {@link #create} with this call's own options, without blocking.
   *
   * @param request the request body.
   * @param options this call's options (null: none)
   * @return the answer, or the typed failure
   */
  public CompletableFuture<ReportId> createAsync(CreateBillingReportRequest request, RequestOptions options) {
    Require.request(request, "request");
    RequestChecks.checkCreateBillingReportRequest(request, "create billing report", "");
    return calls.executeWithBodyAsync(api.createBillingReport(request), options);
  }

  /**
   * {@link #create}, then {@link #awaitCompleted(String, WaitOptions)}: the request is sent once.
   *
   * @param request the request body.
   * @return how the wait ended
   */
  public WaitOutcome<Report> createAndWait(CreateBillingReportRequest request) {
    return createAndWait(request, WaitOptions.defaults());
  }

  /**
   * {@link #create}, then {@link #awaitCompleted(String, WaitOptions)} with these options.
   *
   * @param request the request body.
   * @param waitOptions the wait's settings, listener and grace
   * @return how the wait ended
   */
  public WaitOutcome<Report> createAndWait(CreateBillingReportRequest request, WaitOptions waitOptions) {
    WaitOptions o = WaitOptions.orDefaults(waitOptions);
    String id = ResourcePolling.answeredId(create(request).getId());
    return awaitCompleted(id, o);
  }

  /**
   * {@link #createAndWait(CreateBillingReportRequest, WaitOptions)} without blocking;
   * cancelling the future cancels the step running.
   *
   * @param request the request body.
   * @return how the wait ended, or the typed failure
   */
  public CompletableFuture<WaitOutcome<Report>> createAndWaitAsync(CreateBillingReportRequest request) {
    return createAndWaitAsync(request, WaitOptions.defaults());
  }

  /**
   * {@link #createAndWait(CreateBillingReportRequest, WaitOptions)} without blocking;
   * cancelling the future cancels the step running.
   *
   * @param request the request body.
   * @param waitOptions the wait's settings, listener and grace
   * @return how the wait ended, or the typed failure
   */
  public CompletableFuture<WaitOutcome<Report>> createAndWaitAsync(CreateBillingReportRequest request, WaitOptions waitOptions) {
    WaitOptions o = WaitOptions.orDefaults(waitOptions);
    return AsyncSteps.then(createAsync(request),
        answer -> awaitCompletedAsync(ResourcePolling.answeredId(answer.getId()), o));
  }

  /**
   * Delete a Wholesale Billing Report.
   *
   * @param id The report's {@code id}.
   */
  public void delete(String id) {
    delete(id, (RequestOptions) null);
  }

  /**
   * Delete a Wholesale Billing Report. With this call's own options.
   *
   * @param id The report's {@code id}.
   * @param options this call's options, laid over the client's and the view's (null: none)
   */
  public void delete(String id, RequestOptions options) {
    Require.id(id, "id");
    calls.execute(api.deleteBillingReport(id), options);
  }

  /**
   * {@link #delete} without blocking; the input is checked at once.
   *
   * @param id The report's {@code id}.
   * @return the answer, or the typed failure
   */
  public CompletableFuture<Void> deleteAsync(String id) {
    return deleteAsync(id, (RequestOptions) null);
  }

  /**
   * {@link #delete} with this call's own options, without blocking.
   *
   * @param id The report's {@code id}.
   * @param options this call's options (null: none)
   * @return the answer, or the typed failure
   */
  public CompletableFuture<Void> deleteAsync(String id, RequestOptions options) {
    Require.id(id, "id");
    return calls.executeAsync(api.deleteBillingReport(id), options, r -> null);
  }

  /**
   * Get a Wholesale Billing Report.
   *
   * @param id The report's {@code id}.
   * @return the answer
   */
  public Report get(String id) {
    return get(id, (RequestOptions) null);
  }

  /**
   * Get a Wholesale Billing Report. With this call's own options.
   *
   * @param id The report's {@code id}.
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return the answer
   */
  public Report get(String id, RequestOptions options) {
    Require.id(id, "id");
    return calls.executeWithBody(api.getBillingReport(id), options).body();
  }

  /**
   * {@link #get} without blocking; the input is checked at once.
   *
   * @param id The report's {@code id}.
   * @return the answer, or the typed failure
   */
  public CompletableFuture<Report> getAsync(String id) {
    return getAsync(id, (RequestOptions) null);
  }

  /**
   * {@link #get} with this call's own options, without blocking.
   *
   * @param id The report's {@code id}.
   * @param options this call's options (null: none)
   * @return the answer, or the typed failure
   */
  public CompletableFuture<Report> getAsync(String id, RequestOptions options) {
    Require.id(id, "id");
    return calls.executeWithBodyAsync(api.getBillingReport(id), options);
  }

  /**
   * List Wholesale Billing Reports. Every matching item, fetched page by page as the iteration advances.
   *
   * @param params filters, page size ({@code max}) and start ({@code offset})
   * @return the items, lazily
   */
  public PagedIterable<ListReport> list(BillingReportListParams params) {
    return list(params, null);
  }

  /**
   * As {@link #list(BillingReportListParams)}; every page is fetched with this call's options.
   *
   * @param params filters, page size and start
   * @param options the options of every page's call (null: none)
   * @return the items, lazily
   */
  public PagedIterable<ListReport> list(BillingReportListParams params, RequestOptions options) {
    Require.request(params, "params");
    return new PagedIterable<>(() -> listPage(params, options), url -> page(url, options));
  }

  /**
   * Every item, unfiltered.
   *
   * @return the items, lazily
   */
  public PagedIterable<ListReport> list() {
    return list(BillingReportListParams.none());
  }

  /**
   * The items from the page at {@code nextUrl} on: a restarted job resumes where it stopped.
   *
   * @param nextUrl a {@link Page#nextUrl()} of this client's origin
   * @param options the options of every page's call (null: none)
   * @return the items from that page on, lazily
   */
  public PagedIterable<ListReport> listFrom(String nextUrl, RequestOptions options) {
    return new PagedIterable<>(() -> page(nextUrl, options), url -> page(url, options));
  }

  /**
   * Only the first page (size and start set by {@code max}/{@code offset}) and its next link.
   *
   * @param params filters, page size and start
   * @return the page
   */
  public Page<ListReport> listPage(BillingReportListParams params) {
    return listPage(params, null);
  }

  /**
   * As {@link #listPage(BillingReportListParams)} with this call's own options.
   *
   * @param params filters, page size and start
   * @param options this call's options (null: none)
   * @return the page
   */
  public Page<ListReport> listPage(BillingReportListParams params, RequestOptions options) {
    Require.request(params, "params");
    return calls.firstPage(api.listBillingReports(params.billingStartDate(), params.billingEndDate(), params.type(), params.sortBy(), params.status(), params.max(), params.subPartnerOrgId()), WholesaleBillingReportsListResponse::getItems, options);
  }

  /**
   * {@link #listPage(BillingReportListParams)} without blocking.
   *
   * @param params filters, page size and start
   * @return the page, or the typed failure
   */
  public CompletableFuture<Page<ListReport>> listPageAsync(BillingReportListParams params) {
    return listPageAsync(params, null);
  }

  /**
   * {@link #listPage(BillingReportListParams, RequestOptions)} without blocking.
   *
   * @param params filters, page size and start
   * @param options this call's options (null: none)
   * @return the page, or the typed failure
   */
  public CompletableFuture<Page<ListReport>> listPageAsync(BillingReportListParams params,
      RequestOptions options) {
    Require.request(params, "params");
    return calls.firstPageAsync(api.listBillingReports(params.billingStartDate(), params.billingEndDate(), params.type(), params.sortBy(), params.status(), params.max(), params.subPartnerOrgId()), WholesaleBillingReportsListResponse::getItems, options);
  }

  /**
   * The page at a next link, so a stateless UI can fetch page N+1 from what page N returned.
   * The URL is followed as given (it carries the filters) and must be on the client's origin.
   *
   * @param nextUrl a {@link Page#nextUrl()}
   * @return the page
   * @throws dev.webexwholesale.client.errors.ForeignNextLinkException when the URL is on another
   *     origin (nothing is sent)
   */
  public Page<ListReport> page(String nextUrl) {
    return page(nextUrl, null);
  }

  /**
   * As {@link #page(String)} with this call's own options.
   *
   * @param nextUrl a {@link Page#nextUrl()}
   * @param options this call's options (null: none)
   * @return the page
   */
  public Page<ListReport> page(String nextUrl, RequestOptions options) {
    return calls.nextPage(nextUrl, listInvocation(), WholesaleBillingReportsListResponse.class, WholesaleBillingReportsListResponse::getItems, options);
  }

  /**
   * {@link #page(String)} without blocking; a foreign URL throws at once.
   *
   * @param nextUrl a {@link Page#nextUrl()}
   * @return the page, or the typed failure
   */
  public CompletableFuture<Page<ListReport>> pageAsync(String nextUrl) {
    return pageAsync(nextUrl, null);
  }

  /**
   * {@link #page(String, RequestOptions)} without blocking; a foreign URL throws at once.
   *
   * @param nextUrl a {@link Page#nextUrl()}
   * @param options this call's options (null: none)
   * @return the page, or the typed failure
   */
  public CompletableFuture<Page<ListReport>> pageAsync(String nextUrl, RequestOptions options) {
    return calls.nextPageAsync(nextUrl, listInvocation(), WholesaleBillingReportsListResponse.class, WholesaleBillingReportsListResponse::getItems, options);
  }

  /** The operation's Retrofit invocation: tells the interceptors what a next-page call is. */
  private Invocation listInvocation() {
    BillingReportListParams params = BillingReportListParams.none();
    return CallRunner.invocationOf(api.listBillingReports(null, null, null, null, null, null, null));
  }

  /**
   * Polls the report until the {@code completed} waiter declared in the spec ends the wait.
   * The report is generated: COMPLETED succeeds, FAILED fails (the outcome holds the report and its errors), IN_PROGRESS keeps waiting; a 404 (the report was deleted) fails. Use {@link WaitOutcome#orThrow()} to get the report or a typed exception.
   *
   * @param id the report's id
   * @return how the wait ended
   */
  public WaitOutcome<Report> awaitCompleted(String id) {
    return awaitCompleted(id, WaitOptions.defaults());
  }

  /**
   * As {@link #awaitCompleted(String)} with this wait's own settings, listener or grace.
   *
   * @param id the report's id
   * @param waitOptions the wait's options (null: the client's defaults)
   * @return how the wait ended
   */
  public WaitOutcome<Report> awaitCompleted(String id, WaitOptions waitOptions) {
    Require.id(id, "id");
    WaitOptions o = WaitOptions.orDefaults(waitOptions);
    return waits.await(completedWaiter(o), completedPoller(id), o);
  }

  /**
   * {@link #awaitCompleted(String)} without blocking: polls run on the client's scheduler;
   * cancelling the future stops the wait.
   *
   * @param id the report's id
   * @return how the wait ended
   */
  public CompletableFuture<WaitOutcome<Report>> awaitCompletedAsync(String id) {
    return awaitCompletedAsync(id, WaitOptions.defaults());
  }

  /**
   * {@link #awaitCompleted(String, WaitOptions)} without blocking.
   *
   * @param id the report's id
   * @param waitOptions the wait's options (null: the client's defaults)
   * @return how the wait ended
   */
  public CompletableFuture<WaitOutcome<Report>> awaitCompletedAsync(String id,
      WaitOptions waitOptions) {
    Require.id(id, "id");
    WaitOptions o = WaitOptions.orDefaults(waitOptions);
    return waits.awaitAsync(completedWaiter(o), completedPoller(id), o);
  }

  /** The declared acceptors, first match wins; a grace starts when the wait starts. */
  private Waiter<Report> completedWaiter(WaitOptions o) {
    WaitRules<Report> rules = waits.rules(o);
    return waits.waiter(waits.viewOf(Report.class), List.of(
        rules.path(v -> v.getStatus(), "COMPLETED", null, null, null, WaitState.SUCCESS, "status COMPLETED"),
        rules.path(v -> v.getStatus(), "FAILED", null, null, null, WaitState.FAILURE, "status FAILED"),
        rules.path(v -> v.getStatus(), "IN_PROGRESS", null, null, null, WaitState.RETRY, "status IN_PROGRESS"),
        rules.gone(null, WaitState.FAILURE, "the report was deleted")));
  }

  private dev.webexwholesale.client.waiter.Poller<Report> completedPoller(String id) {
    return waits.goneOn404(() -> api.getBillingReport(id));
  }
}
