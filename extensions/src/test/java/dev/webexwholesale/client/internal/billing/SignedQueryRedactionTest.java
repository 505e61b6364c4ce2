package dev.webexwholesale.client.internal.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.webexwholesale.client.internal.errors.SafeText;
import org.junit.jupiter.api.Test;

/** A logged billing report body keeps its URL's host and path but none of the signed query's values. */
class SignedQueryRedactionTest {
  @Test
  void signedQueryValuesAreRedactedWhereverTheyAppear() {
    String body = "{\"status\":\"COMPLETED\",\"tempDownloadURL\":\"https://cdn.example.com/W/a.csv?Expires=1624978489"
        + "&Signature=Syp3vr~z6Y-qJ__&Key-Pair-Id=APKAJADAKLCI2FW2U32Q\"}";
    String redacted = SafeText.redactSignedQueries(body);
    assertEquals("{\"status\":\"COMPLETED\",\"tempDownloadURL\":\"https://cdn.example.com/W/a.csv?Expires=<redacted>"
        + "&Signature=<redacted>&Key-Pair-Id=<redacted>\"}", redacted);
    String escaped = "\"https://cdn.example.com/a.csv?Signature=abc\\u0026Key-Pair-Id=K1\\u0026Expires=9\"";
    String out = SafeText.redactSignedQueries(escaped);
    assertFalse(out.contains("abc") || out.contains("K1"), out);
    assertEquals("no query here", SafeText.redactSignedQueries("no query here"));
  }
}
