package dev.webexwholesale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.internal.json.WholesaleJson;
import org.junit.jupiter.api.Test;

/** x-webex-secret-query (openapi/overlays/51-billing.yaml, pojo.mustache): toString never prints a signed query. */
class SecretQueryToStringTest {
  private static final String SIGNED = "https://billing.example.com/WHOLESALE/r.csv?Expires=1&Signature=SECRET-SIG"
      + "&Key-Pair-Id=KP";

  @Test
  void reportToStringPrintsTheDownloadUrlWithoutItsQuery() {
    Report report = new Report().id("r1").tempDownloadURL(SIGNED);
    String text = report.toString();
    assertTrue(text.contains("tempDownloadURL=https://billing.example.com/WHOLESALE/r.csv?(query redacted)"), text);
    assertFalse(text.contains("SECRET-SIG") || text.contains("Key-Pair-Id") || text.contains("Expires"), text);
    assertTrue(text.contains("id=r1"), text);
    assertEquals(SIGNED, report.getTempDownloadURL(), "the value itself is untouched");
    assertTrue(WholesaleJson.gson().toJson(report).contains("SECRET-SIG"), "JSON keeps the URL: the download needs it");
  }

  @Test
  void aUrlWithoutQueryAndAnAbsentUrlPrintAsTheyAre() {
    assertTrue(new Report().tempDownloadURL("https://h/a.csv").toString().contains("tempDownloadURL=https://h/a.csv,"));
    assertTrue(new Report().toString().contains("tempDownloadURL=null"));
    assertFalse(new Report().tempDownloadURL("https://h/a.csv#Signature=S").toString().contains("Signature=S"));
  }
}
