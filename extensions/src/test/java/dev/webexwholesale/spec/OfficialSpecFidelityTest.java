package dev.webexwholesale.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The project's spec carries every fact of Webex's official spec (the vendored file
 * {@code openapi/sources/webex-wholesale.official.json}, from which the overlays assemble it):
 * paths, query parameters, success codes, request and response properties at every depth,
 * required marks and enum values. Types are not compared (the official spec types
 * {@code offset}/{@code max} as strings and codes as numbers; the wire is the same), nor
 * descriptions (the vendored file has none; ours are our own words). This holds the overlays
 * to Webex's facts: an overlay that drops or renames a property Webex documents fails here.
 */
class OfficialSpecFidelityTest {
  /** Where a seed speaks, it wins: seed 003 lists five values for the precheck's {@code package}. */
  private static final Set<String> SEED_GOVERNED_ENUMS = Set.of("POST /wholesale/subscribers/validate request.package");

  /** Properties the official spec lacks that another document shows (docs/fidelity.md). */
  private static final Set<String> KEPT_FROM_OTHER_DOCUMENTS = Set.of(".resourceDetails.addOns",
      // Webex's own example of the created report shows it; its schema does not.
      "POST /wholesale/billing/reports 200.internal");

  private final OpenAPI ours = parse(Specs.text());
  private final OpenAPI official = parse(vendored());
  private final List<String> missing = new ArrayList<>();

  private static OpenAPI parse(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    return new OpenAPIParser().readContents(text, null, options).getOpenAPI();
  }

  /** Webex's file as vendored next to the spec (prose removed, every fact unchanged). */
  private static String vendored() {
    Path file = Specs.path().toAbsolutePath().getParent().resolve("sources/webex-wholesale.official.json");
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void sameOperationsOnTheSamePaths() {
    assertEquals(operations(official), operations(ours));
    assertEquals(18, operations(ours).size());
  }

  @Test
  void everyOperationCarriesTheOfficialFacts() {
    official.getPaths().forEach((path, officialItem) -> officialItem.readOperationsMap().forEach((method, officialOp) -> {
      String where = method + " " + path;
      Operation op = ours.getPaths().get(path).readOperationsMap().get(method);
      assertEquals(queryNames(officialOp), queryNames(op), where + " query parameters");
      assertEquals(successCodes(officialOp), successCodes(op), where + " success codes");
      assertTrue(op.getResponses().keySet().containsAll(officialOp.getResponses().keySet()), where + " error codes");
      if (officialOp.getRequestBody() != null) {
        compare(where + " request", json(officialOp.getRequestBody().getContent()), json(op.getRequestBody().getContent()),
            true);
      }
      for (String code : successCodes(officialOp)) {
        Schema<?> body = json(officialOp.getResponses().get(code).getContent());
        if (body != null) {
          compare(where + " " + code, body, json(op.getResponses().get(code).getContent()), false);
        }
      }
    }));
    assertTrue(missing.isEmpty(), String.join("\n", missing));
  }

  @Test
  void theComparisonNoticesADroppedRequiredMark() {
    Schema<?> officialRequest = json(official.getPaths().get("/wholesale/subscribers").getPost().getRequestBody().getContent());
    Schema<?> weakened = json(ours.getPaths().get("/wholesale/subscribers").getPost().getRequestBody().getContent());
    weakened.setRequired(List.of("customerId", "email"));
    compare("sensitivity", officialRequest, weakened, true);
    assertEquals(1, missing.size(), missing.toString());
  }

  @Test
  void theComparisonNoticesAPropertyNoDocumentShows() {
    Schema<?> officialRequest = json(official.getPaths().get("/wholesale/customers/validate").getPost().getRequestBody()
        .getContent());
    Schema<?> invented = json(ours.getPaths().get("/wholesale/customers/validate").getPost().getRequestBody().getContent());
    invented.addProperty("inventedField", new io.swagger.v3.oas.models.media.StringSchema());
    compare("sensitivity", officialRequest, invented, true);
    assertEquals(List.of("sensitivity.inventedField: not in Webex's official spec (drop it, or name its document in"
        + " docs/fidelity.md)"), missing);
  }

  /** Ours must have every property, every enum value and (in requests) the same required marks. */
  private void compare(String where, Schema<?> official, Schema<?> ours, boolean request) {
    if (official == null) {
      return;
    }
    if (ours == null) {
      missing.add(where + ": missing");
      return;
    }
    ours = unwrap(ours);
    official = unwrap(official);
    if (official.getEnum() != null && !SEED_GOVERNED_ENUMS.contains(where)) {
      Set<Object> have = ours.getEnum() == null ? Set.of() : new HashSet<>(ours.getEnum());
      for (Object value : official.getEnum()) {
        if (!have.contains(value)) {
          missing.add(where + ": enum value " + value);
        }
      }
    }
    if (official.getItems() != null) {
      compare(where + "[]", official.getItems(), ours.getItems(), request);
    }
    if (official.getProperties() == null) {
      return;
    }
    if ("array".equals(ours.getType()) && ours.getExtensions() != null
        && Boolean.TRUE.equals(ours.getExtensions().get("x-accept-single-item"))) {
      // The official schema's single object is one element of our list (the seed's shape).
      compare(where + "[]", official, ours.getItems(), request);
      return;
    }
    if (request) {
      Set<String> officialRequired = new TreeSet<>(official.getRequired() == null ? List.of() : official.getRequired());
      Set<String> ourRequired = new TreeSet<>(ours.getRequired() == null ? List.of() : ours.getRequired());
      if (!officialRequired.equals(ourRequired)) {
        missing.add(where + ": required " + ourRequired + " but Webex marks " + officialRequired);
      }
    }
    Map<String, Schema> ourProperties = ours.getProperties() == null ? Map.of() : ours.getProperties();
    official.getProperties().forEach((name, schema) ->
        compare(where + "." + name, schema, ourProperties.get(name), request));
    for (String name : ourProperties.keySet()) {
      String property = where + "." + name;
      if (!official.getProperties().containsKey(name) && KEPT_FROM_OTHER_DOCUMENTS.stream().noneMatch(property::endsWith)) {
        missing.add(property + ": not in Webex's official spec (drop it, or name its document in docs/fidelity.md)");
      }
    }
  }

  private static Schema<?> unwrap(Schema<?> schema) {
    if (schema.getAllOf() != null && schema.getAllOf().size() == 1) {
      return schema.getAllOf().get(0);
    }
    return schema;
  }

  private static Schema<?> json(Map<String, MediaType> content) {
    if (content == null || content.get("application/json") == null) {
      return null;
    }
    return content.get("application/json").getSchema();
  }

  private static Set<String> operations(OpenAPI api) {
    Set<String> out = new TreeSet<>();
    api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet().forEach(m -> out.add(m + " " + path)));
    return out;
  }

  private static Set<String> queryNames(Operation op) {
    return op.getParameters() == null ? Set.of() : op.getParameters().stream()
        .filter(p -> "query".equals(p.getIn())).map(Parameter::getName).collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<String> successCodes(Operation op) {
    return op.getResponses().keySet().stream().filter(c -> c.startsWith("2")).sorted().toList();
  }
}
