package dev.webexwholesale.spectools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed spec is the assembly of the vendored file and the overlays, and an import carries Webex's changes. */
class AssembledSpecTest {
  private static final Path ROOT = Path.of(System.getProperty("repo.root", "../.."));

  @TempDir
  Path scratch;

  @Test
  void theCommittedSpecIsTheAssembledOne() throws IOException {
    assertEquals(Files.readString(ROOT.resolve(SpecTool.ASSEMBLED)), SpecTool.assembledText(ROOT),
        "openapi/webex-wholesale.yaml drifted from openapi/sources + openapi/overlays: run mvn -B -Pregenerate"
            + " generate-sources and commit");
  }

  @Test
  void theVendoredFileHasNoProse() throws IOException {
    JsonNode vendored = Yaml.read(ROOT.resolve(SpecTool.VENDORED));
    assertEquals(Prose.strip(vendored), vendored);
    assertTrue(vendored.at("/paths/~1wholesale~1customers/get/responses/200").isObject());
  }

  /**
   * No run of six words of Webex's prose (its fingerprints, kept by the import) is in the assembled spec's
   * descriptions, summaries or titles, unless a seed says the same words (the seeds' fingerprints).
   */
  @Test
  void theAssembledSpecCarriesNoneOfWebexsSentences() throws IOException {
    Set<String> fingerprints = fingerprints(ROOT.resolve(SpecTool.FINGERPRINTS));
    assertTrue(fingerprints.size() > 500, "fingerprints of Webex's prose: " + fingerprints.size());
    JsonNode spec = Yaml.read(ROOT.resolve(SpecTool.ASSEMBLED));
    Set<String> seeds = fingerprints(ROOT.resolve(SpecTool.SEED_FINGERPRINTS));
    assertTrue(seeds.size() > 300, "fingerprints of the seeds: " + seeds.size());
    fingerprints.removeAll(seeds);
    List<String> copied = webexSentences(spec, fingerprints);
    assertTrue(copied.isEmpty(), "Webex's words in the spec (write our own, or name the seed that says them):\n"
        + String.join("\n", copied));
  }

  @Test
  void theProseCheckNoticesACopiedSentence() throws IOException {
    JsonNode spec = Yaml.YAML.readTree("""
        info: {description: 'Our own words, nothing copied at all here.'}
        components:
          schemas:
            X:
              properties:
                description:
                  type: string
                  description: 'Note: The Organization ID of the enterprise on Cisco Webex, as Webex puts it.'
        """);
    Set<String> fingerprints = new HashSet<>(ProseFingerprints.windows("Organization ID of the enterprise on Cisco Webex"));
    List<String> copied = webexSentences(spec, fingerprints);
    assertEquals(List.of("Note: The Organization ID of the enterprise on Cisco Webex, as Webex puts it."), copied);
  }

  @Test
  void anImportReportsAndCarriesANewOperationPackageValueAndCustomerProperty() throws IOException {
    Path root = copyOfTheSpecInputs();
    ObjectNode newer = WebexFileFixtures.newer(ROOT);
    Path file = scratch.resolve("webex-wholesale.json");
    Files.writeString(file, Yaml.json(newer));

    ByteArrayOutputStream report = new ByteArrayOutputStream();
    SpecTool.importWebexFile(root, file, new PrintStream(report, true, StandardCharsets.UTF_8));
    String text = report.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("operation added: " + WebexFileFixtures.NEW_OPERATION), text);
    assertTrue(text.contains("enum value added: schema WholesalePackagesCustomer: " + WebexFileFixtures.NEW_PACKAGE), text);
    assertTrue(text.contains("property added: schema Customer." + WebexFileFixtures.NEW_PROPERTY), text);
    assertTrue(text.contains("response code added: GET /wholesale/widgets 200"), text);

    JsonNode spec = Yaml.YAML.readTree(SpecTool.assemble(root));
    // The broad actions reach the new operation: error model, tracking header, a valid (placeholder) description,
    // and the reference to Webex's renamed list schema points at ours.
    assertEquals("#/components/responses/BadRequest", spec.at("/paths/~1wholesale~1widgets/get/responses/400/$ref").asText());
    JsonNode ok = spec.at("/paths/~1wholesale~1widgets/get/responses/200");
    assertEquals("#/components/headers/trackingid", ok.at("/headers/trackingid/$ref").asText());
    assertEquals("An answer our overlays do not describe yet.", ok.path("description").asText());
    assertEquals("#/components/schemas/CustomerList", ok.at("/content/application~1json/schema/$ref").asText());
    assertTrue(spec.at("/components/schemas/WholesalePackagesCustomer/enum").toString().contains("\"webex_widgets\""));
    assertEquals("string", spec.at("/components/schemas/Customer/properties/region/type").asText());
    assertTrue(Prose.strip(Yaml.read(root.resolve(SpecTool.VENDORED))).equals(Yaml.read(root.resolve(SpecTool.VENDORED))),
        "the import strips the new file's prose");
    assertTrue(Files.readString(root.resolve(SpecTool.FINGERPRINTS)).contains(
        ProseFingerprints.windows(WebexFileFixtures.NEW_PROSE).get(0)));
  }

  @Test
  void anImportWithoutTheSubPartnersOperationFailsNamingTheStaleAction() throws IOException {
    Path root = copyOfTheSpecInputs();
    ObjectNode newer = WebexFileFixtures.withoutSubPartners(ROOT);
    Path file = scratch.resolve("webex-wholesale.json");
    Files.writeString(file, Yaml.json(newer));
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    SpecTool.importWebexFile(root, file, new PrintStream(report, true, StandardCharsets.UTF_8));
    assertTrue(report.toString(StandardCharsets.UTF_8).contains(
        "operation removed: GET /wholesale/subPartners (operationId List Wholesale Sub-partners)"), report.toString());
    String before = Files.readString(root.resolve(SpecTool.ASSEMBLED));
    StaleOverlayActionException e = assertThrows(StaleOverlayActionException.class, () -> SpecTool.assemble(root));
    assertTrue(e.getMessage().matches("openapi/overlays/\\d\\d-[a-z-]+\\.yaml: stale action, its target \\$\\.paths\\['/wholesale/subPartners'].*"),
        e.getMessage());
    assertEquals(before, Files.readString(root.resolve(SpecTool.ASSEMBLED)), "nothing written on failure");
  }

  /** openapi/sources, openapi/overlays and the spec, copied to a scratch repository root. */
  private Path copyOfTheSpecInputs() throws IOException {
    Path root = scratch.resolve("repo");
    for (String folder : List.of("openapi/sources", "openapi/overlays")) {
      Files.createDirectories(root.resolve(folder));
      try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
        for (Path file : files.toList()) {
          Files.copy(file, root.resolve(folder).resolve(file.getFileName()));
        }
      }
    }
    Files.copy(ROOT.resolve(SpecTool.ASSEMBLED), root.resolve(SpecTool.ASSEMBLED));
    return root;
  }

  private static Set<String> fingerprints(Path file) throws IOException {
    Set<String> out = new HashSet<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        out.add(line.trim());
      }
    }
    return out;
  }

  private static List<String> webexSentences(JsonNode spec, Set<String> fingerprints) {
    List<String> out = new ArrayList<>();
    proseOf(spec, false, "", text -> {
      if (ProseFingerprints.windows(text).stream().anyMatch(fingerprints::contains)) {
        out.add(text.length() > 120 ? text.substring(0, 120) + "..." : text);
      }
    });
    return out;
  }

  private static void proseOf(JsonNode node, boolean namesMap, String where, java.util.function.Consumer<String> sink) {
    if (node.isArray()) {
      node.forEach(item -> proseOf(item, false, where, sink));
    } else if (node.isObject()) {
      node.fields().forEachRemaining(f -> {
        if (!namesMap && Prose.PROSE_KEYS.contains(f.getKey()) && f.getValue().isTextual()) {
          sink.accept(f.getValue().asText());
        } else if (namesMap || !Prose.DATA.contains(f.getKey())) {
          proseOf(f.getValue(), !namesMap && Prose.NAME_MAPS.contains(f.getKey()) && f.getValue().isObject(), where, sink);
        }
      });
    }
  }
}
