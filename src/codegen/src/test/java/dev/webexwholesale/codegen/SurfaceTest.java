package dev.webexwholesale.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's rules on a small spec of their own, through the real generator and templates:
 * what {@code x-webex-resources}, {@code x-webex-wait} and the {@code x-webex-cli} hints
 * generate, and that a wrong declaration fails the build with a message naming where it is.
 */
class SurfaceTest {
  private static final Path TEMPLATES = Path.of(System.getProperty("repo.root", "../..")).resolve("openapi/templates");

  @TempDir
  Path dir;

  /** Widgets: create (201, answers the id), get (waiter ready), delete (202), list with a flag parameter. */
  private static String spec(String resources, String createExtra, String getExtra, String flagExtra) {
    return String.join("\n",
        "openapi: 3.0.3",
        "info: {title: widgets, version: '1'}",
        "paths:",
        "  /wholesale/widgets:",
        "    get:",
        "      operationId: listWidgets",
        "      x-webex-method: list",
        "      parameters:",
        "      - name: withParts",
        "        in: query",
        "        description: Also the parts.",
        "        schema: {type: boolean}",
        flagExtra,
        "      responses:",
        "        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Widget'}}}}",
        "    post:",
        "      operationId: createWidget",
        "      x-webex-method: create",
        createExtra,
        "      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/WidgetRequest'}}}}",
        "      responses:",
        "        '201': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/WidgetId'}}}}",
        "  /wholesale/widgets/{widgetId}:",
        "    get:",
        "      operationId: getWidget",
        "      x-webex-method: get",
        "      parameters: [{name: widgetId, in: path, required: true, schema: {type: string}}]",
        getExtra,
        "      x-webex-waiters:",
        "        ready:",
        "          acceptors:",
        "          - {matcher: path, argument: status, expected: READY, state: success}",
        "      responses:",
        "        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Widget'}}}}",
        "    delete:",
        "      operationId: removeWidget",
        "      x-webex-method: remove",
        "      x-webex-cli: {label: widget removal, afterAccepted: none}",
        "      parameters: [{name: widgetId, in: path, required: true, schema: {type: string}}]",
        "      responses:",
        "        '202': {description: accepted}",
        "components:",
        "  schemas:",
        "    WidgetRequest:",
        "      type: object",
        "      properties:",
        "        name: {type: string, description: The widget's name.}",
        "        tags: {type: array, items: {type: string}}",
        "        size: {$ref: '#/components/schemas/Size'}",
        "    Size:",
        "      type: object",
        "      properties:",
        "        width: {type: string}",
        "    WidgetId:",
        "      type: object",
        "      properties:",
        "        id: {type: string}",
        "    Widget:",
        "      type: object",
        "      properties:",
        "        id: {type: string}",
        "        status: {type: string}",
        resources,
        "");
  }

  private static String spec(String resources, String createExtra) {
    return spec(resources, createExtra, "", "");
  }

  private Path generate(String spec) throws IOException {
    Path file = dir.resolve("spec.yaml");
    Files.writeString(file, spec);
    Path out = dir.resolve("out");
    Regenerate.run(file, TEMPLATES, out);
    return out;
  }

  private String resource(Path out) throws IOException {
    return Files.readString(out.resolve("src/main/java/dev/webexwholesale/client/WidgetsResource.java"));
  }

  private String commands(Path out) throws IOException {
    return Files.readString(out.resolve("cli/src/main/java/dev/webexwholesale/cli/WidgetsCommands.java"));
  }

  /** The message of the failure, wherever the generator wrapped it. */
  private String failure(String spec) {
    Throwable t = assertThrows(RuntimeException.class, () -> generate(spec));
    StringBuilder all = new StringBuilder();
    for (; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }

  @Test
  void baseIsTheEngineBaseAndTakesTheCallRunner() throws IOException {
    String r = resource(generate(spec("x-webex-resources: {widgets: {base: WidgetEngines}}", "")));

    assertTrue(r.contains("public final class WidgetsResource extends WidgetEngines {"), r);
    assertTrue(r.contains("super(calls);"), r);
  }

  @Test
  void deprecatedBaseHoldsTheOldShapesAndTakesNoArgument() throws IOException {
    String r = resource(generate(spec("x-webex-resources: {widgets: {deprecatedBase: WidgetsLegacy}}", "")));

    assertTrue(r.contains("public final class WidgetsResource extends WidgetsLegacy {"), r);
    assertTrue(!r.contains("super(calls);"), r);
  }

  @Test
  void baseAndDeprecatedBaseTogetherAreABuildError() {
    String m = failure(spec("x-webex-resources: {widgets: {base: A, deprecatedBase: B}}", ""));

    assertTrue(m.contains("x-webex-resources.widgets: base and deprecatedBase exclude each other"), m);
  }

  @Test
  void anUnknownResourceSettingIsABuildError() {
    String m = failure(spec("x-webex-resources: {widgets: {bases: A}}", ""));

    assertTrue(m.contains("x-webex-resources.widgets: unknown setting 'bases'"), m);
  }

  @Test
  void answerIdWaitsOnTheIdTheAnswerNames() throws IOException {
    Path out = generate(spec("", "      x-webex-wait: {waiter: ready, id: answerId}"));
    String r = resource(out);
    String c = commands(out);

    assertTrue(r.contains("String id = ResourcePolling.answeredId(create(request).getId());"), r);
    assertTrue(r.contains("return awaitReady(id, o);"), r);
    assertTrue(r.contains("answer -> awaitReadyAsync(ResourcePolling.answeredId(answer.getId()), o)"), r);
    assertTrue(c.contains("String id = GeneratedCommand.answeredId(answer.getId(), \"widget\");"), c);
    assertTrue(c.contains("awaitReady(id, "), c);
  }

  @Test
  void aWaitIdOfNoKnownKindIsABuildErrorNamingTheOperation() {
    String m = failure(spec("", "      x-webex-wait: {waiter: ready, id: location}"));

    assertTrue(m.contains("createWidget: x-webex-wait id 'location' is none of accepted, answer, answerId, path"), m);
  }

  @Test
  void aWaitAfterAnAnswerWithoutBodyIsABuildError() {
    String m = failure(spec("", "").replace("      x-webex-cli: {label: widget removal, afterAccepted: none}",
        "      x-webex-wait: {waiter: ready, id: answer}"));

    assertTrue(m.contains("removeWidget: x-webex-wait id answer, but the operation answers no body"), m);
  }

  @Test
  void cliHintsShapeTheGeneratedCommands() throws IOException {
    String c = commands(generate(spec("x-webex-resources: {widgets: {cli: {description: Widgets of the shop.,"
            + " footer: ['  0  done'], commands: [WidgetTools.Polish]}}}",
        "      x-webex-wait: {waiter: ready, id: answerId}\n"
            + "      x-webex-cli:\n"
            + "        beforeWait: 'widget {id} created'\n"
            + "        bodyOptions:\n"
            + "        - {option: --name, field: name, required: true}\n"
            + "        - {option: --tag, field: tags}\n"
            + "        - {option: --width, field: size.width, label: W}",
        "      x-webex-cli: {waiterAliases: {ready: [await, wait-ready]}}",
        "        x-webex-cli: {aliases: [--parts]}")));

    assertTrue(c.contains("description = {\"Widgets of the shop.\"}"), c);
    assertTrue(c.contains("footer = {\"  0  done\"}"), c);
    assertTrue(c.contains("WidgetTools.Polish.class"), c);
    assertTrue(c.contains("@Option(names = {\"--with-parts\", \"--parts\"}"), c);
    assertTrue(c.contains("aliases = {\"await\", \"wait-ready\"}"), c);
    assertTrue(c.contains("note(\"widget \" + id + \" created\");"), c);
    // --file or the options: --file is not required then, and the options build the body
    assertTrue(c.contains("@Option(names = \"--file\", paramLabel = \"REQ.json\", description"), c);
    assertTrue(c.contains("@Option(names = \"--tag\", paramLabel = \"TAG\", description = \"The request's tags. Repeatable.\")"
        + " List<String> body_tags;"), c);
    assertTrue(c.contains("@Option(names = \"--name\", paramLabel = \"NAME\", description = \"The widget's name.\")"), c);
    assertTrue(c.contains("paramLabel = \"W\""), c);
    assertTrue(c.contains("fields.put(\"size.width\", body_size_width);"), c);
    assertTrue(c.contains("GeneratedCommand.body(this, file, fields, \"widgets create\", List.of(\"name\"), \"--name\","
        + " WidgetRequest.class)"), c);
    // a 202 without --wait: the label on stderr, nothing on stdout (afterAccepted: none)
    String remove = c.substring(c.indexOf("class RemoveCommand"), c.indexOf("class AwaitReadyCommand"));
    assertTrue(remove.contains("group.noteAccepted(\"widget removal\", accepted);"), remove);
    assertTrue(!remove.contains("JsonIO.print"), remove);
  }

  @Test
  void withoutHintsABodyNeedsFileAndA202PrintsItsReference() throws IOException {
    String c = commands(generate(spec("", "").replace("      x-webex-cli: {label: widget removal, afterAccepted: none}\n",
        "")));

    assertTrue(c.contains("@Option(names = \"--file\", paramLabel = \"REQ.json\", required = true"), c);
    String remove = c.substring(c.indexOf("class RemoveCommand"), c.indexOf("class AwaitReadyCommand"));
    assertTrue(remove.contains("group.noteAccepted(\"remove widget\", accepted);"), remove);
    assertTrue(remove.contains("JsonIO.print(out(), GeneratedCommand.accepted(accepted));"), remove);
  }

  @Test
  void wrongCliHintsAreBuildErrorsNamingTheOperation() {
    assertEquals(
        "createWidget: x-webex-cli: unknown hint 'lable' (known: command, label, afterAccepted, beforeWait, done,"
            + " bodyOptions, waiterAliases)",
        firstLine(failure(spec("", "      x-webex-cli: {lable: x}"))));
    assertTrue(failure(spec("", "      x-webex-cli: {bodyOptions: [{option: --size, field: size.depth}]}"))
        .contains("createWidget: x-webex-cli.bodyOptions --size: field size.depth is not in WidgetRequest"));
    assertTrue(failure(spec("", "      x-webex-cli: {bodyOptions: [{option: --size, field: size}]}"))
        .contains("createWidget: x-webex-cli.bodyOptions --size: field size is an object, not a value"));
    assertTrue(failure(spec("", "      x-webex-cli: {afterAccepted: read}"))
        .contains("createWidget: x-webex-cli: label and afterAccepted apply to an operation answering 202 only"));
    assertTrue(failure(spec("", "").replace("afterAccepted: none", "afterAccepted: show"))
        .contains("removeWidget: x-webex-cli.afterAccepted: 'show' is none of reference, read, none"));
    assertTrue(failure(spec("", "").replace("afterAccepted: none", "afterAccepted: read"))
        .contains("removeWidget: x-webex-cli.afterAccepted: read needs an x-webex-wait"));
    assertTrue(failure(spec("", "      x-webex-cli: {beforeWait: 'created {name}'}"))
        .contains("createWidget: x-webex-cli.beforeWait: the operation declares no x-webex-wait"));
    assertTrue(failure(spec("", "", "      x-webex-cli: {waiterAliases: {done: await}}", ""))
        .contains("getWidget: x-webex-cli.waiterAliases: the operation declares no waiter done"));
    assertTrue(failure(spec("", "", "", "        x-webex-cli: {aliases: [parts]}"))
        .contains("listWidgets: parameter withParts: x-webex-cli.aliases: 'parts' is not a long option name"));
    assertTrue(failure(spec("", "      x-webex-cli: {command: WidgetTools.Create, label: x}"))
        .contains("createWidget: x-webex-cli: a hand-written command takes no other hint"));
  }

  private static String firstLine(String s) {
    return s.lines().filter(l -> l.startsWith("createWidget")).findFirst().orElse(s);
  }
}
