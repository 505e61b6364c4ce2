package dev.webexwholesale.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Builds the command tree under a {@link RootCommand}. picocli reflects over every option of
 * every command it is given, which was most of a short run's start-up; so an invocation builds
 * in full only the command it names and nothing else (of an API group, only the group's command
 * it names); without a known command, every command as its name and description only (enough
 * for the root's usage and "Did you mean"). {@code help} and an argument file ({@code @file})
 * build everything.
 */
final class CommandTree {
  private CommandTree() {
  }

  /** Every command built: for {@code help} and tests. */
  static CommandLine full(RootCommand root) {
    return build(root, null, true);
  }

  /** The tree {@code args} needs. */
  static CommandLine forArgs(RootCommand root, String... args) {
    CommandLine cl = new CommandLine(root);
    int at = commandIndex(cl.getCommandSpec(), args, 0);
    String name = at < 0 ? null : args[at];
    boolean all = name != null && (name.startsWith("@") || matches(HelpCommand.class, name));
    int subAt = at < 0 || all ? -1 : commandIndex(cl.getCommandSpec(), args, at + 1);
    String sub = subAt < 0 || args[subAt].startsWith("@") ? null : args[subAt]; // null: the whole group
    return build(root, cl, all ? null : name, sub, subAt == at + 1, all);
  }

  private static CommandLine build(RootCommand root, String name, boolean all) {
    return build(root, new CommandLine(root), name, null, false, all);
  }

  /** {@code subFollows}: {@code sub} is the argument right after the group's name. */
  private static CommandLine build(RootCommand root, CommandLine cl, String name, String sub, boolean subFollows,
      boolean all) {
    // Before any Help is made from it: the root's usage lists commands with this scheme.
    cl.setColorScheme(Help.defaultColorScheme(root.ctx.ansi));
    Class<?> named = null;
    for (Class<?> type : RootCommand.COMMANDS) {
      if (name != null && matches(type, name)) {
        named = type;
      }
    }
    if (named != null && !all) {
      add(cl, named, sub, subFollows); // nothing else of the tree is shown or parsed
      return cl;
    }
    if (all) {
      RootCommand.COMMANDS.forEach(type -> add(cl, type, null, false));
    } else if (name == null) {
      listWithoutBuilding(cl);
    } else {
      // An unknown command: picocli's "Did you mean" needs every name.
      RootCommand.COMMANDS.forEach(type -> cl.addSubcommand(stub(type.getAnnotation(Command.class))));
    }
    return cl;
  }

  /**
   * The root's usage ({@code --help}, no command) lists every command from its annotation, not
   * from a picocli command line per command; one stub keeps "[COMMAND]" in the synopsis.
   */
  private static void listWithoutBuilding(CommandLine cl) {
    Map<String, Help> commands = new LinkedHashMap<>();
    for (Class<?> type : RootCommand.COMMANDS) {
      Command c = type.getAnnotation(Command.class);
      if (!c.hidden()) {
        CommandSpec spec = CommandSpec.create().name(c.name()).aliases(c.aliases());
        spec.usageMessage().description(c.description()).header(c.header());
        commands.put(c.name(), new Help(spec, cl.getColorScheme()));
      }
    }
    cl.addSubcommand(stub(RootCommand.COMMANDS.get(0).getAnnotation(Command.class)));
    cl.getCommandSpec().usageMessage().sectionMap()
        .put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new CommandList(commands));
  }

  /**
   * A class, not a lambda: making a lambda's class links picocli's IHelpSectionRenderer, compiled
   * for Java 5, while the launcher's archive is dumped, and JDK 17 then leaves that interface and
   * all 18 of picocli's own renderers out of it (loaded and verified from the jar at every start).
   */
  private static final class CommandList implements CommandLine.IHelpSectionRenderer {
    private final Map<String, Help> commands;

    CommandList(Map<String, Help> commands) {
      this.commands = commands;
    }

    @Override
    public String render(Help help) {
      return help.commandList(commands);
    }
  }

  /**
   * Adds a command. Of an API group, {@code named} (the command named after the group, or null to
   * build every one) is built in full and the others as stubs, which are all its usage and
   * "Did you mean" need. Not even stubs when {@code named} is one of the group's commands and
   * comes right after the group's name: no option of the group's own (its --help) can come
   * first, and picocli never shows a command's siblings in its usage or its errors.
   */
  private static void add(CommandLine cl, Class<?> type, String named, boolean namedFollows) {
    if (ApiCommand.class.isAssignableFrom(type)) {
      ApiCommand group = (ApiCommand) createInstance(cl, type);
      CommandLine groupLine = new CommandLine(group, cl.getFactory());
      boolean alone = namedFollows && group.commands().stream().anyMatch(command -> matches(command, named));
      for (Class<?> command : group.commands()) {
        Command c = command.getAnnotation(Command.class);
        if (named == null || matches(command, named)) {
          groupLine.addSubcommand(c.name(), new CommandLine(command, cl.getFactory()), c.aliases());
        } else if (!alone) {
          groupLine.addSubcommand(stub(c));
        }
      }
      cl.addSubcommand(groupLine); // after its commands: the root's inherited options reach them all
      return;
    }
    if (type != SandboxCommand.class) {
      cl.addSubcommand(type);
      return;
    }
    // A server: the client options the root passes down mean nothing to it. Only --help and
    // --version stay; its own --token and --sub-partner take their place.
    SandboxCommand sandbox = new SandboxCommand();
    CommandLine sub = new CommandLine(sandbox, cl.getFactory());
    cl.addSubcommand(sub);
    CommandSpec spec = sub.getCommandSpec();
    for (OptionSpec option : spec.options().toArray(OptionSpec[]::new)) {
      if (option.inherited() && !option.usageHelp() && !option.versionHelp()) {
        spec.remove(option);
      }
    }
    spec.addMixin("clientWords", CommandSpec.forAnnotatedObject(sandbox.clientWords, cl.getFactory()));
  }

  /** Name, aliases and description only: what the root's usage lists. */
  private static CommandLine stub(Command c) {
    CommandSpec spec = CommandSpec.create().name(c.name()).aliases(c.aliases());
    spec.usageMessage().description(c.description()).header(c.header()).hidden(c.hidden());
    return new CommandLine(spec);
  }

  private static boolean matches(Class<?> type, String name) {
    Command c = type.getAnnotation(Command.class);
    if (c.name().equals(name)) {
      return true;
    }
    for (String alias : c.aliases()) {
      if (alias.equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static Object createInstance(CommandLine cl, Class<?> type) {
    try {
      return cl.getFactory().create(type);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create " + type.getSimpleName(), e);
    }
  }

  /** The first argument that is neither a root option nor an option's value; null if none. */
  static String commandName(CommandSpec rootSpec, String... args) {
    int at = commandIndex(rootSpec, args, 0);
    return at < 0 ? null : args[at];
  }

  /**
   * The index of the first argument from {@code from} on that is neither a root option (they are
   * inherited: they also come after a command) nor an option's value; -1 if none.
   */
  private static int commandIndex(CommandSpec rootSpec, String[] args, int from) {
    for (int i = from; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) {
        return -1;
      }
      if (a.startsWith("@")) {
        return i;
      }
      if (a.length() > 1 && a.startsWith("-")) {
        OptionSpec option = a.contains("=") ? null : rootSpec.findOption(a);
        if (option != null && option.arity().max() > 0 && !option.typeInfo().isBoolean()) {
          i++; // its value
        }
        continue;
      }
      return i;
    }
    return -1;
  }
}
