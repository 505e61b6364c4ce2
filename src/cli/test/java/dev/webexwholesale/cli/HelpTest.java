package dev.webexwholesale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import dev.webexwholesale.testing.FakeTime;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/** Every command and group has help: --help, -h and the help command exit 0 with the usage on stdout. */
class HelpTest {
  private final CliRunner cli = new CliRunner();

  /** Every command path of the real command tree, e.g. [customers, provision]; found, not listed by hand. */
  static List<List<String>> commandPaths() {
    List<List<String>> paths = new ArrayList<>();
    collect(fullTree(), new ArrayList<>(), paths);
    return paths;
  }

  private static CommandLine fullTree() {
    CliContext ctx = new CliContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        new ByteArrayInputStream(new byte[0]), Map.of(), new FakeTime(), false, (b, s) -> null, () -> { });
    return CommandTree.full(new RootCommand(ctx));
  }

  private static List<String> canonical(CommandLine tree, List<String> path) {
    List<String> names = new ArrayList<>();
    CommandLine at = tree;
    for (String name : path) {
      at = at.getSubcommands().get(name);
      names.add(at.getCommandName());
    }
    return names;
  }

  private static void collect(CommandLine cl, List<String> path, List<List<String>> into) {
    into.add(List.copyOf(path));
    cl.getSubcommands().forEach((name, sub) -> {
      List<String> next = new ArrayList<>(path);
      next.add(name);
      collect(sub, next, into);
    });
  }

  @Test
  void theTreeHasEveryCommand() {
    List<String> names = commandPaths().stream().map(p -> String.join(" ", p)).toList();
    for (String expected : List.of("", "customers", "customers list", "customers get", "customers precheck",
        "customers provision", "customers update", "customers remove", "customers await", "subscribers",
        "subscribers list", "subscribers get", "subscribers precheck", "subscribers provision", "subscribers update",
        "subscribers remove", "subscribers await", "sub-partners", "sub-partners list", "billing-reports",
        "billing-reports list", "billing-reports create", "billing-reports download", "sandbox", "demo", "help")) {
      assertTrue(names.contains(expected), "missing " + expected + " in " + names);
    }
  }

  /** The generated billing-reports group lists the hand-written commands the spec names beside its own. */
  @Test
  void billingReportsTakesTheGeneratedGetDeleteAndAwaitCompleted() {
    for (String command : List.of("get", "delete", "await-completed")) {
      CliRunner.Result r = cli.run("billing-reports", command, "--help");
      assertEquals(0, r.exitCode(), r::toString);
      assertTrue(r.stdout().contains("billing-reports " + command), r::toString);
    }
    CliRunner.Result group = cli.run("billing-reports", "--help");
    for (String command : List.of("list", "create", "download", "get", "delete", "await-completed")) {
      assertTrue(group.stdout().contains("  " + command + " "), "group help lists " + command + ": " + group);
    }
  }

  @TestFactory
  Stream<DynamicTest> helpOptionsAndTheHelpCommandExitZeroWithUsageOnStdout() {
    CommandLine tree = fullTree();
    return commandPaths().stream().flatMap(path -> {
      // An alias (customers await) prints the usage of the command it names (customers await-provisioned).
      String name = ("webex-wholesale " + String.join(" ", canonical(tree, path))).trim();
      List<DynamicTest> tests = new ArrayList<>();
      for (String flag : List.of("--help", "-h")) {
        tests.add(DynamicTest.dynamicTest(name + " " + flag, () -> assertUsage(name, with(path, flag))));
      }
      List<String> viaHelp = new ArrayList<>(List.of("help"));
      viaHelp.addAll(path);
      tests.add(DynamicTest.dynamicTest("help " + String.join(" ", path), () -> assertUsage(
          path.isEmpty() ? "webex-wholesale" : name, viaHelp.toArray(String[]::new))));
      return tests.stream();
    });
  }

  @Test
  void anInvocationBuildsOnlyTheGroupCommandItNamesAndTheGroupUsageIsTheSameAsTheFullTreesOne() {
    CliContext ctx = new CliContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        new ByteArrayInputStream(new byte[0]), Map.of(), new FakeTime(), false, (b, s) -> null, () -> { });
    // a root option between the group and its command, as users write it
    CommandLine lazy = CommandTree.forArgs(new RootCommand(ctx), "customers", "--base-url", "http://x/v1", "await", "ID");
    CommandLine customers = lazy.getSubcommands().get("customers");
    assertEquals(1, lazy.getSubcommands().size(), "only the named group");
    CommandLine await = customers.getSubcommands().get("await");
    assertTrue(await.getCommandSpec().findOption("--timeout") != null, "the named command (by its alias) is built");
    assertTrue(await.getCommandSpec().findOption("--base-url") != null, "and inherits the root's options");
    CommandLine list = customers.getSubcommands().get("list");
    assertTrue(list.getCommandSpec().findOption("--external-id") == null, "the others are name-only stubs");
    assertTrue(list.getCommandSpec().options().stream().allMatch(o -> o.inherited() || o.usageHelp() || o.versionHelp()),
        list.getCommandSpec().options()::toString);

    StringWriter full = new StringWriter();
    CommandTree.full(new RootCommand(ctx)).getSubcommands().get("customers").usage(new PrintWriter(full));
    StringWriter stubbed = new StringWriter();
    customers.usage(new PrintWriter(stubbed));
    assertEquals(full.toString(), stubbed.toString());
  }

  @Test
  void aCommandRightAfterItsGroupIsBuiltWithoutItsSiblingsAndAnythingElseKeepsThemForUsageAndSuggestions() {
    CliContext ctx = new CliContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        new ByteArrayInputStream(new byte[0]), Map.of(), new FakeTime(), false, (b, s) -> null, () -> { });
    CommandLine alone = CommandTree.forArgs(new RootCommand(ctx), "--token", "t", "customers", "get", "ID");
    assertEquals(List.of("get"), List.copyOf(alone.getSubcommands().get("customers").getSubcommands().keySet()));
    for (String[] args : new String[][] {
        {"customers", "-h", "get"}, // the group's usage lists every command
        {"customers", "gte"}, // "Did you mean"
        {"customers"}}) {
      CommandLine tree = CommandTree.forArgs(new RootCommand(ctx), args);
      assertTrue(tree.getSubcommands().get("customers").getSubcommands().containsKey("list"), String.join(" ", args));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext run = new CliContext(new PrintWriter(out), new PrintWriter(err),
        new ByteArrayInputStream(new byte[0]), Map.of(), new FakeTime(), false, (b, s) -> null, () -> { });
    assertEquals(2, WholesaleCli.run(run, "customers", "get"));
    assertTrue(err.toString().startsWith("error: Missing required parameter: 'CUSTOMER_ID'"), err.toString());
    assertEquals(0, WholesaleCli.run(run, "customers", "get", "--help"));
    StringWriter full = new StringWriter();
    CommandTree.full(new RootCommand(ctx)).getSubcommands().get("customers").getSubcommands().get("get")
        .usage(new PrintWriter(full));
    assertEquals(full.toString(), out.toString());
  }

  @Test
  void theRootUsageIsTheSameWhetherTheTreeIsBuiltOrOnlyListed() {
    CliContext ctx = new CliContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        new ByteArrayInputStream(new byte[0]), Map.of(), new FakeTime(), false, (b, s) -> null, () -> { });
    StringWriter full = new StringWriter();
    CommandTree.full(new RootCommand(ctx)).usage(new PrintWriter(full));

    CliRunner.Result listed = cli.run("--help");

    assertEquals(full.toString(), listed.stdout());
    assertTrue(listed.stdout().contains("Commands:") && listed.stdout().contains("[COMMAND]"), listed::toString);
    for (String name : List.of("customers", "subscribers", "sub-partners", "sandbox", "demo", "auth", "bulk", "help")) {
      assertTrue(listed.stdout().contains("\n  " + name + " "), name + " listed: " + listed);
    }
  }

  /** The API groups are the generated ones: each is listed by the root's usage, none is named by hand. */
  @Test
  void theRootUsageListsEveryGeneratedGroup() {
    CliRunner.Result listed = cli.run("--help");

    assertFalse(GeneratedGroups.GROUPS.isEmpty());
    for (Class<? extends ApiCommand> group : GeneratedGroups.GROUPS) {
      String name = group.getAnnotation(picocli.CommandLine.Command.class).name();
      assertTrue(listed.stdout().contains("\n  " + name + " "), name + " listed: " + listed);
      assertTrue(RootCommand.COMMANDS.contains(group), name);
    }
  }

  @Test
  void helpWinsOverMissingRequiredOptionsAndTakesNoToken() {
    cli.env.clear();
    assertUsage("webex-wholesale customers provision", "customers", "provision", "--help");
    assertUsage("webex-wholesale subscribers update", "subscribers", "update", "-h");
  }

  @Test
  void noArgumentsPrintsTheUsageOnStderrAndExitsTwo() {
    for (String[] args : List.of(new String[0], new String[] {"customers"}, new String[] {"subscribers"},
        new String[] {"sub-partners"}, new String[] {"billing-reports"})) {
      CliRunner.Result r = cli.run(args);
      assertEquals(2, r.exitCode(), r::toString);
      assertEquals("", r.stdout());
      assertTrue(r.stderr().contains("Usage: webex-wholesale" + (args.length == 0 ? "" : " " + args[0])), r::toString);
      assertTrue(r.stderr().contains("Commands:"), r::toString);
    }
  }

  @Test
  void aUsageErrorPointsAtTheHelpThatWorks() {
    CliRunner.Result r = cli.run("customers", "provision");

    assertEquals(2, r.exitCode());
    assertEquals(List.of("error: Missing required option: '--file=REQ.json'",
        "Run 'webex-wholesale customers provision --help' for usage."), r.errLines());
    assertEquals(0, cli.run("customers", "provision", "--help").exitCode());
  }

  @Test
  void helpForAnUnknownCommandIsAUsageError() {
    CliRunner.Result r = cli.run("help", "customers", "frobnicate");

    assertEquals(2, r.exitCode(), r::toString);
    assertEquals(1, r.errLines().size(), r::toString);
    assertTrue(r.stderr().startsWith("error: unknown command 'customers frobnicate'; commands of webex-wholesale "
        + "customers: await, await-provisioned, await-removed, await-updated, get, list, precheck, provision"), r::toString);
  }

  private void assertUsage(String qualifiedName, String... args) {
    CliRunner.Result r = cli.run(args);
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.stdout().startsWith("Usage: " + qualifiedName + " ") || r.stdout().startsWith("Usage: "
        + qualifiedName + "\n"), r::toString);
    assertFalse(r.stdout().isBlank());
    assertEquals("", r.stderr());
  }

  private static String[] with(List<String> path, String flag) {
    List<String> args = new ArrayList<>(path);
    args.add(flag);
    return args.toArray(String[]::new);
  }
}
