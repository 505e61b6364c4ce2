package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.webexwholesale.client.errors.RedirectRefusedException;
import dev.webexwholesale.client.errors.TransportException;
import dev.webexwholesale.client.retry.RetryPolicy;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Issue 11: nothing is sent where it should not go, and a POST is never sent twice. */
class NothingSentAstrayTest extends WireMockTestBase {
  private static final String ACCEPTED_LOCATION = "/v1/wholesale/customers/new1";

  @Test
  void aRedirectOfAProvisionToAnotherOriginIsRefusedAndNothingReachesIt() {
    WireMockServer other = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    other.start();
    try {
      other.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(202).withHeader("Location", ACCEPTED_LOCATION)));
      wm.stubFor(post(urlPathEqualTo("/v1/wholesale/customers")).willReturn(aResponse().withStatus(307)
          .withHeader("Location", "http://user:secret-pw@127.0.0.1:" + other.port() + "/v1/wholesale/customers?x=1")));

      RedirectRefusedException e = assertThrows(RedirectRefusedException.class,
          () -> client.customers().provision(TestData.customerProvision()));

      assertEquals(307, e.statusCode());
      assertEquals(0, other.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl())).size());
      assertEquals("http://127.0.0.1:" + other.port() + "/v1/wholesale/customers", e.location());
      assertTrue(!e.getMessage().contains("secret-pw") && !e.getMessage().contains("x=1"), e.getMessage());
      assertEquals(1, requests().size());
    } finally {
      other.stop();
    }
  }

  @Test
  void aSameOriginRedirectIsRefusedSoTheSubPartnerScopeCannotBeDropped() {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1")).willReturn(aResponse().withStatus(302)
        .withHeader("Location", "/v1/wholesale/customers/c2")));

    assertThrows(RedirectRefusedException.class, () -> client.onBehalfOf("sub-1").customers().get("c1"));

    assertEquals(1, requests().size());
  }

  @Test
  void aPostWhoseConnectionBreaksIsNeverSentAgainByOkHttp() {
    wm.stubFor(post(urlPathEqualTo("/v1/wholesale/customers")).willReturn(aResponse()
        .withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThrows(TransportException.class, () -> client.customers().provision(TestData.customerProvision()));

    assertEquals(1, requests().size());
  }

  @Test
  void aPostWhoseAnswerNeverComesIsNeverSentAgainByOkHttp() {
    wm.stubFor(post(urlPathEqualTo("/v1/wholesale/customers")).willReturn(aResponse()
        .withFault(Fault.EMPTY_RESPONSE)));

    assertThrows(TransportException.class, () -> client.customers().provision(TestData.customerProvision()));

    assertEquals(1, requests().size());
  }

  @Test
  void aPostIsNotReplayedOnTheHostsNextRouteAfterItsConnectionBroke() {
    // Stock OkHttp sends a POST again over the next route (a host's next address) when the
    // connection broke after sending: the one-shot body forbids it.
    wm.stubFor(post(urlPathEqualTo("/v1/wholesale/customers")).willReturn(aResponse()
        .withFault(Fault.CONNECTION_RESET_BY_PEER)));
    client.close();
    client = clientBuilder().retryPolicy(RetryPolicy.none())
        .httpClient(new OkHttpClient.Builder().proxySelector(routes(Proxy.NO_PROXY, Proxy.NO_PROXY)).build()).build();

    assertThrows(TransportException.class, () -> client.customers().provision(TestData.customerProvision()));

    assertEquals(1, requests().size());
  }

  @Test
  void aDeadFirstRouteFallsBackToTheNextForAGetAndAPostAlike() throws IOException {
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1")).willReturn(okJson("{\"id\":\"c1\"}")));
    wm.stubFor(post(urlPathEqualTo("/v1/wholesale/customers")).willReturn(aResponse().withStatus(202)
        .withHeader("Location", ACCEPTED_LOCATION)));
    client.close();
    client = clientBuilder().retryPolicy(RetryPolicy.none())
        .httpClient(new OkHttpClient.Builder().proxySelector(deadProxyThenDirect()).build()).build();

    assertEquals("c1", client.customers().get("c1").getId());
    assertEquals("new1", client.customers().provision(TestData.customerProvision()).id());

    assertEquals(2, requests().size(), "each sent once, over the second route");
  }

  /** The first route is a proxy on a loopback port nobody listens on; the second is direct. */
  private static ProxySelector deadProxyThenDirect() throws IOException {
    int deadPort;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      deadPort = s.getLocalPort();
    }
    return routes(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", deadPort)), Proxy.NO_PROXY);
  }

  private static ProxySelector routes(Proxy... proxies) {
    return new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        return List.of(proxies);
      }

      @Override
      public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
      }
    };
  }
}
