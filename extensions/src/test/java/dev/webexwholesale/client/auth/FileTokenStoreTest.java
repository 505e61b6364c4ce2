package dev.webexwholesale.client.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.webexwholesale.testing.FakeTime;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTokenStoreTest {
  @TempDir
  Path dir;

  private static OAuthTokens tokens(String access, String refresh) {
    return new OAuthTokens(access, Instant.parse("2026-01-05T10:00:00Z"), refresh,
        Instant.parse("2026-04-05T09:00:00Z"), "Bearer", "spark-admin:wholesale_customers_read");
  }

  private List<String> filesIn(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void savesAndLoadsEveryField() {
    FileTokenStore store = new FileTokenStore(dir.resolve("tokens.json"));
    assertTrue(store.load().isEmpty());

    store.save(tokens("AT1", "RT1"));

    assertEquals(tokens("AT1", "RT1"), new FileTokenStore(dir.resolve("tokens.json")).load().orElseThrow());
  }

  @Test
  void theFileAndItsNewDirectoryAreOwnerOnly() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path file = dir.resolve("new-dir/tokens.json");

    new FileTokenStore(file).save(tokens("AT1", "RT1"));
    new FileTokenStore(file).save(tokens("AT2", "RT2"));

    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
  }

  @Test
  void aSaveReplacesTheFileWholeAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("tokens.json");
    FileTokenStore store = new FileTokenStore(file);
    store.save(tokens("AT1", "a-much-longer-refresh-token-than-the-next-one"));

    store.save(tokens("AT2", "RT2"));

    assertEquals(List.of("tokens.json"), filesIn(dir));
    assertEquals("RT2", store.load().orElseThrow().refreshToken());
    assertFalse(Files.readString(file).contains("longer"), "no tail of the old content");
  }

  @Test
  void aProvidersRotationSurvivesARestart() {
    FakeTime time = new FakeTime();
    Path file = dir.resolve("tokens.json");
    try (TokenEndpointStub endpoint = new TokenEndpointStub()) {
      endpoint.refresh("RT0", "AT1", 3600, "RT1");
      endpoint.refresh("RT1", "AT2", 3600, "RT2");
      RefreshingTokenProvider first = RefreshingTokenProvider.builder().oauthClient(endpoint.oauthClient(time))
          .store(new FileTokenStore(file)).refreshToken("RT0").time(time).build();
      assertEquals("AT1", first.accessToken());

      time.advance(Duration.ofHours(2)); // a new process, hours later, given the original refresh token again
      RefreshingTokenProvider second = RefreshingTokenProvider.builder().oauthClient(endpoint.oauthClient(time))
          .store(new FileTokenStore(file)).refreshToken("RT0").time(time).build();

      assertEquals("AT2", second.accessToken());
      assertTrue(endpoint.lastTokenRequestBody().contains("refresh_token=RT1"), "the rotated token was used");
      assertEquals("RT2", new FileTokenStore(file).load().orElseThrow().refreshToken());
    }
  }

  @Test
  void twoProcessesSharingTheStoreDoNotBurnEachOthersRotation() {
    FakeTime time = new FakeTime();
    Path file = dir.resolve("tokens.json");
    try (TokenEndpointStub endpoint = new TokenEndpointStub()) {
      endpoint.refresh("RT0", "AT1", 3600, "RT1");
      endpoint.refresh("RT1", "AT2", 3600, "RT2");
      endpoint.refresh("RT2", "AT3", 3600, "RT3");
      RefreshingTokenProvider a = RefreshingTokenProvider.builder().oauthClient(endpoint.oauthClient(time))
          .store(new FileTokenStore(file)).refreshToken("RT0").time(time).build();
      RefreshingTokenProvider b = RefreshingTokenProvider.builder().oauthClient(endpoint.oauthClient(time))
          .store(new FileTokenStore(file)).time(time).build();
      assertEquals("AT1", a.accessToken());
      assertEquals("AT1", b.accessToken(), "b starts from the store");

      time.advance(Duration.ofHours(1));
      assertEquals("AT2", a.accessToken()); // a rotates RT1 -> RT2
      assertEquals("AT2", b.accessToken(), "b finds a's fresh tokens instead of refreshing with the dead RT1");
      assertEquals(2, endpoint.tokenRequests());

      b.invalidate("AT2");
      assertEquals("AT3", b.accessToken());
      assertTrue(endpoint.lastTokenRequestBody().contains("refresh_token=RT2"));
    }
  }

  @Test
  void aCorruptFileIsReportedWithoutQuotingIt() throws IOException {
    Path file = dir.resolve("tokens.json");
    Files.writeString(file, "{\"accessToken\":\"AT-secret\",\"refreshToken\":");

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> new FileTokenStore(file).load());

    assertTrue(e.getMessage().contains("sign in again"), e.getMessage());
    assertFalse(e.getMessage().contains("AT-secret"), e.getMessage());
  }
}
