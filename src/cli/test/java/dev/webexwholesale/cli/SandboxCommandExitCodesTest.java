package dev.webexwholesale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code sandbox} command (real launcher, in-process) configured only by its options,
 * and the real CLI against it: every exit code 0-5 can be rehearsed. The sandbox runs on the
 * CLI's fake time line, so its time-driven transitions advance exactly when the client waits.
 */
class SandboxCommandExitCodesTest {
  private final CliRunner sandboxCli = new CliRunner();

  @TempDir
  Path tmp;

  /** Runs {@code sandbox args}, then {@code session} against its URL, then stops it. */
  private <T> T withSandbox(List<String> args, Function<String, T> session) {
    sandboxCli.sandboxes = EmbeddedSandbox::start;
    List<T> result = new ArrayList<>();
    sandboxCli.stopSignal = () -> result.add(session.apply(
        sandboxCli.currentOut.toString().lines().findFirst().orElseThrow()));
    List<String> all = new ArrayList<>(List.of("sandbox"));
    all.addAll(args);
    CliRunner.Result sandbox = sandboxCli.run(all.toArray(String[]::new));
    assertEquals(0, sandbox.exitCode(), sandbox::toString);
    return result.get(0);
  }

  private CliRunner user(String token) {
    CliRunner user = new CliRunner(sandboxCli.time);
    user.env.put(RootCommand.TOKEN_ENV, token);
    return user;
  }

  private String customerFile(String externalId) {
    try {
      return Files.writeString(tmp.resolve(externalId + ".json"), "{\"provisioningId\":\"p-" + externalId + "\","
          + "\"packages\":[\"webex_calling\"],\"externalId\":\"" + externalId + "\",\"address\":{\"addressLine1\":"
          + "\"1 Main St\",\"city\":\"Milpitas\",\"stateOrProvince\":\"CA\",\"zipOrPostalCode\":\"95035\","
          + "\"country\":\"US\"}}", StandardCharsets.UTF_8).toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyExitCodeFromTheSandboxCommandsOptions() {
    Map<String, CliRunner.Result> r = withSandbox(List.of("--accept-token", "good-token",
        "--customer-outcome", "acme-fails=error", "--customer-outcome", "acme-partial=provisioned_with_errors",
        "--customer-outcome", "acme-held=PENDING_RPL_REVIEW", "--delay", "3s"), url -> {
          CliRunner user = user("good-token");
          Map<String, CliRunner.Result> runs = new LinkedHashMap<>();
          runs.put("0", user.run("--base-url", url, "customers", "provision", "--file", customerFile("acme-ok"),
              "--wait", "--interval", "1s"));
          runs.put("1 token", user("wrong-token").run("--base-url", url, "customers", "list"));
          runs.put("1 missing", user.run("--base-url", url, "customers", "get", "bm9wZQ=="));
          runs.put("2", user.run("--base-url", url, "customers", "provision"));
          runs.put("3 error", user.run("--base-url", url, "customers", "provision", "--file",
              customerFile("acme-fails"), "--wait", "--interval", "1s"));
          runs.put("3 partial", user.run("--base-url", url, "customers", "provision", "--file",
              customerFile("acme-partial"), "--wait", "--interval", "1s"));
          runs.put("4", user.run("--base-url", url, "customers", "provision", "--file", customerFile("acme-slow"),
              "--wait", "--interval", "1s", "--timeout", "2s"));
          runs.put("5", user.run("--base-url", url, "customers", "provision", "--file", customerFile("acme-held"),
              "--wait", "--interval", "1s"));
          return runs;
        });

    r.forEach((label, result) -> assertEquals(Integer.parseInt(label.substring(0, 1)), result.exitCode(),
        label + "\n" + result));
    assertEquals("provisioned", r.get("0").json().getAsJsonObject().get("status").getAsString());
    assertTrue(r.get("1 token").stderr().startsWith("error: HTTP 401"), r.get("1 token")::toString);
    assertTrue(r.get("3 error").stderr().contains("failed with status error"), r.get("3 error")::toString);
    assertTrue(r.get("3 partial").stderr().contains("failed with status provisioned_with_errors"),
        r.get("3 partial")::toString);
    assertTrue(r.get("4").stderr().contains("timed out: customer"), r.get("4")::toString);
    assertTrue(r.get("5").stderr().contains("has status pending_rpl_review"), r.get("5")::toString);
  }

  @Test
  void seedsSubPartnersFaultsAndTheRateLimitComeFromOptions() {
    Map<String, Object> r = withSandbox(List.of("--polls", "0", "--seed", "seeded:3",
        "--add-sub-partner", "U1AtT05F", "--seed", "theirs:1@U1AtT05F", "--rate-limit", "1",
        "--fault", "fault=503,method=GET,path=/wholesale/subPartners,times=1"), url -> {
          CliRunner user = user("any-token");
          Map<String, Object> runs = new LinkedHashMap<>();
          runs.put("subscribers", user.run("--base-url", url, "subscribers", "list", "--external-customer-id",
              "seeded"));
          runs.put("scoped", user.run("--base-url", url, "customers", "list", "--sub-partner", "U1AtT05F"));
          runs.put("subPartners", user.run("--base-url", url, "--verbose", "sub-partners", "list"));
          runs.put("counters", admin(url, "counters"));
          return runs;
        });

    CliRunner.Result subscribers = (CliRunner.Result) r.get("subscribers");
    assertEquals(0, subscribers.exitCode(), subscribers::toString);
    assertEquals(3, subscribers.json().getAsJsonArray().size());
    CliRunner.Result scoped = (CliRunner.Result) r.get("scoped");
    assertEquals("theirs", scoped.json().getAsJsonArray().get(0).getAsJsonObject().get("externalId").getAsString(),
        scoped::toString);
    CliRunner.Result subPartners = (CliRunner.Result) r.get("subPartners");
    assertEquals(0, subPartners.exitCode(), subPartners::toString);
    assertTrue(subPartners.stderr().contains("retry: GET /v1/wholesale/subPartners answered HTTP 503"),
        subPartners::toString);
    var counters = JsonParser.parseString((String) r.get("counters")).getAsJsonObject();
    assertEquals(1, counters.get("faultsInjected").getAsInt(), counters::toString);
    assertTrue(counters.get("rateLimited").getAsInt() >= 1, "one request a second, on fake time: " + counters);
  }

  private static String admin(String baseUrl, String route) {
    try {
      HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(baseUrl.replaceAll("/v1$", "") + "/__sandbox/" + route)).build(),
          HttpResponse.BodyHandlers.ofString());
      return answer.body();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
