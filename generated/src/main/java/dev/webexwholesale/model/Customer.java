/*
 * Webex Wholesale Provisioning API
 * Generated from openapi/webex-wholesale.yaml by openapi-generator with the templates in
 * openapi/templates. Do not edit: change the spec or the templates and regenerate.
 */

package dev.webexwholesale.model;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import dev.webexwholesale.model.Address;
import dev.webexwholesale.model.CustomerStatus;
import dev.webexwholesale.model.ErrorDetail;
import dev.webexwholesale.model.ResourceDetails;
import dev.webexwholesale.model.WholesalePackagesCustomer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Customer
 *
 * <p>Fields the spec does not define are kept in {@link #getAdditionalProperties()} and
 * written back on encode, so a read-modify-write never drops what Webex sent.
 */
@JsonAdapter(Customer.UnknownFieldsAdapterFactory.class)
public class Customer {
  /** The JSON name of {@code id}. */
  public static final String SERIALIZED_NAME_ID = "id";
  @SerializedName(SERIALIZED_NAME_ID)
  private String id;

  /** The JSON name of {@code orgId}. */
  public static final String SERIALIZED_NAME_ORG_ID = "orgId";
  @SerializedName(SERIALIZED_NAME_ORG_ID)
  private String orgId;

  /** The JSON name of {@code externalId}. */
  public static final String SERIALIZED_NAME_EXTERNAL_ID = "externalId";
  @SerializedName(SERIALIZED_NAME_EXTERNAL_ID)
  private String externalId;

  /** The JSON name of {@code address}. */
  public static final String SERIALIZED_NAME_ADDRESS = "address";
  @SerializedName(SERIALIZED_NAME_ADDRESS)
  private Address address;

  /** The JSON name of {@code status}. */
  public static final String SERIALIZED_NAME_STATUS = "status";
  @SerializedName(SERIALIZED_NAME_STATUS)
  private CustomerStatus status;

  /** The JSON name of {@code packages}. */
  public static final String SERIALIZED_NAME_PACKAGES = "packages";
  @SerializedName(SERIALIZED_NAME_PACKAGES)
  private List<WholesalePackagesCustomer> packages;

  /** The JSON name of {@code resourceDetails}. */
  public static final String SERIALIZED_NAME_RESOURCE_DETAILS = "resourceDetails";
  @SerializedName(SERIALIZED_NAME_RESOURCE_DETAILS)
  private ResourceDetails resourceDetails;

  /** The JSON name of {@code errors}. */
  public static final String SERIALIZED_NAME_ERRORS = "errors";
  @SerializedName(SERIALIZED_NAME_ERRORS)
  private List<ErrorDetail> errors;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_ID, SERIALIZED_NAME_ORG_ID, SERIALIZED_NAME_EXTERNAL_ID, SERIALIZED_NAME_ADDRESS, SERIALIZED_NAME_STATUS, SERIALIZED_NAME_PACKAGES, SERIALIZED_NAME_RESOURCE_DETAILS, SERIALIZED_NAME_ERRORS);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  /** An empty Customer: every field unset (null fields are not sent). */
  public Customer() {
  }

  /**
   * Sets {@code id}: A unique Cisco identifier for the customer. This value should be used for the &#x60;customerId&#x60; parameter in the Wholesale Customers and Wholesale Subscribers API.
   *
   * @param id the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Customer id(String id) {
    this.id = id;
    return this;
  }

  /**
   * A unique Cisco identifier for the customer. This value should be used for the &#x60;customerId&#x60; parameter in the Wholesale Customers and Wholesale Subscribers API.
   *
   * @return the {@code id} value as received or set, or null when absent
   */
  public String getId() {
    return id;
  }

  /**
   * Sets {@code id}.
   *
   * @param id the value, or null to leave the field out
   */
  public void setId(String id) {
    this.id = id;
  }

  /**
   * Sets {@code orgId}: The Organization ID of the enterprise on Cisco Webex, to be used when referencing this customer on other Cisco Webex APIs. Only presented when status is &#x60;provisioned&#x60;.
   *
   * @param orgId the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Customer orgId(String orgId) {
    this.orgId = orgId;
    return this;
  }

  /**
   * The Organization ID of the enterprise on Cisco Webex, to be used when referencing this customer on other Cisco Webex APIs. Only presented when status is &#x60;provisioned&#x60;.
   *
   * @return the {@code orgId} value as received or set, or null when absent
   */
  public String getOrgId() {
    return orgId;
  }

  /**
   * Sets {@code orgId}.
   *
   * @param orgId the value, or null to leave the field out
   */
  public void setOrgId(String orgId) {
    this.orgId = orgId;
  }

  /**
   * Sets {@code externalId}: External ID of the Customer.
   *
   * @param externalId the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Customer externalId(String externalId) {
    this.externalId = externalId;
    return this;
  }

  /**
   * External ID of the Customer.
   *
   * @return the {@code externalId} value as received or set, or null when absent
   */
  public String getExternalId() {
    return externalId;
  }

  /**
   * Sets {@code externalId}.
   *
   * @param externalId the value, or null to leave the field out
   */
  public void setExternalId(String externalId) {
    this.externalId = externalId;
  }

  /**
   * Sets {@code address}.
   *
   * @param address the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Customer address(Address address) {
    this.address = address;
    return this;
  }

  /**
   * The {@code address} field.
   *
   * @return the {@code address} value as received or set, or null when absent
   */
  public Address getAddress() {
    return address;
  }

  /**
   * Sets {@code address}.
   *
   * @param address the value, or null to leave the field out
   */
  public void setAddress(Address address) {
    this.address = address;
  }

  /**
   * Sets {@code status}.
   *
   * @param status the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Customer status(CustomerStatus status) {
    this.status = status;
    return this;
  }

  /**
   * The {@code status} field.
   *
   * @return the {@code status} value as received or set, or null when absent
   */
  public CustomerStatus getStatus() {
    return status;
  }

  /**
   * Sets {@code status}.
   *
   * @param status the value, or null to leave the field out
   */
  public void setStatus(CustomerStatus status) {
    this.status = status;
  }

  /**
   * Sets {@code packages}: List of package names provisioned
   *
   * @param packages the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Customer packages(List<WholesalePackagesCustomer> packages) {
    this.packages = packages;
    return this;
  }

  /**
   * Adds one element to {@code packages}, creating the list when it is unset.
   *
   * @param packagesItem the element to add
   * @return this object, for chaining
   */
  public Customer addPackagesItem(WholesalePackagesCustomer packagesItem) {
    if (this.packages == null) {
      this.packages = new ArrayList<>();
    }
    this.packages.add(packagesItem);
    return this;
  }

  /**
   * List of package names provisioned
   *
   * @return the {@code packages} value as received or set, or null when absent
   */
  public List<WholesalePackagesCustomer> getPackages() {
    return packages;
  }

  /**
   * Sets {@code packages}.
   *
   * @param packages the value, or null to leave the field out
   */
  public void setPackages(List<WholesalePackagesCustomer> packages) {
    this.packages = packages;
  }

  /**
   * Sets {@code resourceDetails}.
   *
   * @param resourceDetails the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Customer resourceDetails(ResourceDetails resourceDetails) {
    this.resourceDetails = resourceDetails;
    return this;
  }

  /**
   * The {@code resourceDetails} field.
   *
   * @return the {@code resourceDetails} value as received or set, or null when absent
   */
  public ResourceDetails getResourceDetails() {
    return resourceDetails;
  }

  /**
   * Sets {@code resourceDetails}.
   *
   * @param resourceDetails the value, or null to leave the field out
   */
  public void setResourceDetails(ResourceDetails resourceDetails) {
    this.resourceDetails = resourceDetails;
  }

  /**
   * Sets {@code errors}: List of errors that occurred during that last attempt to provision/update this customer.   *Note:*  + This list captures errors that occurred during *asynchronous or background* provisioning of the customer, *after* the API has been accepted and 202 response returned.  + Any errors that occur during initial API request validation will be captured directly in error response with appropriate HTTP status code.
   *
   * @param errors the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Customer errors(List<ErrorDetail> errors) {
    this.errors = errors;
    return this;
  }

  /**
   * Adds one element to {@code errors}, creating the list when it is unset.
   *
   * @param errorsItem the element to add
   * @return this object, for chaining
   */
  public Customer addErrorsItem(ErrorDetail errorsItem) {
    if (this.errors == null) {
      this.errors = new ArrayList<>();
    }
    this.errors.add(errorsItem);
    return this;
  }

  /**
   * List of errors that occurred during that last attempt to provision/update this customer.   *Note:*  + This list captures errors that occurred during *asynchronous or background* provisioning of the customer, *after* the API has been accepted and 202 response returned.  + Any errors that occur during initial API request validation will be captured directly in error response with appropriate HTTP status code.
   *
   * @return the {@code errors} value as received or set, or null when absent
   */
  public List<ErrorDetail> getErrors() {
    return errors;
  }

  /**
   * Sets {@code errors}.
   *
   * @param errors the value, or null to leave the field out
   */
  public void setErrors(List<ErrorDetail> errors) {
    this.errors = errors;
  }

  /**
   * Fields received that the spec does not define, in the order received.
   *
   * @return a read-only view, empty when there are none
   */
  public Map<String, JsonElement> getAdditionalProperties() {
    return additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
  }

  /**
   * Sets a field the spec does not define; it is written after the defined ones.
   *
   * @param name the JSON name, which must not be one of the defined fields
   * @param value the JSON value
   * @return this object, for chaining
   */
  public Customer putAdditionalProperty(String name, JsonElement value) {
    if (SERIALIZED_NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a defined field of Customer");
    }
    if (additionalProperties == null) {
      additionalProperties = new LinkedHashMap<>();
    }
    additionalProperties.put(name, value);
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Customer other = (Customer) o;
    return Objects.equals(this.id, other.id) &&
        Objects.equals(this.orgId, other.orgId) &&
        Objects.equals(this.externalId, other.externalId) &&
        Objects.equals(this.address, other.address) &&
        Objects.equals(this.status, other.status) &&
        Objects.equals(this.packages, other.packages) &&
        Objects.equals(this.resourceDetails, other.resourceDetails) &&
        Objects.equals(this.errors, other.errors) &&
        getAdditionalProperties().equals(other.getAdditionalProperties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, orgId, externalId, address, status, packages, resourceDetails, errors, getAdditionalProperties());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Customer{");
    sb.append("id=").append(id);
    sb.append(", orgId=").append(orgId);
    sb.append(", externalId=").append(externalId);
    sb.append(", address=").append(address);
    sb.append(", status=").append(status);
    sb.append(", packages=").append(packages);
    sb.append(", resourceDetails=").append(resourceDetails);
    sb.append(", errors=").append(errors);
    if (additionalProperties != null) {
      sb.append(", additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Streams the JSON object field by field: defined fields through their own adapters,
   * anything else kept as a tree in additionalProperties. No reflection, no whole-object tree.
   */
  public static final class UnknownFieldsAdapterFactory implements TypeAdapterFactory {
    /** The factory Gson finds through {@code @JsonAdapter}. */
    public UnknownFieldsAdapterFactory() {
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      if (!Customer.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<String> idAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> orgIdAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> externalIdAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<Address> addressAdapter = gson.getAdapter(new TypeToken<Address>() { });
      TypeAdapter<CustomerStatus> statusAdapter = gson.getAdapter(new TypeToken<CustomerStatus>() { });
      TypeAdapter<List<WholesalePackagesCustomer>> packagesAdapter = gson.getAdapter(new TypeToken<List<WholesalePackagesCustomer>>() { });
      TypeAdapter<ResourceDetails> resourceDetailsAdapter = gson.getAdapter(new TypeToken<ResourceDetails>() { });
      TypeAdapter<List<ErrorDetail>> errorsAdapter = gson.getAdapter(new TypeToken<List<ErrorDetail>>() { });
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<Customer> adapter = new TypeAdapter<Customer>() {
        @Override
        public void write(JsonWriter out, Customer value) throws IOException {
          out.beginObject();
          if (value.id != null) {
            out.name(SERIALIZED_NAME_ID);
            idAdapter.write(out, value.id);
          }
          if (value.orgId != null) {
            out.name(SERIALIZED_NAME_ORG_ID);
            orgIdAdapter.write(out, value.orgId);
          }
          if (value.externalId != null) {
            out.name(SERIALIZED_NAME_EXTERNAL_ID);
            externalIdAdapter.write(out, value.externalId);
          }
          if (value.address != null) {
            out.name(SERIALIZED_NAME_ADDRESS);
            addressAdapter.write(out, value.address);
          }
          if (value.status != null) {
            out.name(SERIALIZED_NAME_STATUS);
            statusAdapter.write(out, value.status);
          }
          if (value.packages != null) {
            out.name(SERIALIZED_NAME_PACKAGES);
            packagesAdapter.write(out, value.packages);
          }
          if (value.resourceDetails != null) {
            out.name(SERIALIZED_NAME_RESOURCE_DETAILS);
            resourceDetailsAdapter.write(out, value.resourceDetails);
          }
          if (value.errors != null) {
            out.name(SERIALIZED_NAME_ERRORS);
            errorsAdapter.write(out, value.errors);
          }
          if (value.additionalProperties != null) {
            for (Map.Entry<String, JsonElement> e : value.additionalProperties.entrySet()) {
              out.name(e.getKey());
              trees.write(out, e.getValue());
            }
          }
          out.endObject();
        }

        @Override
        public Customer read(JsonReader in) throws IOException {
          Customer value = new Customer();
          try {
            in.beginObject();
            while (in.hasNext()) {
              String name = in.nextName();
              switch (name) {
                case SERIALIZED_NAME_ID:
                  value.id = idAdapter.read(in);
                  break;
                case SERIALIZED_NAME_ORG_ID:
                  value.orgId = orgIdAdapter.read(in);
                  break;
                case SERIALIZED_NAME_EXTERNAL_ID:
                  value.externalId = externalIdAdapter.read(in);
                  break;
                case SERIALIZED_NAME_ADDRESS:
                  value.address = addressAdapter.read(in);
                  break;
                case SERIALIZED_NAME_STATUS:
                  value.status = statusAdapter.read(in);
                  break;
                case SERIALIZED_NAME_PACKAGES:
                  value.packages = packagesAdapter.read(in);
                  break;
                case SERIALIZED_NAME_RESOURCE_DETAILS:
                  value.resourceDetails = resourceDetailsAdapter.read(in);
                  break;
                case SERIALIZED_NAME_ERRORS:
                  value.errors = errorsAdapter.read(in);
                  break;
                default:
                  value.putAdditionalProperty(name, trees.read(in));
              }
            }
            in.endObject();
          } catch (IllegalStateException e) {
            // A token of the wrong kind: report it as Gson's reflective adapters do.
            throw new JsonSyntaxException(e);
          }
          return value;
        }
      };
      return (TypeAdapter<T>) adapter.nullSafe();
    }
  }
}

