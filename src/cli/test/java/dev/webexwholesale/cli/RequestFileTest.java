package dev.webexwholesale.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Request files: bounded, strict UTF-8 from a file and stdin alike, unknown fields sent as written. */
class RequestFileTest extends CliWireMockTestBase {
  static final String PRECHECK = "/v1/wholesale/customers/validate";

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void anEndlessFileIsCappedWithAUsageError() {
    CliRunner.Result r = run("customers", "precheck", "--file", "/dev/zero");

    assertEquals(2, r.exitCode(), r::toString);
    assertEquals("error: request file /dev/zero is larger than 1024 KiB; a request body is a single JSON object of a"
        + " few kilobytes\n", r.stderr());
    assertEquals(0, requests().size());
  }

  @Test
  void aHugeStdinIsCappedToo() {
    cli.stdinBytes = new byte[JsonIO.MAX_REQUEST_BYTES + 10];

    CliRunner.Result r = run("customers", "precheck", "--file", "-");

    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.stderr().startsWith("error: request file - is larger than 1024 KiB"), r::toString);
    assertEquals(0, requests().size());
  }

  @Test
  void invalidUtf8IsRefusedFromStdinAsFromAFile() throws IOException {
    byte[] bad = "{\"address\":{\"city\":\"M\u00fcnchen\"}}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Path file = tmp.resolve("latin1.json");
    Files.write(file, bad);
    cli.stdinBytes = bad;

    CliRunner.Result fromFile = run("customers", "precheck", "--file", file.toString());
    CliRunner.Result fromStdin = run("customers", "precheck", "--file", "-");

    assertEquals(2, fromFile.exitCode(), fromFile::toString);
    assertEquals(2, fromStdin.exitCode(), fromStdin::toString);
    assertEquals("error: request file " + file + " is not valid UTF-8\n", fromFile.stderr());
    assertEquals("error: request file - is not valid UTF-8\n", fromStdin.stderr());
    assertEquals(0, requests().size());
  }

  @Test
  void unknownFieldsNestedAndWithNullsAreSentExactlyAsWritten() {
    wm.stubFor(post(urlPathEqualTo(PRECHECK)).willReturn(okJson("{\"message\":\"ok\"}")));
    String written = "{\"address\":{\"addressLine1\":\"1 Main St\",\"city\":\"Milpitas\",\"country\":\"US\","
        + "\"futureGeo\":{\"lat\":37.4,\"hint\":null,\"tags\":[1,null,\"x\"]}},\"futureTop\":null,"
        + "\"futureList\":[{\"a\":null}]}";

    CliRunner.Result r = run("customers", "precheck", "--file", file("f.json", written));

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(JsonParser.parseString(written), JsonParser.parseString(requests().get(0).getBodyAsString()));
  }

  @Test
  void unknownFieldsReachTheServerFromStdinToo() {
    wm.stubFor(post(urlPathEqualTo(PRECHECK)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"ok\"}")));
    cli.stdin = "{\"address\":{\"city\":\"Milpitas\",\"country\":\"US\",\"addressLine1\":\"1\",\"x\":{\"y\":null}}}";

    CliRunner.Result r = run("customers", "precheck", "--file", "-");

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(JsonParser.parseString(cli.stdin), JsonParser.parseString(requests().get(0).getBodyAsString()));
  }
}
