package dev.webexwholesale.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import dev.webexwholesale.client.ProvisioningAccepted;
import dev.webexwholesale.client.errors.AcceptedWithoutIdException;
import dev.webexwholesale.client.errors.WholesaleException;
import dev.webexwholesale.client.internal.json.WholesaleJson;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the generated commands (generated/cli, one group per group of the spec, listed in
 * {@link GeneratedGroups}) share beyond {@link GeneratedOp}: the steps their {@code x-webex-cli}
 * hints declare, written once here.
 */
final class GeneratedCommand {
  private GeneratedCommand() {
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
    JsonObject ref = reference(accepted.id(), accepted);
    if (accepted.trackingId() != null) {
      ref.addProperty("trackingId", accepted.trackingId());
    }
    return ref;
  }

  private static JsonObject reference(String id, ProvisioningAccepted accepted) {
    JsonObject ref = new JsonObject();
    ref.addProperty("id", id);
    if (accepted.url() != null) {
      ref.addProperty("url", accepted.url());
    }
    return ref;
  }

  /** The id a 202 named (Location, else the body's url); none is a failure that says not to send again. */
  static String acceptedId(ProvisioningAccepted accepted, String what) {
    if (accepted.id() == null) {
      throw new AcceptedWithoutIdException(what, 202, accepted.trackingId());
    }
    return accepted.id();
  }

  /** The id an answer names (x-webex-wait id: answerId); none cannot be awaited. */
  static String answeredId(String id, String what) {
    if (id == null || id.isBlank()) {
      throw new AcceptedWithoutIdException(what, 200, null);
    }
    return id;
  }

  /**
   * afterAccepted: read. Prints the resource as it now is. Webex has accepted the change, so a
   * failing read must not exit non-zero: a script would retry and could provision twice. It
   * gets the accepted id instead.
   */
  static void printRead(GeneratedOp op, String what, ProvisioningAccepted accepted, String id, Supplier<Object> read) {
    try {
      JsonIO.print(op.out(), read.get());
    } catch (WholesaleException e) {
      op.note("warning: accepted, but reading the " + what + " back failed: " + e.getMessage());
      JsonIO.print(op.out(), reference(id, accepted));
    }
  }

  /**
   * bodyOptions: the request from {@code --file}, or built from the options (dotted fields, e.g.
   * {@code provisioningParameters.firstName}); both or neither is a usage error before anything is sent.
   */
  static <T> T body(GeneratedOp op, String file, Map<String, Object> fields, String command, List<String> requiredFields,
      String required, Class<T> type) {
    boolean anyField = fields.values().stream().anyMatch(v -> v != null);
    if (file != null) {
      if (anyField) {
        throw new UsageException(command + " takes either --file or the field options, not both");
      }
      return JsonIO.readRequest(file, type, op.root().ctx.in, op.root().requestFileBody);
    }
    if (requiredFields.stream().anyMatch(f -> fields.get(f) == null)) {
      throw new UsageException(command + " needs --file or " + required);
    }
    if (!anyField) {
      throw new UsageException(command + " needs --file or the field options");
    }
    JsonObject tree = new JsonObject();
    fields.forEach((field, value) -> {
      if (value == null) {
        return;
      }
      JsonObject at = tree;
      String[] path = field.split("\\.");
      for (int i = 0; i < path.length - 1; i++) {
        if (!at.has(path[i])) {
          at.add(path[i], new JsonObject());
        }
        at = at.getAsJsonObject(path[i]);
      }
      if (value instanceof List<?> list) {
        JsonArray array = new JsonArray();
        list.forEach(v -> array.add(String.valueOf(v)));
        at.add(path[path.length - 1], array);
      } else {
        at.addProperty(path[path.length - 1], value.toString());
      }
    });
    try {
      return WholesaleJson.gson().fromJson(tree, type);
    } catch (JsonParseException | IllegalStateException e) {
      throw new UsageException(command + ": the options do not make a valid request: " + e.getMessage());
    }
  }
}
