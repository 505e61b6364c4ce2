package dev.webexwholesale.sandbox;

import dev.webexwholesale.model.Address;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerStatus;
import dev.webexwholesale.model.ErrorDetail;
import dev.webexwholesale.model.Package;
import dev.webexwholesale.model.ResourceDetails;
import dev.webexwholesale.model.WholesalePackagesCustomer;
import java.util.ArrayList;
import java.util.List;

/** A customer's state; guarded by the store's lock. */
final class CustomerRecord extends Lifecycle.Tracked {
  static final String DELETED = "__deleted";
  static final long PACKAGE_ERROR_CODE = 2571;
  static final String PACKAGE_ERROR =
      "Webex Calling location could not be created: the address failed validation.";
  static final long MAINTENANCE_WARNING_CODE = 2560;
  static final String MAINTENANCE_WARNING = "One or more Webex Calling services are unavailable due to "
      + "maintenance, unable to start provisioning. Consult status.webex.com and retry later.";

  final String id;
  /** The sub-partner owning this customer, or null for the partner itself. */
  final String scope;
  final String orgId;
  String externalId;
  Address address;
  List<String> packages;
  final CustomerOutcome outcome;
  /** This customer's subscribers in creation order (the list's default order). */
  final List<SubscriberRecord> subscribers = new ArrayList<>();
  private final List<String> licenseIds = new ArrayList<>();

  CustomerRecord(String id, String scope, String orgId, String externalId, Address address, List<String> packages,
      CustomerOutcome outcome) {
    this.id = id;
    this.scope = scope;
    this.orgId = orgId;
    this.externalId = externalId;
    this.address = address;
    this.packages = packages;
    this.outcome = outcome;
  }

  boolean provisioned() {
    return CustomerStatus.PROVISIONED.getValue().equals(status)
        || CustomerStatus.PROVISIONED_WITH_ERRORS.getValue().equals(status);
  }

  /** The customer as Webex shows it; {@code licenseIds} only when asked (includePackageLicenseInfo). */
  Customer toModel(boolean withLicenseIds) {
    Customer customer = new Customer().id(id).externalId(externalId).address(address)
        .status(CustomerStatus.fromValue(status));
    List<WholesalePackagesCustomer> names = new ArrayList<>(packages.size());
    List<Package> details = new ArrayList<>(packages.size());
    for (int i = 0; i < packages.size(); i++) {
      WholesalePackagesCustomer name = WholesalePackagesCustomer.fromValue(packages.get(i));
      names.add(name);
      details.add(packageDetail(name, i, withLicenseIds));
    }
    customer.packages(names).resourceDetails(new ResourceDetails().packages(details));
    if (current().equals(CustomerStatus.ERROR)) {
      // Customer-level errors[] (official spec): the sandbox reports the failure there too.
      customer.errors(List.of(error(PACKAGE_ERROR_CODE, PACKAGE_ERROR)));
    }
    if (!status.equals(CustomerStatus.PROVISIONING.getValue()) && !status.equals(CustomerStatus.ERROR.getValue())
        && !status.equals(CustomerStatus.PENDING_RPL_REVIEW.getValue())) {
      customer.orgId(orgId);
    }
    return customer;
  }

  private CustomerStatus current() {
    return CustomerStatus.fromValue(status);
  }

  private Package packageDetail(WholesalePackagesCustomer name, int index, boolean withLicenseIds) {
    Package detail = new Package().name(name);
    CustomerStatus current = current();
    if (current.equals(CustomerStatus.PROVISIONED)) {
      detail.status(Package.StatusEnum.PROVISIONED);
      if (withLicenseIds) {
        detail.licenseIds(List.of(licenseId(index)));
      }
    } else if (current.equals(CustomerStatus.PROVISIONED_WITH_ERRORS)) {
      detail.warnings(List.of(error(MAINTENANCE_WARNING_CODE, MAINTENANCE_WARNING)));
      if (index == 0) {
        detail.status(Package.StatusEnum.ERROR).errors(List.of(error(PACKAGE_ERROR_CODE, PACKAGE_ERROR)));
      } else {
        detail.status(Package.StatusEnum.PROVISIONED);
        if (withLicenseIds) {
          detail.licenseIds(List.of(licenseId(index)));
        }
      }
    } else if (current.equals(CustomerStatus.ERROR)) {
      detail.status(Package.StatusEnum.ERROR).errors(List.of(error(PACKAGE_ERROR_CODE, PACKAGE_ERROR)));
    } else if (current.equals(CustomerStatus.DELETING)) {
      detail.status(Package.StatusEnum.DELETING);
    } else {
      detail.status(Package.StatusEnum.PROVISIONING);
    }
    return detail;
  }

  private String licenseId(int index) {
    while (licenseIds.size() <= index) {
      licenseIds.add(Ids.of("LICENSE"));
    }
    return licenseIds.get(index);
  }

  private static ErrorDetail error(long code, String description) {
    return new ErrorDetail().errorCode(code).description(description);
  }
}
