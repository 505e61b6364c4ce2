package dev.webexwholesale.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.webexwholesale.client.internal.json.WholesaleJson;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example in the spec decodes into its generated model and re-encodes to the same JSON,
 * with no field left over as "unknown" (which would mean the model and the spec disagree on a name).
 */
class SpecExamplesDecodeTest {
  private static final String MODEL_PACKAGE = "dev.webexwholesale.model.";

  /** One JSON example and the schema it claims to follow. */
  record Example(String where, String schemaName, String json) {
  }

  @TestFactory
  Stream<DynamicTest> everyExampleRoundTripsThroughItsModel() {
    return allExamples().stream()
        .map(e -> DynamicTest.dynamicTest(e.where() + " as " + e.schemaName(), () -> roundTrip(e)));
  }

  @Test
  void theWalkFindsTheExamplesTheSpecIsKnownToHave() {
    List<Example> all = allExamples();
    long requests = all.stream().filter(e -> e.where().endsWith("request")).count();
    long responses = all.stream().filter(e -> e.where().contains(" response ")).count();
    long schemas = all.stream().filter(e -> e.where().startsWith("schema ")).count();
    // 7 operations with bodies; 13 success examples plus the 404 error example shared by 12 operations.
    assertEquals(7, requests, "request body examples");
    assertTrue(responses >= 13 + 12, "response examples: " + responses);
    assertTrue(schemas >= 10, "schemas composed from property examples: " + schemas);
  }

  @Test
  void aModelThatMissesASpecFieldIsCaught() {
    // Not vacuous: a property the model does not define lands in the unknown fields.
    Example renamed = new Example("test", "Address", "{\"city\":\"Milpitas\",\"postcode\":\"95035\"}");
    Object decoded = WholesaleJson.gson().fromJson(renamed.json(), modelClass(renamed.schemaName()));
    assertEquals(List.of("$.postcode"), unknownFields(decoded, "$"));
  }

  private static void roundTrip(Example e) {
    Class<?> type = modelClass(e.schemaName());
    Object decoded = WholesaleJson.gson().fromJson(e.json(), type);
    assertEquals(List.of(), unknownFields(decoded, "$"), "fields the model does not define");
    JsonElement expected = normalized(JsonParser.parseString(e.json()));
    JsonElement actual = normalized(WholesaleJson.gson().toJsonTree(decoded));
    assertEquals(expected, actual);
  }

  static List<Example> allExamples() {
    List<Example> out = new ArrayList<>();
    for (Map.Entry<String, Operation> op : OpenApiExamples.operations().entrySet()) {
      String id = op.getKey();
      if (op.getValue().getRequestBody() != null) {
        collect(out, id + " request", op.getValue().getRequestBody().getContent(), inlineRequestModel(id));
      }
      op.getValue().getResponses().forEach((status, response) -> {
        ApiResponse r = OpenApiExamples.resolve(response);
        collect(out, id + " response " + status, r.getContent(), null);
      });
    }
    OpenApiExamples.SPEC.getComponents().getSchemas().forEach((name, schema) -> {
      if (schema.getExample() != null) {
        out.add(new Example("schema " + name + " example", name, OpenApiExamples.toJson(schema.getExample(), name)));
      }
      JsonObject composed = composedFromProperties(schema);
      if (composed.size() > 0) {
        out.add(new Example("schema " + name + " property examples", name, composed.toString()));
      }
    });
    return out;
  }

  /** The generator names an inline request body's model after the operation: createBillingReport -> CreateBillingReportRequest. */
  private static String inlineRequestModel(String operationId) {
    return Character.toUpperCase(operationId.charAt(0)) + operationId.substring(1) + "Request";
  }

  private static void collect(List<Example> out, String where, Content content, String inlineModel) {
    if (content == null) {
      return;
    }
    content.forEach((mediaType, media) -> {
      String schema = schemaName(media, where, inlineModel);
      if (media.getExample() != null) {
        out.add(new Example(where, schema, OpenApiExamples.toJson(media.getExample(), where)));
      }
      if (media.getExamples() != null) {
        media.getExamples().forEach((name, ex) ->
            out.add(new Example(where + " (" + name + ")", schema, OpenApiExamples.toJson(ex.getValue(), name))));
      }
    });
  }

  private static String schemaName(MediaType media, String where, String inlineModel) {
    Schema<?> schema = media.getSchema();
    if (schema != null && schema.get$ref() == null && inlineModel != null && "object".equals(schema.getType())) {
      return inlineModel;
    }
    if (schema == null || schema.get$ref() == null) {
      throw new AssertionError(where + ": an inline schema has no generated model to decode into");
    }
    return OpenApiExamples.simpleName(schema.get$ref());
  }

  /** The property-level examples of a schema put together as one object. */
  @SuppressWarnings("rawtypes")
  private static JsonObject composedFromProperties(Schema<?> schema) {
    JsonObject obj = new JsonObject();
    Map<String, Schema> properties = schema.getProperties();
    if (properties == null) {
      return obj;
    }
    properties.forEach((name, property) -> {
      if (property.getExample() != null) {
        obj.add(name, JsonParser.parseString(OpenApiExamples.toJson(property.getExample(), name)));
      } else if (property.getItems() != null && property.getItems().getExample() != null) {
        JsonArray array = new JsonArray();
        array.add(JsonParser.parseString(OpenApiExamples.toJson(property.getItems().getExample(), name)));
        obj.add(name, array);
      }
    });
    return obj;
  }

  /** Schema {@code Error} is generated as {@code ErrorDetail} (it would shadow java.lang.Error). */
  static Class<?> modelClass(String schemaName) {
    String simple = schemaName.equals("Error") ? "ErrorDetail" : schemaName;
    try {
      return Class.forName(MODEL_PACKAGE + simple);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("schema " + schemaName + " has no model class " + MODEL_PACKAGE + simple, e);
    }
  }

  /** JSON paths of fields that landed in a model's additional properties, at any depth. */
  static List<String> unknownFields(Object value, String path) {
    List<String> found = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        found.addAll(unknownFields(list.get(i), path + "[" + i + "]"));
      }
      return found;
    }
    if (value == null || !value.getClass().getName().startsWith(MODEL_PACKAGE)) {
      return found;
    }
    for (Method m : value.getClass().getMethods()) {
      if (m.getParameterCount() != 0 || !m.getName().startsWith("get") || m.getDeclaringClass() == Object.class) {
        continue;
      }
      Object child = invoke(m, value);
      if (m.getName().equals("getAdditionalProperties")) {
        ((Map<?, ?>) child).keySet().forEach(k -> found.add(path + "." + k));
      } else {
        found.addAll(unknownFields(child, path + "." + m.getName().substring(3)));
      }
    }
    return found;
  }

  private static Object invoke(Method m, Object target) {
    try {
      return m.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(m + " failed", e);
    }
  }

  /**
   * Date-times compare as instants with offset: the layer writes
   * {@code 2026-03-01T10:15:30Z} for the example's {@code 2026-03-01T10:15:30.000Z}.
   */
  static JsonElement normalized(JsonElement e) {
    if (e.isJsonObject()) {
      JsonObject copy = new JsonObject();
      e.getAsJsonObject().entrySet().forEach(en -> copy.add(en.getKey(), normalized(en.getValue())));
      return copy;
    }
    if (e.isJsonArray()) {
      JsonArray copy = new JsonArray();
      e.getAsJsonArray().forEach(x -> copy.add(normalized(x)));
      return copy;
    }
    if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
      String s = e.getAsString();
      try {
        return new JsonPrimitive(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.parse(s)));
      } catch (DateTimeParseException notADateTime) {
        return e;
      }
    }
    return e;
  }
}
