package dev.webexwholesale.client;

import dev.webexwholesale.client.billing.BillingDownload;
import dev.webexwholesale.client.billing.BillingDownloadException;
import dev.webexwholesale.client.internal.billing.SignedUrlDownloader;
import dev.webexwholesale.model.Report;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The hand-written part of {@link BillingReportsResource} (declared by {@code x-webex-resources}
 * in openapi/overlays/51-billing.yaml): the download of a report's CSV from its signed URL, which
 * never carries the bearer token and renews an expired URL by reading the report again, once.
 * The generated subclass holds the four operations and the {@code completed} waiter.
 */
abstract class BillingReportsDownloads {
  private final CallRunner calls;

  BillingReportsDownloads(CallRunner calls) {
    this.calls = calls;
  }

  abstract Report get(String id);

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
   * Downloads a report already read (for example by {@code awaitCompleted}) to {@code target};
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
    return calls.downloader().toPath(source(report), target, calls.defaults().timeout().orElse(null));
  }

  /**
   * Reads the report and writes its CSV to {@code out} (not closed; on failure it may hold part of
   * the file: discard it).
   *
   * @param reportId the report's id; it must be {@code COMPLETED}
   * @param out where the bytes go
   * @return bytes written and whether the URL was renewed
   * @throws BillingDownloadException the download failed
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
   * @throws BillingDownloadException the download failed
   */
  public BillingDownload download(Report report, OutputStream out) {
    Objects.requireNonNull(out, "out");
    calls.refuseWhenClosed();
    return calls.downloader().toStream(source(report), out, calls.defaults().timeout().orElse(null));
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
}
