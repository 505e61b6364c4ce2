package dev.webexwholesale.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * {@code mvn -B -Pregenerate generate-sources}: rewrites {@code generated/} from
 * {@code openapi/webex-wholesale.yaml} and the templates in {@code openapi/templates}. The
 * generator settings are the ones the client has always been generated with (java, retrofit2,
 * Gson); {@link WholesaleCodegen} adds the project's rules.
 */
public final class Regenerate {
  private Regenerate() {
  }

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    run(root.resolve("openapi/webex-wholesale.yaml"), root.resolve("openapi/templates"), root.resolve("generated"));
  }

  /** Wipes {@code out}'s sources (stale files of removed operations must not survive) and generates. */
  public static void run(Path spec, Path templates, Path out) throws IOException {
    wipe(out.resolve("src"));
    wipe(out.resolve("cli"));
    wipe(out.resolve(".openapi-generator"));
    CodegenConfigurator c = new CodegenConfigurator()
        .setInputSpec(spec.toString())
        .setGeneratorName(WholesaleCodegen.class.getName())
        .setLibrary("retrofit2")
        .setOutputDir(out.toString())
        .setTemplateDir(templates.toString())
        .setApiPackage("dev.webexwholesale.api")
        .setModelPackage("dev.webexwholesale.model")
        .setInvokerPackage("dev.webexwholesale.api")
        .setValidateSpec(true)
        .addModelNameMapping("Error", "ErrorDetail")
        .addModelNameMapping("Package", "Package")
        .addGlobalProperty("apis", "")
        .addGlobalProperty("models", "")
        .addGlobalProperty("apiDocs", "false")
        .addGlobalProperty("modelDocs", "false")
        .addGlobalProperty("apiTests", "false")
        .addGlobalProperty("modelTests", "false")
        .addAdditionalProperty("serializationLibrary", "gson")
        .addAdditionalProperty("dateLibrary", "java8")
        .addAdditionalProperty("hideGenerationTimestamp", "true")
        .addAdditionalProperty("openApiNullable", "false")
        .addAdditionalProperty("annotationLibrary", "none")
        .addAdditionalProperty("useJakartaEe", "true")
        .addAdditionalProperty("disallowAdditionalPropertiesIfNotPresent", "false");
    ClientOptInput input = c.toClientOptInput();
    WholesaleGenerator generator = new WholesaleGenerator();
    generator.setGenerateMetadata(false);
    generator.opts(input).generate();
  }

  private static void wipe(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
