package dev.webexwholesale.client;

import dev.webexwholesale.api.BillingReportsApi;
import dev.webexwholesale.client.billing.BillingDownload;
import dev.webexwholesale.client.billing.BillingDownloadException;
import dev.webexwholesale.client.billing.BillingReportFailedException;
import dev.webexwholesale.client.internal.billing.SignedUrlDownloader;
import dev.webexwholesale.client.paging.Page;
import dev.webexwholesale.client.paging.PagedIterable;
import dev.webexwholesale.client.waiter.Poller;
import dev.webexwholesale.client.waiter.ProgressListener;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.waiter.Waiter;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.model.CreateBillingReportRequest;
import dev.webexwholesale.model.ListReport;
import dev.webexwholesale.model.Report;
import dev.webexwholesale.model.ReportId;
import dev.webexwholesale.model.WholesaleBillingReportsListResponse;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.Invocation;

/**
 * Wholesale billing reports (docs/billing.md): list, create, get and delete, the wait until a
 * report is generated, and the download of its CSV from the signed URL on Webex's content host.
 *
 * <p>The four operations are hand-written here until the generated surface provides them; the
 * wait ({@link #awaitCompleted}) is declared by
 * {@link dev.webexwholesale.client.billing.BillingReportAcceptors} and runs on the waiter engine;
 * the download follows the rules of docs/billing.md (no token on the file host, one renewal of an
 * expired URL, streamed to an owner-only temporary file moved into place).
 *
 * <p>Sub-partners: billing reports take {@code subPartnerOrgId} (list parameter, create body field),
 * never {@code onBehalfOfSubPartnerOrgId}; a view made by {@code onBehalfOf} adds nothing here.
 */
public final class BillingReportsResource {
  private final BillingReportsApi api;
  private final CallRunner calls;
  private final ResourcePolling polling;
  private final Waiter<Report> completed;
  private final SignedUrlDownloader downloader;

  BillingReportsResource(BillingReportsApi api, CallRunner calls, ResourcePolling polling, Waiter<Report> completed,
      SignedUrlDownloader downloader) {
    this.api = api;
    this.calls = calls;
    this.polling = polling;
    this.completed = completed;
    this.downloader = downloader;
  }

  // ---- list -------------------------------------------------------------------------------

  /**
   * All matching reports, fetched page by page as the iteration advances.
   *
   * @param params filters, order and page size
   * @return the reports, lazily
   */
  public PagedIterable<ListReport> list(BillingReportListParams params) {
    return list(params, null);
  }

  /**
   * As {@link #list(BillingReportListParams)}; every page is fetched with this call's options.
   *
   * @param params filters, order and page size
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return the reports, lazily
   */
  public PagedIterable<ListReport> list(BillingReportListParams params, RequestOptions options) {
    Require.request(params, "params");
    return new PagedIterable<>(() -> listPage(params, options), url -> page(url, options));
  }

  /**
   * The partner's own reports.
   *
   * @return the reports, lazily
   */
  public PagedIterable<ListReport> list() {
    return list(BillingReportListParams.none());
  }

  /**
   * Only the first page and its next link.
   *
   * @param params filters, order and page size
   * @return the page
   */
  public Page<ListReport> listPage(BillingReportListParams params) {
    return listPage(params, null);
  }

  /**
   * As {@link #listPage(BillingReportListParams)} with this call's own options.
   *
   * @param params filters, order and page size
   * @param options this call's options (null: none)
   * @return the page
   */
  public Page<ListReport> listPage(BillingReportListParams params, RequestOptions options) {
    Require.request(params, "params");
    return calls.firstPage(listCall(params), WholesaleBillingReportsListResponse::getItems, options);
  }

  /**
   * {@link #listPage(BillingReportListParams, RequestOptions)} without blocking.
   *
   * @param params filters, order and page size
   * @param options this call's options (null: none)
   * @return the page, or the typed failure
   */
  public CompletableFuture<Page<ListReport>> listPageAsync(BillingReportListParams params, RequestOptions options) {
    Require.request(params, "params");
    return calls.firstPageAsync(listCall(params), WholesaleBillingReportsListResponse::getItems, options);
  }

  /**
   * The page at a next link (on the client's origin only).
   *
   * @param nextUrl a {@link Page#nextUrl()}
   * @param options this call's options (null: none)
   * @return the page
   */
  public Page<ListReport> page(String nextUrl, RequestOptions options) {
    return calls.nextPage(nextUrl, listInvocation(), WholesaleBillingReportsListResponse.class,
        WholesaleBillingReportsListResponse::getItems, options);
  }

  // ---- create, get, delete ----------------------------------------------------------------

  /**
   * Asks Webex to generate a report; it starts {@code IN_PROGRESS} (see {@link #awaitCompleted}).
   *
   * @param request {@code billingStartDate} and {@code billingEndDate} ({@code YYYY-MM-DD}) are
   *     required; {@code type} (default PARTNER), {@code subPartnerOrgId}, {@code internal} optional
   * @return the new report's id, dates, type and category
   * @throws IllegalArgumentException a required field is missing (nothing is sent)
   */
  public ReportId create(CreateBillingReportRequest request) {
    return create(request, null);
  }

  /**
   * As {@link #create(CreateBillingReportRequest)} with this call's own options.
   *
   * @param request the report's period and options
   * @param options this call's options (null: none)
   * @return the new report's id
   */
  public ReportId create(CreateBillingReportRequest request, RequestOptions options) {
    checkCreate(request);
    return calls.executeWithBody(api.createBillingReport(request), options).body();
  }

  /**
   * {@link #create(CreateBillingReportRequest, RequestOptions)} without blocking.
   *
   * @param request the report's period and options
   * @param options this call's options (null: none)
   * @return the new report's id, or the typed failure
   */
  public CompletableFuture<ReportId> createAsync(CreateBillingReportRequest request,
      RequestOptions options) {
    checkCreate(request);
    return calls.executeWithBodyAsync(api.createBillingReport(request), options);
  }

  /**
   * One report: its status, and once {@code COMPLETED} a fresh {@code tempDownloadURL} (a secret:
   * prefer {@link #download(Report, Path)} to handling it yourself).
   *
   * @param id the report's id
   * @return the report
   */
  public Report get(String id) {
    return get(id, null);
  }

  /**
   * As {@link #get(String)} with this call's own options.
   *
   * @param id the report's id
   * @param options this call's options (null: none)
   * @return the report
   */
  public Report get(String id, RequestOptions options) {
    return calls.executeWithBody(api.getBillingReport(Require.id(id, "id")), options).body();
  }

  /**
   * {@link #get(String, RequestOptions)} without blocking.
   *
   * @param id the report's id
   * @param options this call's options (null: none)
   * @return the report, or the typed failure
   */
  public CompletableFuture<Report> getAsync(String id, RequestOptions options) {
    return calls.executeWithBodyAsync(api.getBillingReport(Require.id(id, "id")), options);
  }

  /**
   * Deletes a report (204). A DELETE replayed after a lost answer that then finds 404 is the
   * deletion's success.
   *
   * @param id the report's id
   */
  public void delete(String id) {
    delete(id, null);
  }

  /**
   * As {@link #delete(String)} with this call's own options.
   *
   * @param id the report's id
   * @param options this call's options (null: none)
   */
  public void delete(String id, RequestOptions options) {
    calls.execute(api.deleteBillingReport(Require.id(id, "id")), options);
  }

  /**
   * {@link #delete(String, RequestOptions)} without blocking.
   *
   * @param id the report's id
   * @param options this call's options (null: none)
   * @return completes when deleted, or with the typed failure
   */
  public CompletableFuture<Void> deleteAsync(String id, RequestOptions options) {
    return calls.executeAsync(api.deleteBillingReport(Require.id(id, "id")), options, r -> null);
  }

  // ---- waiting ----------------------------------------------------------------------------

  /**
   * Waits until the report is {@code COMPLETED}, with the client's wait settings.
   *
   * @param id the report's id
   * @return the completed report (with its {@code tempDownloadURL})
   * @throws BillingReportFailedException the report ended {@code FAILED} (its errors attached) or was deleted
   * @throws dev.webexwholesale.client.waiter.WaitTimeoutException the wait ran out while it was in progress
   * @throws dev.webexwholesale.client.waiter.WaitInterruptedException the thread was interrupted
   */
  public Report awaitCompleted(String id) {
    return awaitCompleted(id, null, null);
  }

  /**
   * As {@link #awaitCompleted(String)}; null config or listener means the client's defaults.
   *
   * @param id the report's id
   * @param config this wait's configuration (maximum time, backoff), or null
   * @param listener told about each poll, or null
   * @return the completed report
   */
  public Report awaitCompleted(String id, WaiterConfig config, ProgressListener listener) {
    return completedOrThrow(completed.await(poller(Require.id(id, "id")), config, listener));
  }

  /**
   * {@link #awaitCompleted(String, WaiterConfig, ProgressListener)} without blocking: the polls
   * run on the client's scheduler and hold no thread in between.
   *
   * @param id the report's id
   * @param config this wait's configuration, or null
   * @param listener told about each poll, or null
   * @return the completed report, or the typed failure
   */
  public CompletableFuture<Report> awaitCompletedAsync(String id, WaiterConfig config, ProgressListener listener) {
    return completed.awaitAsync(poller(Require.id(id, "id")), config, listener, null)
        .thenApply(BillingReportsResource::completedOrThrow);
  }

  /**
   * Creates the report (the POST is sent once), then waits as {@link #awaitCompleted(String)}.
   *
   * @param request the report's period and options
   * @return the completed report
   */
  public Report createAndWait(CreateBillingReportRequest request) {
    return createAndWait(request, null, null);
  }

  /**
   * As {@link #createAndWait(CreateBillingReportRequest)} with this wait's settings.
   *
   * @param request the report's period and options
   * @param config this wait's configuration, or null
   * @param listener told about each poll, or null
   * @return the completed report
   */
  public Report createAndWait(CreateBillingReportRequest request, WaiterConfig config,
      ProgressListener listener) {
    ReportId created = create(request);
    if (created.getId() == null || created.getId().isBlank()) {
      throw new dev.webexwholesale.client.errors.WholesaleException(
          "Create a Wholesale Billing Report answered without an id: the report cannot be awaited");
    }
    return awaitCompleted(created.getId(), config, listener);
  }

  private Poller<Report> poller(String id) {
    return polling.goneOn404(() -> api.getBillingReport(id));
  }

  private static Report completedOrThrow(WaitOutcome<Report> outcome) {
    if (outcome.kind() == WaitOutcome.Kind.FAILED) {
      List<dev.webexwholesale.model.ReportError> errors = outcome.resource().map(Report::getErrors).orElse(null);
      throw new BillingReportFailedException(outcome, errors);
    }
    return outcome.orThrow();
  }

  // ---- download ---------------------------------------------------------------------------

  /**
   * Reads the report and downloads its CSV to {@code target} (replaced atomically when complete;
   * owner-only). See docs/billing.md for the rules.
   *
   * @param reportId the report's id; it must be {@code COMPLETED}
   * @param target the file to write; its folder must exist
   * @return bytes written and whether the URL was renewed
   * @throws BillingDownloadException the download failed (no file under {@code target}'s name
   *     was created or changed)
   */
  public BillingDownload download(String reportId, Path target) {
    Objects.requireNonNull(target, "target");
    return download(get(reportId), target);
  }

  /**
   * Downloads a report already read (for example by {@link #awaitCompleted}) to {@code target};
   * an expired URL is renewed by reading the report again, once.
   *
   * @param report a {@code COMPLETED} report with its {@code tempDownloadURL}
   * @param target the file to write; its folder must exist
   * @return bytes written and whether the URL was renewed
   * @throws BillingDownloadException the download failed (no file under {@code target}'s name
   *     was created or changed)
   */
  public BillingDownload download(Report report, Path target) {
    Objects.requireNonNull(target, "target");
    calls.refuseWhenClosed();
    return downloader.toPath(source(report), target, calls.defaults().timeout().orElse(null));
  }

  /**
   * Reads the report and writes its CSV to {@code out} (not closed; on failure it may hold part of
   * the file: discard it).
   *
   * @param reportId the report's id; it must be {@code COMPLETED}
   * @param out where the bytes go
   * @return bytes written and whether the URL was renewed
   */
  public BillingDownload download(String reportId, OutputStream out) {
    Objects.requireNonNull(out, "out");
    return download(get(reportId), out);
  }

  /**
   * Writes the CSV of a report already read to {@code out} (not closed).
   *
   * @param report a {@code COMPLETED} report with its {@code tempDownloadURL}
   * @param out where the bytes go
   * @return bytes written and whether the URL was renewed
   */
  public BillingDownload download(Report report, OutputStream out) {
    Objects.requireNonNull(out, "out");
    calls.refuseWhenClosed();
    return downloader.toStream(source(report), out, calls.defaults().timeout().orElse(null));
  }

  private SignedUrlDownloader.UrlSource source(Report report) {
    String url = readyUrl(Objects.requireNonNull(report, "report"));
    String id = report.getId();
    return new SignedUrlDownloader.UrlSource() {
      @Override
      public String current() {
        return url;
      }

      @Override
      public String renew() {
        if (id == null) {
          throw new BillingDownloadException(BillingDownloadException.Reason.ACCESS_DENIED, 403, null,
              "billing report download: the URL expired and the report has no id to read it again", null);
        }
        return readyUrl(get(id));
      }
    };
  }

  /** The report's URL, or NOT_READY (nothing is fetched) when it has none. */
  private static String readyUrl(Report report) {
    String status = report.getStatus() == null ? null : report.getStatus().getValue();
    String url = report.getTempDownloadURL();
    if (!"COMPLETED".equals(status) || url == null || url.isBlank()) {
      throw new BillingDownloadException(BillingDownloadException.Reason.NOT_READY, 0, null, "billing report "
          + report.getId() + " is " + status + (url == null || url.isBlank() ? " with no download URL" : "")
          + ": nothing to download" + ("IN_PROGRESS".equals(status) ? " yet (wait with awaitCompleted)" : ""), null);
    }
    return url;
  }

  private static void checkCreate(CreateBillingReportRequest request) {
    Require.request(request, "request");
    Require.field(request.getBillingStartDate(), "Create a Wholesale Billing Report", "billingStartDate");
    Require.field(request.getBillingEndDate(), "Create a Wholesale Billing Report", "billingEndDate");
  }

  /** The list operation's Retrofit invocation: tells the interceptors what a next-page call is. */
  private Invocation listInvocation() {
    return CallRunner.invocationOf(listCall(BillingReportListParams.none()));
  }

  private Call<WholesaleBillingReportsListResponse> listCall(BillingReportListParams p) {
    return api.listBillingReports(p.billingStartDate(), p.billingEndDate(), p.type(), p.sortBy(), p.status(),
        p.max(), p.subPartnerOrgId());
  }
}
