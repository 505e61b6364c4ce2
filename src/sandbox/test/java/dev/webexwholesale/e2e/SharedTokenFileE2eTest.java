package dev.webexwholesale.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.auth.FileTokenStore;
import dev.webexwholesale.client.auth.OAuthClient;
import dev.webexwholesale.client.auth.RefreshingTokenProvider;
import dev.webexwholesale.client.errors.SignInRequiredException;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import dev.webexwholesale.testing.FakeTime;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two token providers (as two CLI runs or a CLI and a service would) on one token file, against
 * the sandbox's rotating token endpoint: refreshing at the same moment, they make one refresh
 * call between them, under the file's lock, and both end with a token the sandbox takes.
 */
class SharedTokenFileE2eTest {
  static final String CLIENT_ID = "C-sandbox-integration";
  static final String CLIENT_SECRET = "sandbox-CLIENT-secret-42";

  @TempDir
  Path dir;

  private final FakeTime time = new FakeTime();
  private final WholesaleSandbox sandbox = WholesaleSandbox.builder().clock(time).provisioningPolls(0)
      .oauthClient(CLIENT_ID, CLIENT_SECRET).oauthTokens(Duration.ofHours(1), Duration.ofDays(90), true)
      .build().start();
  /** Every request to the token endpoint, refused ones included. */
  private final AtomicInteger tokenCalls = new AtomicInteger();

  @AfterEach
  void stop() {
    sandbox.close();
  }

  /** One "process": its own OAuth client, file store object and provider on the shared file. */
  private RefreshingTokenProvider process(Path file, String refreshToken) {
    OkHttpClient counting = new OkHttpClient.Builder().addInterceptor(chain -> {
      tokenCalls.incrementAndGet();
      return chain.proceed(chain.request());
    }).build();
    OAuthClient oauth = OAuthClient.builder().clientId(CLIENT_ID).clientSecret(CLIENT_SECRET)
        .baseUrl(sandbox.baseUrl()).time(time).httpClient(counting).build();
    return RefreshingTokenProvider.builder().oauthClient(oauth).store(new FileTokenStore(file))
        .refreshToken(refreshToken).refreshMargin(Duration.ofMinutes(5)).time(time).build();
  }

  @RepeatedTest(5)
  void twoProvidersRefreshingAtTheSameMomentMakeOneRefreshCallAndBothWork() throws Exception {
    Path file = dir.resolve("tokens.json");
    String firstRefresh = sandbox.oauth().issueRefreshToken();
    RefreshingTokenProvider a = process(file, firstRefresh);
    RefreshingTokenProvider b = process(file, null);
    String first = a.accessToken();
    assertEquals(first, b.accessToken(), "b starts from the file a saved");
    assertEquals(1, tokenCalls.get());

    time.advance(Duration.ofMinutes(56)); // inside both providers' refresh margin
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<String> tokens;
    try {
      List<Future<String>> both = List.of(a, b).stream().map(p -> pool.submit(() -> {
        start.await();
        return p.accessToken();
      })).toList();
      start.countDown();
      tokens = List.of(both.get(0).get(30, TimeUnit.SECONDS), both.get(1).get(30, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }

    assertEquals(2, tokenCalls.get(), "one refresh call between the two");
    assertEquals(tokens.get(0), tokens.get(1), "both use the one new token");
    assertNotEquals(first, tokens.get(0));
    for (RefreshingTokenProvider p : List.of(a, b)) {
      try (WholesaleClient client = WholesaleClient.builder().baseUrl(sandbox.baseUrl()).time(time).tokenProvider(p)
          .build()) {
        assertFalse(client.customers().list().iterator().hasNext(), "the sandbox takes the token");
      }
    }
    assertEquals(2, tokenCalls.get(), "no 401, no further refresh");
    String stored = new FileTokenStore(file).load().orElseThrow().refreshToken();
    assertNotEquals(firstRefresh, stored);
    assertThrows(SignInRequiredException.class, () -> OAuthClient.builder().clientId(CLIENT_ID)
        .clientSecret(CLIENT_SECRET).baseUrl(sandbox.baseUrl()).time(time).build().refresh(firstRefresh),
        "the sandbox rotated: the first refresh token is dead, the file holds the live one");
  }
}
