package dev.webexwholesale.sandbox;

import com.google.gson.JsonParseException;
import dev.webexwholesale.model.Address;
import dev.webexwholesale.model.CallingLocation;
import dev.webexwholesale.model.CustomerProvisioningParameters;
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

  /** Adds {@code name} to {@code missing} when the value is absent, blank or an empty list. */
  static void require(List<String> missing, Object value, String name) {
    if (value == null || (value instanceof String s && s.isBlank()) || (value instanceof List<?> l && l.isEmpty())) {
      missing.add(name);
    }
  }

  /** An address that is sent needs addressLine1, city and country (Webex's required marks). */
  static void requireAddress(List<String> missing, Address address, String path) {
    if (address != null) {
      require(missing, address.getAddressLine1(), path + ".addressLine1");
      require(missing, address.getCity(), path + ".city");
      require(missing, address.getCountry(), path + ".country");
    }
  }

  /** {@code calling}, when sent, needs a location with name, address, timezone and language. */
  static void requireProvisioningParameters(List<String> missing, CustomerProvisioningParameters parameters) {
    if (parameters == null || parameters.getCalling() == null) {
      return;
    }
    CallingLocation location = parameters.getCalling().getLocation();
    String path = "provisioningParameters.calling.location";
    require(missing, location, path);
    if (location != null) {
      require(missing, location.getName(), path + ".name");
      require(missing, location.getAddress(), path + ".address");
      requireAddress(missing, location.getAddress(), path + ".address");
      require(missing, location.getTimezone(), path + ".timezone");
      require(missing, location.getLanguage(), path + ".language");
    }
  }

  /** Answers 400 with Webex's error body (code 4003) naming every missing required field. */
  static void refuseMissing(List<String> missing) {
    if (!missing.isEmpty()) {
      throw WebexErrors.badRequest("Missing required field(s): " + String.join(", ", missing) + ".");
    }
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
