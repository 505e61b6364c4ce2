package dev.webexwholesale.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.auth.FileTokenStore;
import dev.webexwholesale.client.auth.OAuthClient;
import dev.webexwholesale.client.auth.RefreshingTokenProvider;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's OAuth section, step for step, against the sandbox. */
class ReadmeOAuthTest {
  @TempDir
  Path home;

  @Test
  void oauthSetUpRunsAsWritten() {
    try (WholesaleSandbox sandbox = WholesaleSandbox.builder().oauthClient("C-readme", "readme-secret").build()
        .start()) {
      sandbox.createProvisionedCustomer("ext-readme");
      String refreshToken = sandbox.oauth().issueRefreshToken();
      List<String> printed = new ArrayList<>();

      OAuthClient oauth = OAuthClient.builder()
          .clientId("C-readme")                          // README: System.getenv("WEBEX_CLIENT_ID")
          .clientSecret("readme-secret")                 // README: System.getenv("WEBEX_CLIENT_SECRET")
          .baseUrl(sandbox.baseUrl())                    // README: omitted, https://webexapis.com/v1
          .build();
      RefreshingTokenProvider tokens = RefreshingTokenProvider.builder()
          .oauthClient(oauth)
          .store(new FileTokenStore(home.resolve(".webex-wholesale").resolve("tokens.json")))
          .refreshToken(refreshToken)                    // README: System.getenv("WEBEX_REFRESH_TOKEN")
          .build();
      try (WholesaleClient client = WholesaleClient.builder().baseUrl(sandbox.baseUrl()).tokenProvider(tokens)
          .build()) {
        client.customers().list().forEach(c -> printed.add(c.getExternalId()));
      }

      assertEquals(List.of("ext-readme"), printed);
      assertNotEquals(refreshToken, new FileTokenStore(home.resolve(".webex-wholesale/tokens.json")).load()
          .orElseThrow().refreshToken(), "the rotated refresh token was stored");
    }
  }
}
