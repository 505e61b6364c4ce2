package dev.webexwholesale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.webexwholesale.client.auth.FileTokenStore;
import dev.webexwholesale.client.auth.OAuthTokens;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import dev.webexwholesale.testing.FakeTime;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code auth login}, {@code auth status} and the OAuth options, against the sandbox's OAuth endpoints. */
class AuthCommandTest {
  static final String CLIENT_ID = "C-cli-integration";
  static final String CLIENT_SECRET = "cli-CLIENT-secret-0123456789";

  @TempDir
  Path tmp;

  private final FakeTime time = new FakeTime();
  private final WholesaleSandbox sandbox = WholesaleSandbox.builder().clock(time).provisioningPolls(0)
      .oauthClient(CLIENT_ID, CLIENT_SECRET).oauthTokens(Duration.ofHours(1), Duration.ofDays(90), true)
      .build().start();
  private final Map<String, String> env = new HashMap<>();
  private final List<String> visited = new ArrayList<>();

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private Path store() {
    return tmp.resolve("auth/tokens.json");
  }

  /** Runs the CLI with a "browser" that follows the sign-in URL (the sandbox redirects at once). */
  private CliRunner.Result run(String... args) {
    List<String> all = new ArrayList<>(List.of("--base-url", sandbox.baseUrl(), "--token-store", store().toString()));
    all.addAll(List.of(args));
    return runAsGiven(all.toArray(String[]::new));
  }

  /** Runs the CLI with exactly these arguments. */
  private CliRunner.Result runAsGiven(String... all) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext ctx = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
        new ByteArrayInputStream(new byte[0]), env, time, false,
        (builder, setup) -> {
          throw new IllegalStateException("no embedded sandbox here");
        }, () -> { });
    ctx.signInBrowser = url -> {
      visited.add(url);
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
          .sendAsync(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
    };
    int code = WholesaleCli.run(ctx, all);
    return new CliRunner.Result(code, out.toString(), err.toString());
  }

  private CliRunner.Result login() {
    return run("--client-id", CLIENT_ID, "--client-secret", CLIENT_SECRET, "auth", "login",
        "--redirect-uri", "http://127.0.0.1:0/callback", "--timeout", "30s");
  }

  private OAuthTokens stored() {
    return new FileTokenStore(store()).load().orElseThrow();
  }

  private static void assertNoSecret(CliRunner.Result r, String... secrets) {
    for (String s : secrets) {
      assertFalse(r.stdout().contains(s) || r.stderr().contains(s), "secret leaked: " + r);
    }
  }

  @Test
  void loginPrintsTheUrlWaitsForTheRedirectAndStoresTheTokensOwnerOnly() throws Exception {
    CliRunner.Result r = login();

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(1, visited.size());
    assertTrue(r.stderr().contains(visited.get(0)), "the URL is printed: " + r);
    assertTrue(visited.get(0).startsWith(sandbox.baseUrl() + "/authorize?client_id=" + CLIENT_ID), visited.get(0));
    assertEquals(1, sandbox.oauth().codeGrants());
    OAuthTokens tokens = stored();
    JsonObject status = r.json().getAsJsonObject();
    assertEquals(time.instant().plus(Duration.ofHours(1)).toString(), status.get("accessTokenExpiresAt").getAsString());
    assertEquals(time.instant().plus(Duration.ofDays(90)).toString(), status.get("refreshTokenExpiresAt").getAsString());
    assertFalse(status.get("accessTokenExpired").getAsBoolean());
    assertNoSecret(r, CLIENT_SECRET, tokens.accessToken(), tokens.refreshToken());
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store())));
    }
  }

  @Test
  void statusShowsExpiryTimesButNeverTheTokens() {
    assertEquals(0, login().exitCode());
    OAuthTokens tokens = stored();
    time.advance(Duration.ofHours(2));

    CliRunner.Result r = run("auth", "status");

    assertEquals(0, r.exitCode(), r::toString);
    JsonObject status = r.json().getAsJsonObject();
    assertTrue(status.get("accessTokenExpired").getAsBoolean(), r::toString);
    assertFalse(status.get("refreshTokenExpired").getAsBoolean(), r::toString);
    assertEquals(store().toAbsolutePath().toString(), status.get("tokenStore").getAsString());
    assertNoSecret(r, tokens.accessToken(), tokens.refreshToken());
  }

  @Test
  void oauthOptionsWorkAfterTheCommandToo() {
    assertEquals(0, login().exitCode());

    CliRunner.Result r = runAsGiven("auth", "status", "--token-store", store().toString(),
        "--base-url", sandbox.baseUrl(), "--client-id", CLIENT_ID, "--client-secret", CLIENT_SECRET);

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(store().toAbsolutePath().toString(), r.json().getAsJsonObject().get("tokenStore").getAsString());
  }

  @Test
  void statusWithoutTokensIsAUsageError() {
    CliRunner.Result r = run("auth", "status");

    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.stderr().contains("not signed in") && r.stderr().contains("auth login"), r::toString);
  }

  @Test
  void loginNeedsTheClientCredentialsAndALoopbackRedirect() {
    CliRunner.Result noClient = run("auth", "login");
    CliRunner.Result remote = run("--client-id", CLIENT_ID, "--client-secret", CLIENT_SECRET, "auth", "login",
        "--redirect-uri", "https://example.com/callback");

    assertEquals(2, noClient.exitCode(), noClient::toString);
    assertTrue(noClient.stderr().contains("--client-id"), noClient::toString);
    assertEquals(2, remote.exitCode(), remote::toString);
    assertTrue(remote.stderr().contains("--redirect-uri must look like http://127.0.0.1"), remote::toString);
    assertNoSecret(remote, CLIENT_SECRET);
  }

  @Test
  void commandsRenewTheStoredTokensThemselvesAndKeepTheRotatedOne() {
    assertEquals(0, login().exitCode());
    String firstRefresh = stored().refreshToken();
    env.put(TokenOptions.CLIENT_ID_ENV, CLIENT_ID);
    env.put(TokenOptions.CLIENT_SECRET_ENV, CLIENT_SECRET);
    time.advance(Duration.ofHours(2)); // the access token has expired

    CliRunner.Result r = run("--verbose", "customers", "list");

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(1, sandbox.oauth().refreshGrants());
    assertNotEquals(firstRefresh, stored().refreshToken(), "the rotated refresh token was stored");
    assertNoSecret(r, CLIENT_SECRET, firstRefresh, stored().refreshToken(), stored().accessToken());
    assertEquals(0, run("customers", "list").exitCode(), "the next run starts from the stored tokens");
    assertEquals(1, sandbox.oauth().refreshGrants(), "a fresh stored access token needs no refresh");
  }

  @Test
  void aRefreshTokenFromTheEnvironmentStartsAnEmptyStore() {
    String refresh = sandbox.oauth().issueRefreshToken();
    env.put(TokenOptions.CLIENT_ID_ENV, CLIENT_ID);
    env.put(TokenOptions.CLIENT_SECRET_ENV, CLIENT_SECRET);
    env.put(TokenOptions.REFRESH_TOKEN_ENV, refresh);

    CliRunner.Result r = run("customers", "list");

    assertEquals(0, r.exitCode(), r::toString);
    assertNotEquals(refresh, stored().refreshToken());
    assertNoSecret(r, refresh, CLIENT_SECRET);
  }

  @Test
  void aDeadRefreshTokenSaysToSignInAgain() {
    String refresh = sandbox.oauth().issueRefreshToken();
    sandbox.oauth().revokeAll();

    CliRunner.Result r = run("--client-id", CLIENT_ID, "--client-secret", CLIENT_SECRET, "--refresh-token", refresh,
        "customers", "list");

    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.stderr().contains("sign in again") && r.stderr().contains("auth login"), r::toString);
    assertNoSecret(r, refresh, CLIENT_SECRET);
  }

  @Test
  void withAClientIdButNothingToStartFromNothingIsSent() {
    CliRunner.Result r = run("--client-id", CLIENT_ID, "--client-secret", CLIENT_SECRET, "customers", "list");

    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.stderr().contains("no refresh token") && r.stderr().contains("auth login"), r::toString);
    assertEquals(0, sandbox.stats().totalRequests(), "nothing was sent");
  }

  @Test
  void secretsAreRedactedEvenWhenPicocliEchoesThem() {
    CliRunner.Result r = run("--client-id", CLIENT_ID, "--client-secret", CLIENT_SECRET, "--refresh-token",
        "RT-secret-value", "customers", "get", "a", CLIENT_SECRET, "RT-secret-value");

    assertEquals(2, r.exitCode(), r::toString);
    assertNoSecret(r, CLIENT_SECRET, "RT-secret-value");
    assertTrue(r.stderr().contains("<redacted>"), r::toString);
  }

  @Test
  void helpListsTheAuthCommandsAndTheirOptions() {
    CliRunner.Result auth = run("auth", "--help");
    CliRunner.Result login = run("auth", "login", "--help");

    assertEquals(0, auth.exitCode(), auth::toString);
    assertTrue(auth.stdout().contains("login") && auth.stdout().contains("status"), auth::toString);
    assertEquals(0, login.exitCode(), login::toString);
    assertTrue(login.stdout().contains("--redirect-uri") && login.stdout().contains("--timeout"), login::toString);
  }

  @Test
  void anAccessTokenStillWinsOverOAuth() {
    String access = sandbox.oauth().issueAccessToken();

    CliRunner.Result r = run("--token", access, "--client-id", CLIENT_ID, "customers", "list");

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(0, sandbox.oauth().refreshGrants());
  }
}
