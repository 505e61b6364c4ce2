package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.errors.ResponseTooLargeException;
import dev.webexwholesale.client.errors.WholesaleException;
import dev.webexwholesale.client.paging.PagedIterable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Issue 11, bounded memory and paging: no answer can exhaust memory or loop a listing for ever. */
class BoundedMemoryAndPagingTest extends WireMockTestBase {
  private static final long LIMIT = 64 * 1024;

  private WholesaleClient limited() {
    client.close();
    client = clientBuilder().maxResponseBytes(LIMIT).build();
    return client;
  }

  private static String bigList(int items) {
    StringBuilder sb = new StringBuilder("{\"items\":[");
    for (int i = 0; i < items; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"id\":\"c").append(i).append("\",\"externalId\":\"").append("x".repeat(90))
          .append("\"}");
    }
    return sb.append("]}").toString();
  }

  @Test
  void aBodyLongerThanTheLimitIsATypedFailureNotAnOutOfMemoryError() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(bigList(2000))));

    ResponseTooLargeException e = assertThrows(ResponseTooLargeException.class,
        () -> limited().customers().listPage(CustomerListParams.none()));

    assertEquals(LIMIT, e.limit());
    assertTrue(e.getMessage().contains("longer than the limit of 65536 bytes"), e.getMessage());
    assertEquals(1, requests().size(), "an oversized answer is not asked for again");
  }

  @Test
  void aGzipBombIsStoppedAsItInflates() throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
      byte[] spaces = new byte[1024 * 1024];
      java.util.Arrays.fill(spaces, (byte) ' ');
      gzip.write("{\"id\":\"c1\",\"externalId\":\"".getBytes());
      for (int i = 0; i < 16; i++) {
        gzip.write(spaces); // 16 MiB of nothing, a few KiB on the wire
      }
      gzip.write("\"}".getBytes());
    }
    assertTrue(compressed.size() < 64 * 1024, "the bomb is small: " + compressed.size());
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withHeader("Content-Encoding", "gzip")
        .withBody(compressed.toByteArray())));

    assertThrows(ResponseTooLargeException.class, () -> limited().customers().get("c1"));
  }

  @Test
  void aNextPageLongerThanTheLimitIsATypedFailure() {
    wm.stubFor(get(urlEqualTo("/v1/wholesale/customers")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody("{\"items\":[{\"id\":\"a\"}]}")
        .withHeader("Link", "<" + baseUrl() + "/wholesale/customers?offset=1>; rel=\"next\"")));
    wm.stubFor(get(urlEqualTo("/v1/wholesale/customers?offset=1")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(bigList(2000))));

    PagedIterable<dev.webexwholesale.model.Customer> all = limited().customers().list();

    assertThrows(ResponseTooLargeException.class, () -> all.forEach(c -> { }));
  }

  @Test
  void aCycleOfNextLinksAToBToAStopsAfterEachPageWasReadOnce() {
    String a = "/wholesale/customers?offset=10";
    String b = "/wholesale/customers?offset=20";
    page("/v1/wholesale/customers", "x", baseUrl() + a);
    page("/v1" + a, "y", baseUrl() + b);
    page("/v1" + b, "z", baseUrl() + a);

    List<String> seen = new java.util.ArrayList<>();
    WholesaleException e = assertThrows(WholesaleException.class,
        () -> client.customers().list().forEach(c -> seen.add(c.getId())));

    assertTrue(e.getMessage().contains("already read"), e.getMessage());
    assertEquals(List.of("x", "y", "z"), seen);
    assertEquals(3, requests().size());
  }

  @Test
  void endlessEmptyPagesStopAfterABoundedNumber() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody("{\"items\":[]}")
        .withTransformers("response-template")
        .withHeader("Link", "<" + baseUrl() + "/wholesale/customers?offset={{randomValue length=12 type='NUMERIC'}}>;"
            + " rel=\"next\"")));
    client.close();
    client = clientBuilder().build();

    WholesaleException e = assertThrows(WholesaleException.class, () -> client.customers().list().forEach(c -> { }));

    assertTrue(e.getMessage().contains("empty pages in a row"), e.getMessage());
    assertEquals(PagedIterable.MAX_EMPTY_PAGES_IN_A_ROW + 1, requests().size());
  }

  private void page(String url, String id, String next) {
    wm.stubFor(get(urlEqualTo(url)).willReturn(aResponse().withHeader("Content-Type", "application/json")
        .withBody("{\"items\":[{\"id\":\"" + id + "\"}]}").withHeader("Link", "<" + next + ">; rel=\"next\"")));
  }
}
