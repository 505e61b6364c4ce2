package dev.webexwholesale.spectools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class OverlaysTest {
  private static ObjectNode doc() throws Exception {
    return (ObjectNode) Yaml.YAML.readTree("""
        paths:
          /a:
            get:
              tags: [x]
              parameters:
              - {name: offset, in: query, schema: {type: string}}
              - {name: max, in: query, schema: {type: string}}
          /b:
            get:
              tags: [y]
        components:
          schemas:
            Customer:
              required: [id]
              properties:
                id: {type: string}
                status: {type: string, enum: [a, b]}
        """);
  }

  private static JsonNode overlay(String actions) throws Exception {
    return Yaml.YAML.readTree("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n" + actions);
  }

  @Test
  void updateMergesObjectsRecursivelyAndAppendsToArrays() throws Exception {
    ObjectNode doc = doc();
    Overlays.apply(doc, overlay("""
        - target: $.components.schemas.Customer
          description: why
          update:
            required: [status]
            properties:
              status: {format: code, enum: [c]}
              added: {type: integer}
        """), "o.yaml");
    JsonNode customer = doc.at("/components/schemas/Customer");
    assertEquals("[\"id\",\"status\"]", customer.get("required").toString());
    assertEquals("{\"type\":\"string\",\"enum\":[\"a\",\"b\",\"c\"],\"format\":\"code\"}",
        customer.at("/properties/status").toString());
    assertEquals("[\"id\",\"status\",\"added\"]", Yaml.JSON.valueToTree(iterable(customer.get("properties"))).toString());
  }

  @Test
  void updateOfAnArrayAppendsTheValueAndAWildcardUpdatesEveryMatch() throws Exception {
    ObjectNode doc = doc();
    Overlays.apply(doc, overlay("""
        - target: $.paths.*.get.tags
          description: why
          update: z
        """), "o.yaml");
    assertEquals("[\"x\",\"z\"]", doc.at("/paths/~1a/get/tags").toString());
    assertEquals("[\"y\",\"z\"]", doc.at("/paths/~1b/get/tags").toString());
  }

  @Test
  void removeDeletesWhatAFilterSelects() throws Exception {
    ObjectNode doc = doc();
    Overlays.apply(doc, overlay("""
        - target: $.paths['/a'].get.parameters[?(@.name == 'offset')]
          description: why
          remove: true
        - target: $.components.schemas.Customer.properties.status.enum[?(@ == 'a')]
          description: why
          remove: true
        - target: $.paths['/b']
          description: why
          remove: true
        """), "o.yaml");
    assertEquals(1, doc.at("/paths/~1a/get/parameters").size());
    assertEquals("max", doc.at("/paths/~1a/get/parameters/0/name").asText());
    assertEquals("[\"b\"]", doc.at("/components/schemas/Customer/properties/status/enum").toString());
    assertTrue(doc.at("/paths/~1b").isMissingNode());
  }

  @Test
  void anActionMatchingNothingFailsNamingTheFileTargetAndReason() throws Exception {
    ObjectNode doc = doc();
    StaleOverlayActionException e = assertThrows(StaleOverlayActionException.class, () -> Overlays.apply(doc, overlay("""
        - target: $.components.schemas.Customer
          description: first
          update: {x-a: 1}
        - target: $.paths['/wholesale/subPartners'].get
          description: the sub-partner list key
          update: {x-b: 1}
        """), "openapi/overlays/15-x.yaml"));
    assertTrue(e.getMessage().startsWith("openapi/overlays/15-x.yaml: stale action"), e.getMessage());
    assertTrue(e.getMessage().contains("$.paths['/wholesale/subPartners'].get"), e.getMessage());
    assertTrue(e.getMessage().endsWith("the sub-partner list key"), e.getMessage());
    // A filter that matches nothing is just as stale as a missing key.
    assertThrows(StaleOverlayActionException.class, () -> Overlays.apply(doc, overlay("""
        - target: $.paths['/a'].get.parameters[?(@.name == 'limit')]
          description: gone
          remove: true
        """), "o.yaml"));
  }

  @Test
  void everyActionSaysWhyAndTheDocumentIsAnOverlay() throws Exception {
    ObjectNode doc = doc();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Overlays.apply(doc, overlay("""
        - target: $.paths
          update: {x: 1}
        """), "o.yaml"));
    assertTrue(e.getMessage().contains("does not say why"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Overlays.apply(doc,
        Yaml.YAML.readTree("overlay: 2.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: $, description: d, remove: true}]"),
        "o.yaml"));
    assertThrows(IllegalArgumentException.class, () -> Overlays.apply(doc, overlay("""
        - target: $.paths['/a'].get.tags[0]
          description: a string is neither merged nor appended to
          update: {x: 1}
        """), "o.yaml"));
  }

  @Test
  void aMultiPropertyTargetUpdatesTheNodesThatExistAndIsStaleWhenNoneDoes() throws Exception {
    ObjectNode doc = doc();
    Overlays.apply(doc, overlay("""
        - target: $.paths.*['get','post']
          description: why
          update: {x-seen: true}
        - target: $.components.schemas['Customer','Gone']
          description: why
          remove: true
        """), "o.yaml");
    assertTrue(doc.at("/paths/~1a/get/x-seen").asBoolean());
    assertTrue(doc.at("/paths/~1b/get/x-seen").asBoolean());
    assertTrue(doc.at("/paths/~1a/post").isMissingNode(), "no post made up");
    assertTrue(doc.at("/components/schemas/Customer").isMissingNode());
    assertThrows(StaleOverlayActionException.class, () -> Overlays.apply(doc, overlay("""
        - target: $.paths.*['put','patch']
          description: none of these exist
          update: {x-seen: true}
        """), "o.yaml"));
  }

  /** The two target shapes the broad actions rely on (14-schema-names, 21-response-descriptions). */
  @Test
  void aDeepFilterRedirectsEveryReferenceAndAnObjectFilterSelectsByAbsence() throws Exception {
    ObjectNode doc = (ObjectNode) Yaml.YAML.readTree("""
        paths:
          /a:
            get:
              responses:
                '200': {content: {application/json: {schema: {$ref: '#/components/schemas/Old'}}}}
                '202': {description: ours}
                '400': {$ref: '#/components/responses/BadRequest'}
        components:
          schemas:
            List: {type: array, items: {$ref: '#/components/schemas/Old'}}
            Other: {$ref: '#/components/schemas/Other2'}
        """);
    Overlays.apply(doc, overlay("""
        - target: $..[?(@['$ref'] == '#/components/schemas/Old')]
          description: rename
          update: {$ref: '#/components/schemas/New'}
        - target: $.paths.*.*.responses.*[?(!@.description && !@['$ref'])]
          description: placeholder
          update: {description: placeholder}
        """), "o.yaml");
    assertEquals("#/components/schemas/New",
        doc.at("/paths/~1a/get/responses/200/content/application~1json/schema/$ref").asText());
    assertEquals("#/components/schemas/New", doc.at("/components/schemas/List/items/$ref").asText());
    assertEquals("#/components/schemas/Other2", doc.at("/components/schemas/Other/$ref").asText());
    assertEquals("placeholder", doc.at("/paths/~1a/get/responses/200/description").asText());
    assertEquals("ours", doc.at("/paths/~1a/get/responses/202/description").asText());
    assertTrue(doc.at("/paths/~1a/get/responses/400/description").isMissingNode());
  }

  private static Iterable<String> iterable(JsonNode object) {
    return object::fieldNames;
  }
}
