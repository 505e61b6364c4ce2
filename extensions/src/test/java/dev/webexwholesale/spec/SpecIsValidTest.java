package dev.webexwholesale.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpecIsValidTest {
  private final String spec = Specs.text();

  @Test
  void theSpecIsValidOpenApi() {
    assertEquals(List.of(), SpecLinter.lint(spec));
  }

  @Test
  void aMissingRequiredFieldIsReportedAtItsLine() {
    // Remove the description of the 200 response of getCustomer: required by OpenAPI.
    String marker = "      operationId: getCustomer";
    int op = spec.indexOf(marker);
    int desc = spec.indexOf("description: Successful request with body content.", op);
    String broken = spec.substring(0, desc) + "x-note: removed" + spec.substring(desc + "description: Successful request with body content.".length());
    int expectedLine = lineOf(broken, desc);

    List<String> problems = SpecLinter.lint(broken);

    assertFalse(problems.isEmpty(), "a broken spec must not pass");
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("line " + expectedLine + ":") && p.contains("description is missing")),
        "expected a problem naming line " + expectedLine + " (inside the response), got " + problems);
  }

  @Test
  void aDanglingReferenceIsReportedAtTheLineThatUsesIt() {
    String target = "$ref: '#/components/schemas/ResourceDetails'";
    int at = spec.indexOf(target);
    String broken = spec.replace(target, "$ref: '#/components/schemas/ResourceDetailz'");

    List<String> problems = SpecLinter.lint(broken);

    int expectedLine = lineOf(broken, at);
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("line " + expectedLine + ":") && p.contains("ResourceDetailz")),
        "expected a problem naming line " + expectedLine + ", got " + problems);
  }

  @Test
  void aYamlSyntaxErrorNamesTheLine() {
    String broken = spec.replaceFirst("  title: Webex Wholesale Provisioning API", "  title: [unclosed");
    List<String> problems = SpecLinter.lint(broken);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).matches("line \\d+: YAML syntax: .*"), problems.toString());
  }

  private static int lineOf(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }
}
