package dev.webexwholesale.spectools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ProseTest {
  @Test
  void removesProseKeywordsAndKeepsNamesAndData() throws Exception {
    JsonNode stripped = Prose.strip(Yaml.YAML.readTree("""
        info: {title: Webex, version: '1', description: Long prose.}
        paths:
          /x:
            get:
              summary: List
              description: Lists.
              parameters:
              - {name: description, in: query, description: Webex words, schema: {type: string, title: T}}
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      example: {description: kept data, title: kept too}
                      schema:
                        type: object
                        description: prose
                        properties:
                          description: {type: string, description: prose}
                          title: {type: string}
                          summary:
                            type: object
                            properties:
                              title: {type: string, title: prose}
                        enum: [description]
        components:
          schemas:
            title: {type: string, description: prose}
        """));
    assertEquals(Yaml.YAML.readTree("""
        info: {version: '1'}
        paths:
          /x:
            get:
              parameters:
              - {name: description, in: query, schema: {type: string}}
              responses:
                '200':
                  content:
                    application/json:
                      example: {description: kept data, title: kept too}
                      schema:
                        type: object
                        properties:
                          description: {type: string}
                          title: {type: string}
                          summary:
                            type: object
                            properties:
                              title: {type: string}
                        enum: [description]
        components:
          schemas:
            title: {type: string}
        """), stripped);
  }
}
