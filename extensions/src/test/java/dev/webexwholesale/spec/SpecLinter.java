package dev.webexwholesale.spec;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Validates an OpenAPI document and reports each problem with the line it sits on.
 * swagger-parser names a problem by its attribute path only; we walk the YAML node tree
 * along that path so a broken spec points the reader at a line, not a riddle.
 */
final class SpecLinter {
  private static final Pattern SEGMENT = Pattern.compile("'([^']*)'|\\(([a-z]+)\\)|([^.'()]+)");
  private static final Pattern REF = Pattern.compile("(#/[^\\s,]+)");

  private SpecLinter() {
  }

  /** Problems found, each "line N: message"; empty when the spec is valid. */
  static List<String> lint(String yaml) {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(yaml));
    } catch (MarkedYAMLException e) {
      int line = (e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark()).getLine() + 1;
      return List.of("line " + line + ": YAML syntax: " + e.getProblem());
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIParser().readContents(yaml, null, options);
    List<String> problems = new ArrayList<>();
    if (result.getMessages() != null) {
      for (String message : result.getMessages()) {
        problems.add("line " + lineOf(root, message) + ": " + message);
      }
    }
    if (result.getOpenAPI() == null && problems.isEmpty()) {
      problems.add("line 1: not an OpenAPI document");
    }
    return problems;
  }

  /** The line of the deepest node the message's attribute path or $ref reaches. */
  static int lineOf(Node root, String message) {
    Matcher ref = REF.matcher(message);
    if (ref.find()) {
      Integer refLine = lineOfScalar(root, ref.group(1));
      if (refLine != null) {
        return refLine;
      }
    }
    String path = message.replaceFirst("^attribute ", "").split(" ")[0];
    Node node = root;
    Matcher m = SEGMENT.matcher(path);
    while (m.find()) {
      String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      Node child = child(node, key);
      if (child == null) {
        // A name the parser took from a dangling $ref: point at the $ref itself.
        Integer refLine = lineOfScalarEndingWith(node, "/" + key);
        if (refLine != null) {
          return refLine;
        }
        break;
      }
      node = child;
    }
    return node.getStartMark().getLine() + 1;
  }

  private static Node child(Node node, String key) {
    if (node instanceof MappingNode) {
      for (NodeTuple t : ((MappingNode) node).getValue()) {
        if (t.getKeyNode() instanceof ScalarNode && ((ScalarNode) t.getKeyNode()).getValue().equals(key)) {
          return t.getValueNode();
        }
      }
    } else if (node instanceof SequenceNode && key.matches("\\d+")) {
      List<Node> items = ((SequenceNode) node).getValue();
      int i = Integer.parseInt(key);
      return i < items.size() ? items.get(i) : null;
    }
    return null;
  }

  private static Integer lineOfScalar(Node node, String value) {
    return lineOfScalarMatching(node, value::equals);
  }

  private static Integer lineOfScalarEndingWith(Node node, String suffix) {
    return lineOfScalarMatching(node, v -> v.endsWith(suffix));
  }

  /** First line, depth first, holding a scalar value that matches. */
  private static Integer lineOfScalarMatching(Node node, java.util.function.Predicate<String> matches) {
    if (node instanceof ScalarNode) {
      return matches.test(((ScalarNode) node).getValue()) ? node.getStartMark().getLine() + 1 : null;
    }
    List<Node> children = new ArrayList<>();
    if (node instanceof MappingNode) {
      for (NodeTuple t : ((MappingNode) node).getValue()) {
        children.add(t.getValueNode());
      }
    } else if (node instanceof SequenceNode) {
      children.addAll(((SequenceNode) node).getValue());
    }
    for (Node c : children) {
      Integer line = lineOfScalarMatching(c, matches);
      if (line != null) {
        return line;
      }
    }
    return null;
  }
}
