package dev.webexwholesale.codegen;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openapitools.codegen.DefaultGenerator;

/**
 * The stock generator (models, Retrofit interfaces) followed by the project's own files: one
 * resource class per group, one params builder per operation with query parameters, the
 * client's accessors and request checks, written with the templates in {@code openapi/templates}.
 */
public class WholesaleGenerator extends DefaultGenerator {
  @Override
  public List<File> generate() {
    List<File> files = new ArrayList<>(super.generate());
    WholesaleCodegen codegen = (WholesaleCodegen) config;
    Surface surface = Surface.of(codegen);
    try {
      String out = config.getOutputDir() + "/src/main/java/dev/webexwholesale/client/";
      for (Surface.Group g : surface.groups) {
        files.add(write(g.data(), "webex/resource.mustache", out + g.resourceClass + ".java"));
        for (Surface.Op op : g.ops) {
          if (op.params != null) {
            files.add(write(op.params.data(), "webex/params.mustache", out + op.params.className + ".java"));
          }
        }
      }
      files.add(write(surface.data(), "webex/resources.mustache", out + "WholesaleResources.java"));
      String cli = config.getOutputDir() + "/cli/src/main/java/dev/webexwholesale/cli/";
      for (Surface.Group g : surface.groups) {
        files.add(write(g.data(), "webex/cli.mustache", cli + g.className + "Commands.java"));
      }
      files.add(write(surface.data(), "webex/cliGroups.mustache", cli + "GeneratedGroups.java"));
      files.add(write(surface.data(), "webex/checks.mustache", out + "RequestChecks.java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private File write(Map<String, Object> data, String template, String path) throws IOException {
    return processTemplateToFile(data, template, path, true, "");
  }
}
