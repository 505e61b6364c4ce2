package dev.webexwholesale.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.webexwholesale.testing.FakeTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * Billing reports in the sandbox: the documented life cycle, the CSV per type, the second
 * listener's signed and expiring URLs, failure rules and the download counters.
 */
class BillingReportsSandboxTest {
  private static final String BODY = "{\"billingStartDate\":\"2025-12-01\",\"billingEndDate\":\"2025-12-31\"}";

  private static WholesaleSandbox.Builder base(FakeTime time) {
    return WholesaleSandbox.builder().clock(time).provisioningPolls(0).billingReportPolls(1).subPartner("SP-1");
  }

  /** A raw download: no client layer, no token, as the library's downloader must send it. */
  private static Download download(String url, String authorization) throws IOException {
    Request.Builder request = new Request.Builder().url(url);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try (Response response = SandboxHttp.CLIENT.newCall(request.build()).execute()) {
      return new Download(response.code(), response.header("Content-Type"), response.body().bytes());
    }
  }

  private record Download(int status, String contentType, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  @Test
  void aReportIsInProgressThenCompletedWithASignedUrlOnAnotherOriginServingItsCsv() throws IOException {
    FakeTime time = new FakeTime();
    try (WholesaleSandbox sandbox = base(time).build().start()) {
      SandboxHttp http = new SandboxHttp(sandbox.baseUrl());
      String acme = sandbox.createProvisionedCustomer("acme, inc");
      sandbox.seedSubscribers(acme, 2);
      SandboxHttp.Exchange created = http.post("/wholesale/billing/reports",
          "{\"billingStartDate\":\"2025-12-01\",\"billingEndDate\":\"2025-12-31\",\"type\":\"CUSTOMER\"}");
      assertEquals(200, created.status());
      JsonObject id = created.json();
      assertEquals("CUSTOMER", id.get("type").getAsString());
      assertEquals("RECONCILIATION", id.get("category").getAsString());
      String reportId = id.get("id").getAsString();

      JsonObject first = http.get("/wholesale/billing/reports/" + reportId).json();
      assertEquals("IN_PROGRESS", first.get("status").getAsString());
      assertFalse(first.has("tempDownloadURL"));
      JsonObject done = http.get("/wholesale/billing/reports/" + reportId).json();
      assertEquals("COMPLETED", done.get("status").getAsString());
      String url = done.get("tempDownloadURL").getAsString();
      HttpUrl parsed = HttpUrl.get(url);
      assertEquals(sandbox.downloadOrigin(), "http://" + parsed.host() + ":" + parsed.port());
      assertTrue(parsed.port() != HttpUrl.get(sandbox.baseUrl()).port(), "another origin than the API");
      assertTrue(parsed.queryParameter("Signature") != null && parsed.queryParameter("Key-Pair-Id") != null);
      assertEquals(time.instant().plus(Duration.ofHours(1)).getEpochSecond(),
          Long.parseLong(parsed.queryParameter("Expires")));

      Download file = download(url, null);
      assertEquals(200, file.status());
      assertTrue(file.contentType().startsWith("text/csv"));
      assertArrayEquals(sandbox.billingReportCsv(reportId), file.body());
      String[] lines = file.text().split("\r\n");
      assertEquals(BillingReportOperations.header("CUSTOMER"), lines[0]);
      assertTrue(lines[1].startsWith("2025-12-01,2025-12-31,," + acme + ","), lines[1]);
      assertTrue(lines[1].contains(",\"acme, inc\",webex_calling,provisioned,2"), lines[1]);
      assertEquals(2, lines.length);
      assertEquals(new BillingDownloadStats(1, 1, 0, 0, 0, 0, 0), sandbox.downloadStats());
    }
  }

  @Test
  void eachTypeHasItsOwnRowsAndTheCsvIsDeterministic() {
    FakeTime time = new FakeTime();
    try (WholesaleSandbox one = base(time).billingReportPolls(0).build().start();
        WholesaleSandbox two = base(time).billingReportPolls(0).build().start()) {
      List<String> csvs = new ArrayList<>();
      for (WholesaleSandbox sandbox : List.of(one, two)) {
        String a = sandbox.createProvisionedCustomer("a");
        String b = sandbox.createProvisionedCustomer("b", "SP-1");
        sandbox.seedSubscribers(a, 3);
        sandbox.seedSubscribers(b, 1);
        SandboxHttp http = new SandboxHttp(sandbox.baseUrl());
        for (String type : List.of("PARTNER", "CUSTOMER", "USER")) {
          String id = http.post("/wholesale/billing/reports", "{\"billingStartDate\":\"2025-12-01\","
              + "\"billingEndDate\":\"2025-12-31\",\"type\":\"" + type + "\"}").json().get("id").getAsString();
          csvs.add(new String(sandbox.billingReportCsv(id), StandardCharsets.UTF_8)
              .replace(a, "A").replace(b, "B").replaceAll("seed\\d+@", "seed@")
              .replaceAll("Y2lz[A-Za-z0-9_-]+", "ID"));
        }
        String sub = http.post("/wholesale/billing/reports", "{\"billingStartDate\":\"2025-12-01\","
            + "\"billingEndDate\":\"2025-12-31\",\"subPartnerOrgId\":\"SP-1\"}").json().get("id").getAsString();
        assertEquals(BillingReportOperations.header("PARTNER") + "\r\n2025-12-01,2025-12-31,SP-1,webex_calling,1,1\r\n",
            new String(sandbox.billingReportCsv(sub), StandardCharsets.UTF_8));
      }
      assertEquals(csvs.subList(0, 3), csvs.subList(3, 6), "same state, same CSV");
      assertEquals(BillingReportOperations.header("PARTNER") + "\r\n2025-12-01,2025-12-31,,webex_calling,1,3\r\n"
          + "2025-12-01,2025-12-31,SP-1,webex_calling,1,1\r\n", csvs.get(0));
      assertEquals(3, csvs.get(1).split("\r\n").length);
      assertEquals(5, csvs.get(2).split("\r\n").length, "a header and one row per subscriber");
    }
  }

  @Test
  void urlsExpireWithTheClockAndTamperingIsRefusedWithACdnStyleBody() throws IOException {
    FakeTime time = new FakeTime();
    try (WholesaleSandbox sandbox = base(time).billingReportPolls(0).downloadUrlLifetime(Duration.ofMinutes(5))
        .build().start()) {
      SandboxHttp http = new SandboxHttp(sandbox.baseUrl());
      String id = http.post("/wholesale/billing/reports", BODY).json().get("id").getAsString();
      String url = http.get("/wholesale/billing/reports/" + id).json().get("tempDownloadURL").getAsString();
      HttpUrl parsed = HttpUrl.get(url);
      String tampered = parsed.newBuilder().setQueryParameter("Expires",
          Long.toString(Long.parseLong(parsed.queryParameter("Expires")) + 3600)).build().toString();
      Download refused = download(tampered, null);
      assertEquals(403, refused.status());
      assertTrue(refused.text().contains("<Code>AccessDenied</Code>"), refused.text());
      assertEquals(403, download(parsed.newBuilder().setQueryParameter("Signature", "AAAA").build().toString(), null)
          .status());
      assertEquals(403, download(parsed.newBuilder().removeAllQueryParameters("Key-Pair-Id").build().toString(), null)
          .status());

      assertEquals(200, download(url, "Bearer secret-token").status());
      time.advance(Duration.ofMinutes(5).plusSeconds(1));
      Download expired = download(url, null);
      assertEquals(403, expired.status());
      assertTrue(expired.text().contains("Request has expired"), expired.text());
      String renewed = http.get("/wholesale/billing/reports/" + id).json().get("tempDownloadURL").getAsString();
      assertEquals(200, download(renewed, null).status());

      sandbox.expireNextDownloadUrls(1);
      String stale = http.get("/wholesale/billing/reports/" + id).json().get("tempDownloadURL").getAsString();
      assertTrue(Long.parseLong(HttpUrl.get(stale).queryParameter("Expires")) < time.instant().getEpochSecond());
      assertEquals(403, download(stale, null).status());

      assertEquals(204, http.delete("/wholesale/billing/reports/" + id).status());
      Download gone = download(renewed, null);
      assertEquals(404, gone.status());
      assertEquals(new BillingDownloadStats(8, 2, 2, 3, 1, 1, 0), sandbox.downloadStats());
    }
  }

  @Test
  void aFailureRuleEndsReportsFailedWithTheirErrors() {
    FakeTime time = new FakeTime();
    try (WholesaleSandbox sandbox = base(time).billingReportPolls(0).build().start()) {
      SandboxHttp http = new SandboxHttp(sandbox.baseUrl());
      sandbox.failNextBillingReports(1, new BillingReportFailure(2100, "No usage data for the period."));
      String failed = http.post("/wholesale/billing/reports", BODY).json().get("id").getAsString();
      String fine = http.post("/wholesale/billing/reports", BODY).json().get("id").getAsString();
      JsonObject report = http.get("/wholesale/billing/reports/" + failed).json();
      assertEquals("FAILED", report.get("status").getAsString());
      assertFalse(report.has("tempDownloadURL"));
      JsonObject error = report.getAsJsonArray("errors").get(0).getAsJsonObject();
      assertEquals(2100, error.get("code").getAsLong());
      assertEquals("No usage data for the period.", error.get("description").getAsString());
      assertEquals("COMPLETED", http.get("/wholesale/billing/reports/" + fine).json().get("status").getAsString());
      assertThrows(IllegalStateException.class, () -> sandbox.billingReportCsv(failed));
    }
    try (WholesaleSandbox all = base(time).billingReportPolls(0)
        .billingReportFailure(BillingReportFailure.parse("2200:Billing is down")).build().start()) {
      SandboxHttp http = new SandboxHttp(all.baseUrl());
      for (int i = 0; i < 2; i++) {
        String id = http.post("/wholesale/billing/reports", BODY).json().get("id").getAsString();
        assertEquals("FAILED", http.get("/wholesale/billing/reports/" + id).json().get("status").getAsString());
      }
    }
  }

  @Test
  void timeDrivenReportsCompleteWithTheClockWhateverIsPolled() {
    FakeTime time = new FakeTime();
    try (WholesaleSandbox sandbox = base(time).billingReportDelay(Duration.ofSeconds(30)).build().start()) {
      SandboxHttp http = new SandboxHttp(sandbox.baseUrl());
      String id = http.post("/wholesale/billing/reports", BODY).json().get("id").getAsString();
      for (int i = 0; i < 5; i++) {
        assertEquals("IN_PROGRESS", http.get("/wholesale/billing/reports/" + id).json().get("status").getAsString());
      }
      time.advance(Duration.ofSeconds(30));
      assertEquals("COMPLETED", http.get("/wholesale/billing/reports/" + id).json().get("status").getAsString());
    }
  }

  @Test
  void listFiltersSortsPagesAndSelectsSubPartnersWithSubPartnerOrgIdOnly() {
    FakeTime time = new FakeTime();
    try (WholesaleSandbox sandbox = base(time).billingReportPolls(0).build().start()) {
      SandboxHttp http = new SandboxHttp(sandbox.baseUrl());
      http.post("/wholesale/billing/reports", "{\"billingStartDate\":\"2025-11-01\",\"billingEndDate\":\"2025-11-30\"}");
      http.post("/wholesale/billing/reports", "{\"billingStartDate\":\"2025-10-01\",\"billingEndDate\":\"2025-10-31\","
          + "\"type\":\"USER\"}");
      http.post("/wholesale/billing/reports", "{\"billingStartDate\":\"2025-09-01\",\"billingEndDate\":\"2025-09-30\","
          + "\"subPartnerOrgId\":\"SP-1\"}");
      SandboxHttp.Exchange all = http.get("/wholesale/billing/reports");
      assertEquals(List.of("2025-10-01", "2025-11-01"), starts(all));
      assertEquals(List.of("2025-10-01"), starts(http.get("/wholesale/billing/reports", Map.of("type", "USER"))));
      assertEquals(List.of("2025-11-01", "2025-10-01"),
          starts(http.get("/wholesale/billing/reports", Map.of("sortBy", "id"))).stream().sorted()
              .sorted(java.util.Comparator.reverseOrder()).toList());
      assertEquals(List.of("2025-09-01"),
          starts(http.get("/wholesale/billing/reports", Map.of("subPartnerOrgId", "SP-1"))));
      SandboxHttp.Exchange page = http.get("/wholesale/billing/reports", Map.of("max", "1"));
      assertEquals(List.of("2025-10-01"), starts(page));
      assertEquals(List.of("2025-11-01"), starts(http.getUrl(PagingTest.next(page))));
      assertEquals(400, http.get("/wholesale/billing/reports", Map.of("status", "DONE")).status());
      assertEquals(403, http.get("/wholesale/billing/reports", Map.of("subPartnerOrgId", "nobody")).status());
      SandboxHttp.Exchange wrongParameter = http.get("/wholesale/billing/reports",
          Map.of("onBehalfOfSubPartnerOrgId", "SP-1"));
      assertEquals(400, wrongParameter.status());
      assertTrue(wrongParameter.body().contains("subPartnerOrgId"));
    }
  }

  @Test
  void createRefusesWhatTheDocumentsRefuseAndDeleteMakesTheReportGone() {
    FakeTime time = new FakeTime(Instant.parse("2026-01-05T09:00:00Z"));
    try (WholesaleSandbox sandbox = base(time).build().start()) {
      SandboxHttp http = new SandboxHttp(sandbox.baseUrl());
      for (String bad : List.of("{\"billingEndDate\":\"2025-12-31\"}",
          "{\"billingStartDate\":\"2025-12-01\",\"billingEndDate\":\"2025-12-32\"}",
          "{\"billingStartDate\":\"2025-12-01\",\"billingEndDate\":\"2026-01-05\"}",
          "{\"billingStartDate\":\"2025-12-10\",\"billingEndDate\":\"2025-12-01\"}",
          "{\"billingStartDate\":\"2020-01-04\",\"billingEndDate\":\"2025-12-01\"}",
          "{\"billingStartDate\":\"2025-12-01\",\"billingEndDate\":\"2025-12-31\",\"type\":\"ORG\"}",
          "{\"billingStartDate\":\"2025-12-01\",\"billingEndDate\":\"2025-12-31\",\"internal\":\"yes\"}")) {
        SandboxHttp.Exchange answer = http.post("/wholesale/billing/reports", bad);
        assertEquals(400, answer.status(), bad);
        assertEquals(WebexErrors.INVALID_REQUEST, answer.errorCode());
      }
      assertEquals(403, http.post("/wholesale/billing/reports", "{\"billingStartDate\":\"2025-12-01\","
          + "\"billingEndDate\":\"2026-01-04\",\"subPartnerOrgId\":\"nobody\"}").status());
      String id = http.post("/wholesale/billing/reports", "{\"billingStartDate\":\"2021-01-05\","
          + "\"billingEndDate\":\"2026-01-04\",\"internal\":true}").json().get("id").getAsString();
      assertEquals(204, http.delete("/wholesale/billing/reports/" + id).status());
      SandboxHttp.Exchange gone = http.get("/wholesale/billing/reports/" + id);
      assertEquals(404, gone.status());
      assertEquals(WebexErrors.BILLING_REPORT_NOT_FOUND, gone.errorCode());
      assertEquals(404, http.delete("/wholesale/billing/reports/" + id).status());
      assertEquals(1, sandbox.stats().requests(Operation.DELETE_BILLING_REPORT) - 1);
      assertNull(http.get("/wholesale/billing/reports").json().getAsJsonArray("items").isEmpty() ? null : "x");
    }
  }

  @Test
  void theAdminApiSteersFailuresAndExpiryAndCountsDownloads() throws IOException {
    FakeTime time = new FakeTime();
    try (WholesaleSandbox sandbox = base(time).billingReportPolls(0).build().start()) {
      SandboxHttp http = new SandboxHttp(sandbox.baseUrl());
      String root = sandbox.baseUrl().replace("/v1", "");
      assertEquals(204, http.send("POST", HttpUrl.get(root + "/__sandbox/outcomes/billing-reports"),
          "{\"code\":2300,\"description\":\"Try later\",\"times\":1}", null).status());
      assertEquals(400, http.send("POST", HttpUrl.get(root + "/__sandbox/outcomes/billing-reports"),
          "{\"description\":\"no code\"}", null).status());
      String failed = http.post("/wholesale/billing/reports", BODY).json().get("id").getAsString();
      assertEquals(2300, http.get("/wholesale/billing/reports/" + failed).json().getAsJsonArray("errors").get(0)
          .getAsJsonObject().get("code").getAsLong());
      String id = http.post("/wholesale/billing/reports", BODY).json().get("id").getAsString();
      assertEquals(204, http.send("POST", HttpUrl.get(root + "/__sandbox/billing-reports/expire-next-urls"),
          "{\"count\":1}", null).status());
      String url = http.get("/wholesale/billing/reports/" + id).json().get("tempDownloadURL").getAsString();
      assertEquals(403, download(url, "Bearer t").status());
      SandboxHttp.Exchange csv = http.send("GET", HttpUrl.get(root + "/__sandbox/billing-reports/" + id + "/csv"),
          null, null);
      assertEquals(new String(sandbox.billingReportCsv(id), StandardCharsets.UTF_8), csv.json().get("csv").getAsString());
      JsonObject counters = http.send("GET", HttpUrl.get(root + "/__sandbox/counters"), null, null).json()
          .getAsJsonObject("billingDownloads");
      assertEquals(1, counters.get("expired").getAsLong());
      assertEquals(1, counters.get("withAuthorization").getAsLong());
    }
  }

  private static List<String> starts(SandboxHttp.Exchange list) {
    List<String> out = new ArrayList<>();
    list.json().getAsJsonArray("items").forEach(e -> out.add(e.getAsJsonObject().get("billingStartDate").getAsString()));
    return out;
  }
}
