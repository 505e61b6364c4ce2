package dev.webexwholesale.spectools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Assembles {@code openapi/webex-wholesale.yaml} from Webex's vendored file and our overlays; with
 * {@code --import FILE}, first takes a newer Webex file into {@code openapi/sources/} and reports what changed.
 * Usage: {@code SpecTool --root REPO [--import FILE]} (docs/spec.md).
 */
public final class SpecTool {
  static final String VENDORED = "openapi/sources/webex-wholesale.official.json";
  static final String FINGERPRINTS = "openapi/sources/webex-prose.fingerprints";
  static final String SEED_FINGERPRINTS = "openapi/sources/seed-prose.fingerprints";
  static final String OVERLAYS = "openapi/overlays";
  static final String ASSEMBLED = "openapi/webex-wholesale.yaml";
  static final String HEADER = """
      # Assembled by src/spec-tools from openapi/sources/webex-wholesale.official.json (Webex's file, prose removed)
      # and the overlays of openapi/overlays/. Do not edit: change an overlay and run
      # mvn -B -Pregenerate generate-sources (docs/spec.md).
      """;

  private SpecTool() {
  }

  public static void main(String[] args) throws IOException {
    Path root = Path.of(".");
    String importFile = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--root" -> root = Path.of(args[++i]);
        case "--import" -> importFile = i + 1 < args.length ? args[++i] : null;
        case "--seeds" -> {
          fingerprintSeeds(root, Path.of(args[++i]));
          return;
        }
        default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; usage: --root REPO [--import FILE]");
      }
    }
    if (importFile != null && !importFile.isBlank()) {
      importWebexFile(root, Path.of(importFile), System.out);
    }
    assemble(root);
    System.out.println("assembled " + ASSEMBLED + " from " + VENDORED + " and " + Overlays.files(root.resolve(OVERLAYS))
        .size() + " overlays");
  }

  /**
   * Writes the fingerprints of the seed documents (text files of a folder): runs of words a seed and Webex both say
   * may appear in the spec, since where the seeds speak they win word for word.
   */
  static void fingerprintSeeds(Path root, Path folder) throws IOException {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (Path file : Overlays.files(folder, ".*\\.(txt|md)")) {
      out.addAll(ProseFingerprints.windows(Files.readString(file, StandardCharsets.UTF_8)));
    }
    Files.writeString(root.resolve(SEED_FINGERPRINTS), "# " + ProseFingerprints.WORDS + "-word runs of the seed"
        + " documents (SHA-256, first 8 bytes): Webex's words that a seed also says pass the prose check\n"
        + String.join("\n", out) + "\n", StandardCharsets.UTF_8);
  }

  /** Strips the new file's prose into the vendored file and prints what changed. */
  static void importWebexFile(Path root, Path file, PrintStream out) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    JsonNode original = Yaml.read(file);
    JsonNode incoming = Prose.strip(original);
    if (!incoming.has("paths") || !incoming.has("openapi")) {
      throw new IllegalArgumentException(file + " is not an OpenAPI document");
    }
    Path vendored = root.resolve(VENDORED);
    JsonNode before = Files.exists(vendored) ? Yaml.read(vendored) : Yaml.JSON.createObjectNode();
    out.print(ChangeReport.between(before, incoming));
    Files.writeString(vendored, Yaml.json(incoming), StandardCharsets.UTF_8);
    Files.writeString(root.resolve(FINGERPRINTS), "# " + ProseFingerprints.WORDS + "-word runs of Webex's prose"
        + " (SHA-256, first 8 bytes), for the prose check (docs/spec.md)\n"
        + String.join("\n", ProseFingerprints.of(original)) + "\n", StandardCharsets.UTF_8);
  }

  /** Vendored file + overlays, written to openapi/webex-wholesale.yaml; returns the text. */
  static String assemble(Path root) throws IOException {
    String text = assembledText(root);
    Files.writeString(root.resolve(ASSEMBLED), text, StandardCharsets.UTF_8);
    return text;
  }

  /** The assembled spec's text, without writing it. */
  static String assembledText(Path root) throws IOException {
    ObjectNode document = (ObjectNode) Yaml.read(root.resolve(VENDORED));
    Overlays.applyAll(document, Overlays.files(root.resolve(OVERLAYS)), root);
    return Yaml.openApi(document, HEADER);
  }
}
