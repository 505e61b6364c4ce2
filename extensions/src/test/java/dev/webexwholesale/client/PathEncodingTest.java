package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.model.CustomerUpdateRequest;
import java.util.List;
import java.util.function.BiConsumer;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PathEncodingTest extends WireMockTestBase {

  @BeforeEach
  void answerEverything() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{}")));
  }

  private static final List<BiConsumer<WholesaleClient, String>> ID_OPERATIONS = List.of(
      (c, id) -> c.customers().get(id),
      (c, id) -> c.customers().update(id, TestData.customerUpdate()),
      (c, id) -> c.customers().remove(id),
      (c, id) -> c.subscribers().get(id),
      (c, id) -> c.subscribers().update(id, TestData.subscriberUpdate()),
      (c, id) -> c.subscribers().remove(id));

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "a?b=c", "a#b", "a%2Fb", "100%", "a+b", "Y2lz==", "a b", "ü/ß", "/", "..a"})
  void idsReachTheServerIntact(String id) {
    ID_OPERATIONS.forEach(op -> op.accept(client, id));

    assertEquals(ID_OPERATIONS.size(), requests().size());
    requests().forEach(r -> {
      HttpUrl url = HttpUrl.get("http://127.0.0.1" + r.getUrl());
      List<String> segments = url.pathSegments();
      assertEquals(4, segments.size(), "one path segment for the id: " + r.getUrl());
      assertEquals(id, segments.get(3), r.getUrl());
      assertEquals(null, url.query(), "nothing of the id leaked into the query: " + r.getUrl());
    });
  }

  @Test
  void plusAndEqualsAreNotMangled() {
    client.customers().get("a+b==");

    String raw = requests().get(0).getUrl();
    assertTrue(raw.equals("/v1/wholesale/customers/a+b==") || raw.equals("/v1/wholesale/customers/a%2Bb%3D%3D"), raw);
  }

  @Test
  void dotSegmentsAreRefusedBeforeSending() {
    assertThrows(IllegalArgumentException.class, () -> client.customers().get(".."));
    assertThrows(IllegalArgumentException.class, () -> client.subscribers().remove("."));
    assertEquals(0, requests().size());
  }
}
