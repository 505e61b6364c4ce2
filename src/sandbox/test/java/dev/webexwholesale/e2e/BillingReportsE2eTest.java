package dev.webexwholesale.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.BillingReportListParams;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.billing.BillingDownload;
import dev.webexwholesale.client.billing.BillingDownloadException;
import dev.webexwholesale.client.errors.NotFoundException;
import dev.webexwholesale.client.waiter.ProvisioningFailedException;
import dev.webexwholesale.client.waiter.WaitOptions;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.waiter.WaitTimeoutException;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.model.CreateBillingReportRequest;
import dev.webexwholesale.model.ListReport;
import dev.webexwholesale.model.Report;
import dev.webexwholesale.model.ReportError;
import dev.webexwholesale.model.ReportId;
import dev.webexwholesale.sandbox.BillingDownloadStats;
import dev.webexwholesale.sandbox.BillingReportFailure;
import dev.webexwholesale.sandbox.Operation;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import dev.webexwholesale.testing.FakeTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Billing reports through the library against the sandbox: create, wait, download byte for byte
 * from the second listener with no token, renewal of an expired URL, FAILED reports with their
 * errors, list/get/delete, and the sub-partner parameter.
 */
class BillingReportsE2eTest {
  /** The sandbox's clock, moved apart from the client's to expire URLs only on the file host. */
  private final FakeTime serverTime = new FakeTime();
  private final FakeTime clientTime = new FakeTime(serverTime.instant());
  private WholesaleSandbox sandbox;
  private WholesaleClient client;
  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    sandbox = WholesaleSandbox.builder().clock(serverTime).provisioningPolls(0).billingReportPolls(2)
        .subPartner(E2e.SUB_PARTNER).build().start();
    client = WholesaleClient.builder().baseUrl(sandbox.baseUrl()).accessToken(E2e.TOKEN).time(clientTime)
        .waiterConfig(E2e.FAST_WAITS).build();
    String acme = sandbox.createProvisionedCustomer("acme");
    sandbox.seedSubscribers(acme, 25);
    sandbox.seedSubscribers(sandbox.createProvisionedCustomer("globex", E2e.SUB_PARTNER), 3);
  }

  @AfterEach
  void stop() {
    client.close();
    sandbox.close();
  }

  private static CreateBillingReportRequest december(String type) {
    return new CreateBillingReportRequest().billingStartDate("2025-12-01").billingEndDate("2025-12-31")
        .type(type);
  }

  @Test
  void createWaitDownloadGivesTheSandboxCsvByteForByteAndTheFileHostSawNoToken() throws IOException {
    Report report = client.billingReports().createAndWait(december("USER")).orThrow();
    assertEquals("COMPLETED", report.getStatus().getValue());
    Path target = dir.resolve("december.csv");
    BillingDownload done = client.billingReports().download(report, target);
    byte[] expected = sandbox.billingReportCsv(report.getId());
    assertArrayEquals(expected, Files.readAllBytes(target));
    assertEquals(expected.length, done.bytes());
    assertFalse(done.renewed());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    assertEquals(1 + 25 + 3, new String(expected, java.nio.charset.StandardCharsets.UTF_8).split("\r\n").length,
        "a header and one row per subscriber, the partner's and the sub-partner's");
    BillingDownloadStats stats = sandbox.downloadStats();
    assertEquals(1, stats.served());
    assertEquals(0, stats.withAuthorization(), "the bearer token never goes to the file host");
    assertEquals(0, stats.withWebexHeaders());
    assertTrue(sandbox.stats().requests(Operation.GET_BILLING_REPORT) >= 3, "polled until COMPLETED");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    client.billingReports().download(report.getId(), out);
    assertArrayEquals(expected, out.toByteArray());
  }

  @Test
  void aUrlTheFileHostFindsExpiredIsRenewedOnceByReadingTheReportAgain() throws IOException {
    Report report = client.billingReports().createAndWait(december("PARTNER")).orThrow();
    long gets = sandbox.stats().requests(Operation.GET_BILLING_REPORT);
    serverTime.advance(Duration.ofHours(2)); // past the URL's 1 h lifetime on the host, not for the client
    Path target = dir.resolve("renewed.csv");
    BillingDownload done = client.billingReports().download(report, target);
    assertTrue(done.renewed());
    assertArrayEquals(sandbox.billingReportCsv(report.getId()), Files.readAllBytes(target));
    assertEquals(1, sandbox.downloadStats().expired());
    assertEquals(1, sandbox.downloadStats().served());
    assertEquals(gets + 1, sandbox.stats().requests(Operation.GET_BILLING_REPORT), "one renewal read");
  }

  @Test
  void anExpiresAlreadyPastIsRenewedBeforeAnythingGoesToTheFileHost() throws IOException {
    Report report = client.billingReports().createAndWait(december("CUSTOMER")).orThrow();
    sandbox.expireNextDownloadUrls(1);
    Report stale = client.billingReports().get(report.getId());
    long expires = Long.parseLong(HttpUrl.get(stale.getTempDownloadURL()).queryParameter("Expires"));
    assertTrue(expires < clientTime.now().getEpochSecond());
    BillingDownload done = client.billingReports().download(stale, dir.resolve("r.csv"));
    assertTrue(done.renewed());
    assertEquals(new BillingDownloadStats(1, 1, 0, 0, 0, 0, 0), sandbox.downloadStats());
  }

  @Test
  void aTamperedSignatureEndsInATypedErrorWithoutTheQueryAndNoFile() throws IOException {
    Report report = client.billingReports().createAndWait(december("PARTNER")).orThrow();
    HttpUrl url = HttpUrl.get(report.getTempDownloadURL());
    String original = url.queryParameter("Signature");
    String signature = (original.charAt(0) == 'A' ? "B" : "A") + original.substring(1); // differs, always
    report.setTempDownloadURL(url.newBuilder().setQueryParameter("Signature", signature).build().toString());
    // The renewal read hands out an expired URL: both attempts are refused.
    sandbox.expireNextDownloadUrls(1);
    Path target = dir.resolve("tampered.csv");
    BillingDownloadException e = assertThrows(BillingDownloadException.class,
        () -> client.billingReports().download(report, target));
    assertEquals(BillingDownloadException.Reason.ACCESS_DENIED, e.reason());
    assertEquals(403, e.statusCode());
    for (String secret : List.of("Signature", "Key-Pair-Id", "Expires", signature, url.queryParameter("Signature"))) {
      assertFalse(e.getMessage().contains(secret), e.getMessage());
      assertFalse(String.valueOf(e).contains(secret));
    }
    assertFalse(Files.exists(target));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "no temporary left either");
    }
    assertEquals(1, sandbox.downloadStats().refused());
    assertEquals(1, sandbox.downloadStats().expired());

    // Tampered alone: refused once, renewed, downloaded.
    report.setTempDownloadURL(url.newBuilder().setQueryParameter("Signature", signature).build().toString());
    assertTrue(client.billingReports().download(report, target).renewed());
    assertArrayEquals(sandbox.billingReportCsv(report.getId()), Files.readAllBytes(target));
  }

  @Test
  void aFailedReportSurfacesItsErrorsAndNothingIsDownloaded() {
    sandbox.failNextBillingReports(1, new BillingReportFailure(2100, "No usage data for the period."));
    WaitOutcome<Report> outcome = client.billingReports().createAndWait(december("PARTNER"));
    assertEquals(WaitOutcome.Kind.FAILED, outcome.kind(), outcome::describe);
    assertFalse(outcome.isGone());
    assertEquals("FAILED", outcome.status().orElseThrow());
    List<ReportError> errors = outcome.resource().orElseThrow().getErrors();
    assertEquals(1, errors.size());
    assertEquals(2100, errors.get(0).getCode().intValueExact());
    assertEquals("No usage data for the period.", errors.get(0).getDescription());
    assertThrows(ProvisioningFailedException.class, outcome::orThrow, "never a false success");
    String id = outcome.resourceId().orElseThrow();
    BillingDownloadException notReady = assertThrows(BillingDownloadException.class,
        () -> client.billingReports().download(id, dir.resolve("x.csv")));
    assertEquals(BillingDownloadException.Reason.NOT_READY, notReady.reason());
    assertEquals(0, sandbox.downloadStats().requests());
  }

  @Test
  void theAsyncWaitCompletesWithTheReportOrFailsWithItsErrors() throws Exception {
    String id = client.billingReports().create(december("PARTNER")).getId();
    assertEquals("COMPLETED", client.billingReports().awaitCompletedAsync(id)
        .get(30, java.util.concurrent.TimeUnit.SECONDS).orThrow().getStatus().getValue());
    sandbox.failNextBillingReports(1, new BillingReportFailure(2200, "Billing is down."));
    String failed = client.billingReports().create(december("PARTNER")).getId();
    WaitOutcome<Report> outcome = client.billingReports().awaitCompletedAsync(failed)
        .get(30, java.util.concurrent.TimeUnit.SECONDS);
    assertEquals(WaitOutcome.Kind.FAILED, outcome.kind(), outcome::describe);
    assertEquals("Billing is down.", outcome.resource().orElseThrow().getErrors().get(0).getDescription());
  }

  @Test
  void aReportStillInProgressWhenTheWaitRunsOutIsATimeoutNotASuccess() {
    ReportId id = client.billingReports().create(december("PARTNER"));
    WaiterConfig short1 = WaiterConfig.builder().backoff(E2e.FAST_WAITS.backoff()).maxTime(Duration.ofSeconds(1))
        .build();
    try (WholesaleSandbox slow = WholesaleSandbox.builder().clock(serverTime).billingReportPolls(100).build().start();
        WholesaleClient slowClient = WholesaleClient.builder().baseUrl(slow.baseUrl()).accessToken(E2e.TOKEN)
            .time(clientTime).build()) {
      String slowId = slowClient.billingReports().create(december("PARTNER")).getId();
      WaitOutcome<Report> timedOut = slowClient.billingReports().awaitCompleted(slowId, WaitOptions.of(short1, null));
      assertEquals(WaitOutcome.Kind.TIMED_OUT, timedOut.kind(), timedOut::describe);
      assertThrows(WaitTimeoutException.class, timedOut::orThrow);
    }
    assertEquals("COMPLETED", client.billingReports().awaitCompleted(id.getId()).orThrow().getStatus().getValue());
  }

  @Test
  void listGetDeleteAndSubPartnersSelectedBySubPartnerOrgIdOnly() {
    String own = client.billingReports().create(december("PARTNER")).getId();
    String sub = client.billingReports().create(december("CUSTOMER").subPartnerOrgId(E2e.SUB_PARTNER)).getId();
    client.billingReports().create(new CreateBillingReportRequest().billingStartDate("2025-11-01")
        .billingEndDate("2025-11-30"));
    List<String> ids = new ArrayList<>();
    for (ListReport r : client.billingReports().list(BillingReportListParams.builder().max(1).build())) {
      ids.add(r.getId());
    }
    assertEquals(2, ids.size(), "paged one by one, the partner's own reports");
    assertTrue(ids.contains(own));
    List<String> subs = new ArrayList<>();
    client.billingReports().list(BillingReportListParams.builder().subPartnerOrgId(E2e.SUB_PARTNER).build())
        .forEach(r -> subs.add(r.getId()));
    assertEquals(List.of(sub), subs);
    // The scoped view adds no onBehalfOfSubPartnerOrgId (the sandbox would answer 400 if it did).
    WholesaleClient scoped = client.onBehalfOf(E2e.SUB_PARTNER);
    List<String> viaView = new ArrayList<>();
    scoped.billingReports().list().forEach(r -> viaView.add(r.getId()));
    assertEquals(2, viaView.size(), "the view changes nothing for billing: the partner's own reports");
    assertEquals(sub, scoped.billingReports().get(sub).getId());

    assertEquals("2025-12-01", client.billingReports().get(own).getBillingStartDate());
    client.billingReports().delete(own);
    assertThrows(NotFoundException.class, () -> client.billingReports().get(own));
    assertThrows(IllegalArgumentException.class,
        () -> client.billingReports().create(new CreateBillingReportRequest().billingStartDate("2025-12-01")));
    assertEquals(3, sandbox.stats().requests(Operation.CREATE_BILLING_REPORT), "the invalid one was not sent");
  }
}
