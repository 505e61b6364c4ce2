package dev.webexwholesale.cli;

import com.google.gson.JsonObject;
import dev.webexwholesale.client.ProvisioningAccepted;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Joins the generated command groups (generated/cli, one per group of the spec) to the command
 * line: a group without a hand-written class is added whole; into a hand-written group, each
 * generated command is added unless the hand-written class already has one of that name (its
 * options and output are the ones users know).
 */
final class GeneratedCommand {
  private GeneratedCommand() {
  }

  /**
   * Like {@link CommandTree}, builds only what the invocation needs: the generated commands of
   * the group it names (all of them for {@code help} or an argument file).
   */
  static void register(CommandLine cl, RootCommand root, String... args) {
    String invoked = CommandTree.commandName(cl.getCommandSpec(), args);
    boolean all = invoked != null && (invoked.startsWith("@") || "help".equals(invoked));
    Map<String, CommandLine> groups = cl.getSubcommands();
    for (ApiCommand generated : GeneratedGroups.all()) {
      String name = generated.getClass().getAnnotation(Command.class).name();
      CommandLine existing = groups.get(name);
      boolean handWritten = existing != null && existing.getCommandSpec().userObject() instanceof ApiCommand;
      if (!all && !name.equals(invoked) || existing != null && !handWritten) {
        continue; // not asked for, or a name-only stub of the root's usage
      }
      generated.root = root;
      CommandLine own = new CommandLine(generated, cl.getFactory());
      if (existing == null) {
        cl.addSubcommand(name, own);
        continue;
      }
      for (Map.Entry<String, CommandLine> command : own.getSubcommands().entrySet()) {
        if (!existing.getSubcommands().containsKey(command.getKey())) {
          existing.addSubcommand(command.getKey(), command.getValue());
        }
      }
    }
  }

  /** Unknown values are sent as given (Webex adds values), with a warning in case of a typo. */
  static void warnUnknown(ApiCommand group, String option, List<String> values, List<String> known) {
    if (values == null) {
      return;
    }
    for (String v : values) {
      if (!known.contains(v)) {
        group.warnUnknown(option, v, known);
      }
    }
  }

  /** What a 202 printed: the id to follow and the URL Webex named. */
  static JsonObject accepted(ProvisioningAccepted accepted) {
    JsonObject ref = new JsonObject();
    ref.addProperty("id", accepted.id());
    if (accepted.url() != null) {
      ref.addProperty("url", accepted.url());
    }
    if (accepted.trackingId() != null) {
      ref.addProperty("trackingId", accepted.trackingId());
    }
    return ref;
  }
}
