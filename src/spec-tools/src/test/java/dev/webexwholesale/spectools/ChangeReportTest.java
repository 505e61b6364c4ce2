package dev.webexwholesale.spectools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChangeReportTest {
  @Test
  void reportsOperationsPropertiesEnumsRequiredMarksAndResponseCodes() throws Exception {
    String before = """
        openapi: 3.0.0
        paths:
          /c:
            get:
              operationId: List C
              responses: {'200': {content: {application/json: {schema: {$ref: '#/components/schemas/C'}}}}, '400': {}}
          /old:
            delete: {operationId: Remove Old, responses: {'204': {}}}
        components:
          schemas:
            C:
              required: [id]
              properties:
                id: {type: string}
                gone: {type: string}
                kind: {type: string, enum: [a, b]}
        """;
    String after = """
        openapi: 3.0.0
        paths:
          /c:
            get:
              operationId: List C
              responses: {'200': {content: {application/json: {schema: {$ref: '#/components/schemas/C'}}}}, '202': {}}
            post: {operationId: Create C, responses: {'201': {}}}
        components:
          schemas:
            C:
              required: [id, kind]
              properties:
                id: {type: string}
                kind: {type: string, enum: [a, c]}
                fresh: {type: integer}
        """;
    assertEquals("""
        Webex's file changed (11 changes):
          operation added: POST /c (operationId Create C)
          operation removed: DELETE /old (operationId Remove Old)
          property added: schema C.fresh
          property removed: schema C.gone
          enum value added: schema C.kind: c
          enum value removed: schema C.kind: b
          required mark added: schema C.kind
          response code added: GET /c 202
          response code added: POST /c 201
          response code removed: DELETE /old 204
          response code removed: GET /c 400
        """, ChangeReport.between(Yaml.YAML.readTree(before), Yaml.YAML.readTree(after)));
    assertEquals("Webex's file: no change in operations, properties, enum values, required marks or response codes\n",
        ChangeReport.between(Yaml.YAML.readTree(before), Yaml.YAML.readTree(before)));
  }
}
