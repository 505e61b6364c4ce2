/*
 * Generated from openapi/webex-wholesale.yaml by src/codegen with the templates in
 * openapi/templates/webex. Do not edit: change the spec or the templates and regenerate.
 */
package dev.webexwholesale.client;

import dev.webexwholesale.model.*;

/**
 * What the spec requires of each request body, checked before anything is sent: its required
 * fields, and inside each nested object that is present, that object's required fields.
 */
final class RequestChecks {
  private RequestChecks() {
  }

  static void checkCreateBillingReportRequest(CreateBillingReportRequest value, String operation, String path) {
    Require.field(value.getBillingStartDate(), operation, path + "billingStartDate");
    Require.field(value.getBillingEndDate(), operation, path + "billingEndDate");
  }

  static void checkCustomerPrecheckRequest(CustomerPrecheckRequest value, String operation, String path) {
    Require.field(value.getAddress(), operation, path + "address");
    if (value.getAddress() != null) {
      checkAddress(value.getAddress(), operation, path + "address.");
    }
    if (value.getCustomerInfo() != null) {
      checkCustomerPrecheckInfo(value.getCustomerInfo(), operation, path + "customerInfo.");
    }
    if (value.getProvisioningParameters() != null) {
      checkCustomerProvisioningParameters(value.getProvisioningParameters(), operation, path + "provisioningParameters.");
    }
  }

  static void checkAddress(Address value, String operation, String path) {
    Require.field(value.getAddressLine1(), operation, path + "addressLine1");
    Require.field(value.getCity(), operation, path + "city");
    Require.field(value.getCountry(), operation, path + "country");
  }

  static void checkCustomerPrecheckInfo(CustomerPrecheckInfo value, String operation, String path) {
    Require.field(value.getPrimaryEmail(), operation, path + "primaryEmail");
  }

  static void checkCustomerProvisioningParameters(CustomerProvisioningParameters value, String operation, String path) {
    if (value.getCalling() != null) {
      checkCallingParameters(value.getCalling(), operation, path + "calling.");
    }
  }

  static void checkCallingParameters(CallingParameters value, String operation, String path) {
    Require.field(value.getLocation(), operation, path + "location");
    if (value.getLocation() != null) {
      checkCallingLocation(value.getLocation(), operation, path + "location.");
    }
  }

  static void checkCallingLocation(CallingLocation value, String operation, String path) {
    Require.field(value.getName(), operation, path + "name");
    Require.field(value.getAddress(), operation, path + "address");
    Require.field(value.getTimezone(), operation, path + "timezone");
    Require.field(value.getLanguage(), operation, path + "language");
    if (value.getAddress() != null) {
      checkAddress(value.getAddress(), operation, path + "address.");
    }
  }

  static void checkCustomerProvisionRequest(CustomerProvisionRequest value, String operation, String path) {
    Require.field(value.getProvisioningId(), operation, path + "provisioningId");
    Require.field(value.getPackages(), operation, path + "packages");
    Require.field(value.getExternalId(), operation, path + "externalId");
    Require.field(value.getAddress(), operation, path + "address");
    if (value.getAddress() != null) {
      checkAddress(value.getAddress(), operation, path + "address.");
    }
    if (value.getCustomerInfo() != null) {
      checkCustomerInfo(value.getCustomerInfo(), operation, path + "customerInfo.");
    }
    if (value.getProvisioningParameters() != null) {
      checkCustomerProvisioningParameters(value.getProvisioningParameters(), operation, path + "provisioningParameters.");
    }
  }

  static void checkCustomerInfo(CustomerInfo value, String operation, String path) {
    Require.field(value.getName(), operation, path + "name");
    Require.field(value.getPrimaryEmail(), operation, path + "primaryEmail");
  }

  static void checkCustomerUpdateRequest(CustomerUpdateRequest value, String operation, String path) {
    Require.field(value.getPackages(), operation, path + "packages");
    if (value.getAddress() != null) {
      checkAddress(value.getAddress(), operation, path + "address.");
    }
    if (value.getProvisioningParameters() != null) {
      checkCustomerProvisioningParameters(value.getProvisioningParameters(), operation, path + "provisioningParameters.");
    }
  }

  static void checkSubscriberPrecheckRequest(SubscriberPrecheckRequest value, String operation, String path) {
    Require.field(value.getEmail(), operation, path + "email");
    Require.notBoth(value.getPackage(), value.getPackages(), operation, "_package", "packages");
    if (value.getCustomerInfo() != null) {
      checkSubscriberCustomerInfo(value.getCustomerInfo(), operation, path + "customerInfo.");
    }
  }

  static void checkSubscriberCustomerInfo(SubscriberCustomerInfo value, String operation, String path) {
    Require.field(value.getPrimaryEmail(), operation, path + "primaryEmail");
  }

  static void checkSubscriberProvisionRequest(SubscriberProvisionRequest value, String operation, String path) {
    Require.field(value.getCustomerId(), operation, path + "customerId");
    Require.field(value.getEmail(), operation, path + "email");
    Require.field(value.getProvisioningParameters(), operation, path + "provisioningParameters");
    Require.notBoth(value.getPackage(), value.getPackages(), operation, "_package", "packages");
  }

  static void checkSubscriberUpdateRequest(SubscriberUpdateRequest value, String operation, String path) {
    Require.notBoth(value.getPackage(), value.getPackages(), operation, "_package", "packages");
  }
}
