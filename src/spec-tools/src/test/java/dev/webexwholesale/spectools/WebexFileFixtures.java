package dev.webexwholesale.spectools;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Made-up later versions of Webex's file, derived from the vendored one: {@link #newer} adds an operation, a
 * customer package value and a Customer property; {@link #withoutSubPartners} drops the sub-partners list. Used by
 * {@link AssembledSpecTest} and, through {@code main}, by {@code src/spec-tools/webex-update-check}.
 */
public final class WebexFileFixtures {
  static final String NEW_OPERATION = "GET /wholesale/widgets (operationId List Wholesale Widgets)";
  static final String NEW_PACKAGE = "webex_widgets";
  static final String NEW_PROPERTY = "region";
  static final String NEW_PROSE = "Lists the widgets of a partner, in Webex's words.";

  private WebexFileFixtures() {
  }

  static ObjectNode newer(Path root) throws IOException {
    ObjectNode file = (ObjectNode) Yaml.read(root.resolve(SpecTool.VENDORED));
    ObjectNode operation = Yaml.JSON.createObjectNode();
    operation.put("operationId", "List Wholesale Widgets");
    operation.put("description", NEW_PROSE);
    operation.putObject("responses").putObject("200").putObject("content").putObject("application/json")
        .putObject("schema").put("$ref", "#/components/schemas/CustomerListResponse");
    operation.withObject("/responses").putObject("400");
    file.withObject("/paths").putObject("/wholesale/widgets").set("get", operation);
    ((ArrayNode) file.at("/components/schemas/WholesalePackagesCustomer/enum")).add(NEW_PACKAGE);
    file.withObject("/components/schemas/Customer/properties").putObject(NEW_PROPERTY).put("type", "string");
    return file;
  }

  static ObjectNode withoutSubPartners(Path root) throws IOException {
    ObjectNode file = (ObjectNode) Yaml.read(root.resolve(SpecTool.VENDORED));
    ((ObjectNode) file.get("paths")).remove("/wholesale/subPartners");
    return file;
  }

  /** Writes newer.json and without-subpartners.json into the folder given (args: REPO FOLDER). */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    Files.writeString(out.resolve("newer.json"), Yaml.json(newer(root)));
    Files.writeString(out.resolve("without-subpartners.json"), Yaml.json(withoutSubPartners(root)));
  }
}
