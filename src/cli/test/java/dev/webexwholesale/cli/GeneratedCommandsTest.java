package dev.webexwholesale.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The commands generated from the spec's waiters, beside the ones of each operation. */
class GeneratedCommandsTest extends CliWireMockTestBase {
  private static final String PATH = "/v1/wholesale/customers/Y3VzdC0x";

  @Test
  void awaitRemovedEndsWellOnThe404AndPrintsNothingOnStdout() {
    stubGetSequence(PATH, "{\"id\":\"Y3VzdC0x\",\"status\":\"deleting\"}");
    wm.stubFor(get(urlPathEqualTo(PATH)).atPriority(1).willReturn(aResponse().withStatus(404)
        .withBody("{\"message\":\"gone\"}")));

    CliRunner.Result r = run("customers", "await-removed", "Y3VzdC0x", "--interval", "1s");

    assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
  }

  @Test
  void awaitUpdatedFailsWithExitThreeOnError() {
    stubGetSequence(PATH, "{\"id\":\"Y3VzdC0x\",\"status\":\"updating\"}", "{\"id\":\"Y3VzdC0x\",\"status\":\"error\"}");

    CliRunner.Result r = run("customers", "await-updated", "Y3VzdC0x", "--interval", "1s");

    assertEquals(3, r.exitCode(), r.toString());
    assertTrue(r.stdout().contains("\"error\""), r.toString());
  }

  @Test
  void theHandWrittenCommandOfAGroupKeepsItsOptions() {
    CliRunner.Result help = run("customers", "get", "--help");

    assertEquals(ExitCodes.OK, help.exitCode(), help.toString());
    assertTrue(help.stdout().contains("--license-info"), help.stdout());
    CliRunner.Result awaitHelp = run("customers", "await-provisioned", "--help");
    assertEquals(ExitCodes.OK, awaitHelp.exitCode(), awaitHelp.toString());
    assertTrue(awaitHelp.stdout().contains("--timeout"), awaitHelp.stdout());
  }
}
