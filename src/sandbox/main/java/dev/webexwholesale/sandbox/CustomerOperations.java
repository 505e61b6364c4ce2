package dev.webexwholesale.sandbox;

import dev.webexwholesale.model.Address;
import dev.webexwholesale.model.CustomerList;
import dev.webexwholesale.model.CustomerPrecheckRequest;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.CustomerStatus;
import dev.webexwholesale.model.CustomerUpdateRequest;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.ResourceUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The six customer operations. */
final class CustomerOperations {
  private final SandboxStore store;
  private final Supplier<String> baseUrl;

  CustomerOperations(SandboxStore store, Supplier<String> baseUrl) {
    this.store = store;
    this.baseUrl = baseUrl;
  }

  SandboxResponse list(SandboxRequest request) {
    Paging paging = Paging.of(request, 0);
    String externalId = request.param("externalId");
    String orgId = request.param("orgId");
    // status is a list in Webex's official spec: any of the given statuses matches.
    List<String> statuses = request.params("status");
    Paging.Collector<Customer> page = paging.collector();
    synchronized (store) {
      for (CustomerRecord customer : store.customersOf(request.subPartnerOrgId())) {
        if ((externalId == null || externalId.equals(customer.externalId))
            && (orgId == null || orgId.equals(customer.orgId))
            && (statuses.isEmpty() || statuses.contains(customer.status))
            && !page.offer(customer.toModel(false))) {
          break;
        }
      }
    }
    SandboxResponse response = SandboxResponse.json(200, new CustomerList().items(page.items));
    if (page.more) {
      Paging.linkNext(response, baseUrl.get(), request, paging.offset + paging.max);
    }
    return response;
  }

  SandboxResponse provision(SandboxRequest request) {
    CustomerProvisionRequest body = Bodies.parse(request, CustomerProvisionRequest.class);
    List<String> missing = new ArrayList<>();
    Bodies.require(missing, body.getProvisioningId(), "provisioningId");
    Bodies.require(missing, body.getPackages(), "packages");
    Bodies.require(missing, body.getExternalId(), "externalId");
    Bodies.require(missing, body.getAddress(), "address");
    Bodies.requireAddress(missing, body.getAddress(), "address");
    if (body.getCustomerInfo() != null) {
      Bodies.require(missing, body.getCustomerInfo().getName(), "customerInfo.name");
      Bodies.require(missing, body.getCustomerInfo().getPrimaryEmail(), "customerInfo.primaryEmail");
    }
    Bodies.requireProvisioningParameters(missing, body.getProvisioningParameters());
    Bodies.refuseMissing(missing);
    List<String> packages = Bodies.customerPackages(body.getPackages(), true);
    String scope = request.subPartnerOrgId();
    CustomerRecord customer;
    synchronized (store) {
      checkUnique(scope, body.getExternalId(), body.getOrgId(), null);
      customer = create(scope, body.getExternalId(), body.getOrgId(), body.getAddress(), packages,
          store.rules.forCustomer(body.getExternalId()), store.lifecycle);
    }
    return accepted(customer.id);
  }

  /** Creates a customer that starts provisioning (or is already done, for seeding). */
  CustomerRecord create(String scope, String externalId, String orgId, Address address, List<String> packages,
      CustomerOutcome outcome, Lifecycle lifecycle) {
    CustomerRecord customer = new CustomerRecord(Ids.of("ENTERPRISE"), scope,
        orgId != null ? orgId : Ids.of("ORGANIZATION"), externalId, address, packages, outcome);
    customer.begin(CustomerStatus.PROVISIONING.getValue(), outcome.status().getValue(), lifecycle);
    store.addCustomer(customer);
    return customer;
  }

  SandboxResponse get(SandboxRequest request) {
    Customer model;
    synchronized (store) {
      model = found(store.customer(request.segments[2], request.subPartnerOrgId(), true))
          .toModel("true".equalsIgnoreCase(request.param("includePackageLicenseInfo")));
    }
    return SandboxResponse.json(200, model);
  }

  SandboxResponse update(SandboxRequest request) {
    CustomerUpdateRequest body = Bodies.parse(request, CustomerUpdateRequest.class);
    List<String> missing = new ArrayList<>();
    Bodies.require(missing, body.getPackages(), "packages");
    Bodies.requireAddress(missing, body.getAddress(), "address");
    Bodies.requireProvisioningParameters(missing, body.getProvisioningParameters());
    Bodies.refuseMissing(missing);
    List<String> packages = Bodies.customerPackages(body.getPackages(), true);
    if (body.getExternalId() != null && body.getExternalId().isBlank()) {
      throw WebexErrors.badRequest("externalId must not be blank.");
    }
    String scope = request.subPartnerOrgId();
    synchronized (store) {
      CustomerRecord customer = found(store.customer(request.segments[2], scope, false));
      refuseWhileBusy(customer);
      if (body.getExternalId() != null) {
        checkUnique(scope, body.getExternalId(), null, customer);
        store.renameExternalId(customer, body.getExternalId());
      }
      if (packages != null) {
        customer.packages = packages;
      }
      if (body.getAddress() != null) {
        customer.address = body.getAddress();
      }
      customer.begin(CustomerStatus.UPDATING.getValue(), customer.status, store.lifecycle);
      return accepted(customer.id);
    }
  }

  SandboxResponse remove(SandboxRequest request) {
    synchronized (store) {
      CustomerRecord customer = found(store.customer(request.segments[2], request.subPartnerOrgId(), false));
      if (!CustomerStatus.DELETING.getValue().equals(customer.status)) {
        refuseWhileBusy(customer);
        customer.begin(CustomerStatus.DELETING.getValue(), CustomerRecord.DELETED, store.lifecycle);
        // An immediate lifecycle finishes the deletion now; this read purges it.
        store.customer(customer.id, customer.scope, false);
      }
    }
    return SandboxResponse.empty(202);
  }

  SandboxResponse precheck(SandboxRequest request) {
    CustomerPrecheckRequest body = Bodies.parse(request, CustomerPrecheckRequest.class);
    List<String> missing = new ArrayList<>();
    Bodies.require(missing, body.getAddress(), "address");
    Bodies.requireAddress(missing, body.getAddress(), "address");
    if (body.getCustomerInfo() != null) {
      Bodies.require(missing, body.getCustomerInfo().getPrimaryEmail(), "customerInfo.primaryEmail");
    }
    Bodies.requireProvisioningParameters(missing, body.getProvisioningParameters());
    Bodies.refuseMissing(missing);
    Bodies.customerPackages(body.getPackages(), false);
    if (body.getCustomerInfo() != null && body.getCustomerInfo().getPrimaryEmail() != null) {
      Bodies.requireEmail(body.getCustomerInfo().getPrimaryEmail());
    }
    synchronized (store) {
      checkUnique(request.subPartnerOrgId(), body.getExternalId(), body.getOrgId(), null);
    }
    return SandboxResponse.json(200, Bodies.precheckSuccess());
  }

  private void checkUnique(String scope, String externalId, String orgId, CustomerRecord self) {
    if (externalId != null) {
      CustomerRecord other = store.liveCustomerWithExternalId(scope, externalId);
      if (other != null && other != self) {
        throw WebexErrors.failure(409, WebexErrors.DUPLICATE_EXTERNAL_ID,
            "A customer with externalId " + externalId + " already exists.");
      }
    }
    if (orgId != null && store.orgMapped(orgId)) {
      throw WebexErrors.failure(409, WebexErrors.ORG_ALREADY_MAPPED,
          "The organization " + orgId + " is already mapped to a customer.");
    }
  }

  private static void refuseWhileBusy(CustomerRecord customer) {
    if (customer.busy()) {
      throw WebexErrors.failure(423, WebexErrors.RESOURCE_BUSY, "The customer is " + customer.status
          + "; retry when the operation in progress has finished.").retryAfter(1);
    }
  }

  private static CustomerRecord found(CustomerRecord customer) {
    if (customer == null) {
      throw WebexErrors.failure(404, WebexErrors.CUSTOMER_NOT_FOUND, "Customer not found");
    }
    return customer;
  }

  private SandboxResponse accepted(String customerId) {
    String url = baseUrl.get() + "/wholesale/customers/" + customerId;
    return SandboxResponse.json(202, new ResourceUrl().url(url)).header("Location", url);
  }
}
