package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.errors.WholesaleException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Success bodies decode to the same text whatever their bytes: multi-byte UTF-8, marks, other charsets. */
class BodyDecodingTest extends WireMockTestBase {
  private static final String PATH = "/v1/wholesale/customers/Y3VzdC0x";

  private void answer(byte[] body, String contentType) {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", contentType).withBody(body)));
  }

  private static byte[] customer(String externalId, Charset charset) {
    return TestData.CUSTOMER_JSON.replace("ext-1", externalId).getBytes(charset);
  }

  @Test
  void multiByteAndSupplementaryCharactersDecodeExactlyAcrossReadBuffers() {
    // Emoji are two chars each: 700 of them straddle the JSON reader's 1024-char buffer edges.
    String externalId = "Zürich-東京-" + "\uD83D\uDE00".repeat(700) + "-end";
    answer(customer(externalId, StandardCharsets.UTF_8), "application/json");

    assertEquals(externalId, client.customers().get("Y3VzdC0x").getExternalId());
  }

  @Test
  void aUtf8ByteOrderMarkIsSkipped() {
    byte[] json = customer("Zürich", StandardCharsets.UTF_8);
    byte[] withMark = new byte[json.length + 3];
    withMark[0] = (byte) 0xEF;
    withMark[1] = (byte) 0xBB;
    withMark[2] = (byte) 0xBF;
    System.arraycopy(json, 0, withMark, 3, json.length);
    answer(withMark, "application/json");

    assertEquals("Zürich", client.customers().get("Y3VzdC0x").getExternalId());
  }

  @Test
  void aBodyInTheCharsetItsContentTypeNamesIsDecodedInThatCharset() {
    answer(customer("Zürich", StandardCharsets.ISO_8859_1), "application/json; charset=ISO-8859-1");

    assertEquals("Zürich", client.customers().get("Y3VzdC0x").getExternalId());
  }

  @Test
  void aUtf16BodyWithItsByteOrderMarkIsDecoded() {
    answer(customer("東京", StandardCharsets.UTF_16), "application/json"); // Java's UTF_16 writes a BE mark

    assertEquals("東京", client.customers().get("Y3VzdC0x").getExternalId());
  }

  @Test
  void aBlankBodyIsTheTypedEmptyBodyFailureNotAParseError() {
    answer(" \r\n\t ".getBytes(StandardCharsets.UTF_8), "application/json");

    WholesaleException e = assertThrows(WholesaleException.class, () -> client.customers().get("Y3VzdC0x"));

    assertEquals(WholesaleException.class, e.getClass());
    assertTrue(e.getMessage().contains("empty body"), e.getMessage());
  }
}
