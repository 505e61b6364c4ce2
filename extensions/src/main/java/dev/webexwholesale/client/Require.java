package dev.webexwholesale.client;

import dev.webexwholesale.model.Address;
import dev.webexwholesale.model.CallingLocation;
import dev.webexwholesale.model.CallingParameters;
import dev.webexwholesale.model.CustomerProvisioningParameters;
import java.util.Collection;

/**
 * Argument checks that run before any request is sent. They refuse only what Webex's official
 * spec marks required (at the top level, and inside an object that is sent) and a subscriber
 * request that carries both {@code package} and {@code packages}; everything else is the
 * server's to judge (docs/fidelity.md).
 */
final class Require {
  private Require() {
  }

  static <T> T request(T request, String name) {
    if (request == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return request;
  }

  static String id(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be null or blank");
    }
    return value;
  }

  static void field(Object value, String operation, String field) {
    boolean missing = value == null
        || (value instanceof String s && s.isBlank())
        || (value instanceof Collection<?> c && c.isEmpty());
    if (missing) {
      throw new IllegalArgumentException(operation + ": " + field + " is required");
    }
  }

  /** Webex takes a subscriber's packages as {@code package} or as {@code packages}, never both. */
  static void notBothPackageFields(Object singlePackage, Collection<?> packages, String operation) {
    if (singlePackage != null && packages != null && !packages.isEmpty()) {
      throw new IllegalArgumentException(operation + ": set package or packages, not both");
    }
  }

  /** An address, when sent, needs addressLine1, city and country. */
  static void address(Address address, String operation, String path) {
    if (address == null) {
      return;
    }
    field(address.getAddressLine1(), operation, path + ".addressLine1");
    field(address.getCity(), operation, path + ".city");
    field(address.getCountry(), operation, path + ".country");
  }

  /** {@code calling}, when sent, needs a location with name, address, timezone and language. */
  static void provisioningParameters(CustomerProvisioningParameters parameters, String operation) {
    if (parameters == null || parameters.getCalling() == null) {
      return;
    }
    CallingParameters calling = parameters.getCalling();
    String path = "provisioningParameters.calling.location";
    field(calling.getLocation(), operation, path);
    CallingLocation location = calling.getLocation();
    field(location.getName(), operation, path + ".name");
    field(location.getAddress(), operation, path + ".address");
    address(location.getAddress(), operation, path + ".address");
    field(location.getTimezone(), operation, path + ".timezone");
    field(location.getLanguage(), operation, path + ".language");
  }
}
