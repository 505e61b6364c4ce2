package dev.webexwholesale.sandbox;

import com.google.gson.JsonParseException;
import dev.webexwholesale.model.ProvisioningPreCheckResponse;
import dev.webexwholesale.model.ProvisioningPreCheckResponseInfo;
import dev.webexwholesale.model.WholesalePackagesCustomer;
import java.util.List;

/** Request body parsing and the checks shared by several operations. */
final class Bodies {
  private Bodies() {}

  static <T> T parse(SandboxRequest request, Class<T> type) {
    if (request.body.isBlank()) {
      throw WebexErrors.badRequest("The request body is required.");
    }
    try {
      T value = SandboxJson.gson().fromJson(request.body, type);
      if (value == null) {
        throw WebexErrors.badRequest("The request body is required.");
      }
      return value;
    } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
      throw WebexErrors.badRequest("The request body is not valid JSON for this operation.");
    }
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  static void requireEmail(String email) {
    if (blank(email)) {
      throw WebexErrors.badRequest("email is required.");
    }
    int at = email.indexOf('@');
    if (at <= 0 || at == email.length() - 1) {
      throw WebexErrors.badRequest("email is not a valid email address: " + email);
    }
  }

  /** Validates customer packages; returns their wire values. */
  static List<String> customerPackages(List<WholesalePackagesCustomer> packages, boolean required) {
    if (packages == null || packages.isEmpty()) {
      if (required) {
        throw WebexErrors.badRequest("packages is required and must not be empty.");
      }
      return null;
    }
    return packages.stream().map(p -> {
      if (p == null || !p.isKnown()) {
        throw WebexErrors.badRequest("Unknown package: " + (p == null ? "null" : p.getValue()));
      }
      return p.getValue();
    }).toList();
  }

  /** The seed's success answer of both precheck operations. */
  static ProvisioningPreCheckResponse precheckSuccess() {
    return new ProvisioningPreCheckResponse().message("success").info(List.of(
        new ProvisioningPreCheckResponseInfo().infoCode(100L).description("Provisioning preCheck validation successful.")));
  }
}
