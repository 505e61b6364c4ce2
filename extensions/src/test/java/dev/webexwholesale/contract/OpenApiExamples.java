package dev.webexwholesale.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.webexwholesale.spec.Specs;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** The spec parsed without resolving references, and its examples as JSON text. */
final class OpenApiExamples {
  static final OpenAPI SPEC = parse(Specs.text());

  private OpenApiExamples() {
  }

  static OpenAPI parse(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    if (result.getOpenAPI() == null) {
      throw new IllegalStateException("spec does not parse: " + result.getMessages());
    }
    return result.getOpenAPI();
  }

  /** Every operation by its operationId. */
  static Map<String, Operation> operations() {
    Map<String, Operation> ops = new LinkedHashMap<>();
    SPEC.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> ops.put(op.getOperationId(), op)));
    return ops;
  }

  static Operation operation(String operationId) {
    Operation op = operations().get(operationId);
    if (op == null) {
      throw new NoSuchElementException("no operation " + operationId);
    }
    return op;
  }

  /** The documented response of an operation, following a {@code #/components/responses} reference. */
  static ApiResponse response(String operationId, int status) {
    ApiResponse r = operation(operationId).getResponses().get(String.valueOf(status));
    if (r == null) {
      throw new NoSuchElementException(operationId + " documents no " + status);
    }
    return resolve(r);
  }

  static ApiResponse resolve(ApiResponse r) {
    if (r.get$ref() == null) {
      return r;
    }
    return SPEC.getComponents().getResponses().get(simpleName(r.get$ref()));
  }

  /** The JSON example of a response's application/json content. */
  static String responseExample(String operationId, int status) {
    MediaType json = response(operationId, status).getContent().get("application/json");
    return toJson(json.getExample(), operationId + " " + status);
  }

  /** The JSON example of an operation's request body. */
  static String requestExample(String operationId) {
    MediaType json = operation(operationId).getRequestBody().getContent().get("application/json");
    return toJson(json.getExample(), operationId + " request");
  }

  static String toJson(Object example, String where) {
    if (example == null) {
      throw new NoSuchElementException("no example for " + where);
    }
    try {
      return Json.mapper().writeValueAsString(example);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code #/components/schemas/Customer} → {@code Customer}. */
  static String simpleName(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }
}
