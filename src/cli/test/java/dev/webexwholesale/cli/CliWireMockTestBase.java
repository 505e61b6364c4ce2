package dev.webexwholesale.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A loopback WireMock server, a CLI runner pointed at it and the token in the environment. */
abstract class CliWireMockTestBase {
  static final String TOKEN = "tok-SECRET-cli-0123456789";

  WireMockServer wm;
  final CliRunner cli = new CliRunner();

  @TempDir
  Path tmp;

  @BeforeEach
  void startServer() {
    wm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    wm.start();
    cli.env.put(RootCommand.TOKEN_ENV, TOKEN);
  }

  @AfterEach
  void stopServer() {
    wm.stop();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + wm.port() + "/v1";
  }

  /** Runs the CLI against this server: {@code --base-url} is put first. */
  CliRunner.Result run(String... args) {
    List<String> all = new ArrayList<>(List.of("--base-url", baseUrl()));
    all.addAll(List.of(args));
    return cli.run(all.toArray(String[]::new));
  }

  List<LoggedRequest> requests() {
    return wm.findAll(anyRequestedFor(anyUrl()));
  }

  String file(String name, String content) {
    try {
      Path p = tmp.resolve(name);
      Files.writeString(p, content, StandardCharsets.UTF_8);
      return p.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Successive GETs of {@code path} answer the bodies in order; the last one repeats. */
  void stubGetSequence(String path, String... bodies) {
    String scenario = "seq " + path;
    String state = Scenario.STARTED;
    for (int i = 0; i < bodies.length; i++) {
      String next = i == bodies.length - 1 ? state : "poll-" + (i + 1);
      wm.stubFor(get(urlPathEqualTo(path)).inScenario(scenario).whenScenarioStateIs(state)
          .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(bodies[i]))
          .willSetStateTo(next));
      state = next;
    }
  }

  static String customer(String id, String status, String extra) {
    return "{\"id\":\"" + id + "\",\"orgId\":\"b3JnLTE=\",\"externalId\":\"ext-1\",\"status\":\"" + status + "\","
        + "\"packages\":[\"webex_calling\"]" + (extra.isEmpty() ? "" : "," + extra) + "}";
  }

  static String subscriber(String id, String status, String extra) {
    return "{\"id\":\"" + id + "\",\"email\":\"ann@example.com\",\"customerId\":\"Y3VzdC0x\","
        + "\"packages\":[\"webex_calling\"],\"status\":\"" + status + "\"" + (extra.isEmpty() ? "" : "," + extra) + "}";
  }

  static String errorBody(String message, String trackingId, long... codes) {
    String errors = String.join(",", Stream.of(java.util.Arrays.stream(codes).boxed().toArray(Long[]::new))
        .map(c -> "{\"errorCode\":" + c + ",\"description\":\"reason " + c + "\"}").toList());
    return "{\"message\":\"" + message + "\",\"errors\":[" + errors + "],\"trackingId\":\"" + trackingId + "\"}";
  }
}
