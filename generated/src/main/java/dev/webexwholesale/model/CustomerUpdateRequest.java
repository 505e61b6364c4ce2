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
import dev.webexwholesale.model.CustomerProvisioningParameters;
import dev.webexwholesale.model.WholesalePackagesCustomer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CustomerUpdateRequest
 *
 * <p>Fields the spec does not define are kept in {@link #getAdditionalProperties()} and
 * written back on encode, so a read-modify-write never drops what Webex sent.
 */
@JsonAdapter(CustomerUpdateRequest.UnknownFieldsAdapterFactory.class)
public class CustomerUpdateRequest {
  /** The JSON name of {@code packages}. */
  public static final String SERIALIZED_NAME_PACKAGES = "packages";
  @SerializedName(SERIALIZED_NAME_PACKAGES)
  private List<WholesalePackagesCustomer> packages;

  /** The JSON name of {@code externalId}. */
  public static final String SERIALIZED_NAME_EXTERNAL_ID = "externalId";
  @SerializedName(SERIALIZED_NAME_EXTERNAL_ID)
  private String externalId;

  /** The JSON name of {@code address}. */
  public static final String SERIALIZED_NAME_ADDRESS = "address";
  @SerializedName(SERIALIZED_NAME_ADDRESS)
  private Address address;

  /** The JSON name of {@code provisioningParameters}. */
  public static final String SERIALIZED_NAME_PROVISIONING_PARAMETERS = "provisioningParameters";
  @SerializedName(SERIALIZED_NAME_PROVISIONING_PARAMETERS)
  private CustomerProvisioningParameters provisioningParameters;

  /** The JSON name of {@code subPartnerAdminEmail}. */
  public static final String SERIALIZED_NAME_SUB_PARTNER_ADMIN_EMAIL = "subPartnerAdminEmail";
  @SerializedName(SERIALIZED_NAME_SUB_PARTNER_ADMIN_EMAIL)
  private String subPartnerAdminEmail;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_PACKAGES, SERIALIZED_NAME_EXTERNAL_ID, SERIALIZED_NAME_ADDRESS, SERIALIZED_NAME_PROVISIONING_PARAMETERS, SERIALIZED_NAME_SUB_PARTNER_ADMIN_EMAIL);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  /** An empty CustomerUpdateRequest: every field unset (null fields are not sent). */
  public CustomerUpdateRequest() {
  }

  /**
   * Sets {@code packages}: Every Webex Wholesale package the customer is to have: the whole list, not a change to it.
   *
   * @param packages the value, or null to leave the field out
   * @return this object, for chaining
   */
  public CustomerUpdateRequest packages(List<WholesalePackagesCustomer> packages) {
    this.packages = packages;
    return this;
  }

  /**
   * Adds one element to {@code packages}, creating the list when it is unset.
   *
   * @param packagesItem the element to add
   * @return this object, for chaining
   */
  public CustomerUpdateRequest addPackagesItem(WholesalePackagesCustomer packagesItem) {
    if (this.packages == null) {
      this.packages = new ArrayList<>();
    }
    this.packages.add(packagesItem);
    return this;
  }

  /**
   * Every Webex Wholesale package the customer is to have: the whole list, not a change to it.
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
   * Sets {@code externalId}: External ID of the Customer.
   *
   * @param externalId the value, or null to leave the field out
   * @return this object, for chaining
   */
  public CustomerUpdateRequest externalId(String externalId) {
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
  public CustomerUpdateRequest address(Address address) {
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
   * Sets {@code provisioningParameters}.
   *
   * @param provisioningParameters the value, or null to leave the field out
   * @return this object, for chaining
   */
  public CustomerUpdateRequest provisioningParameters(CustomerProvisioningParameters provisioningParameters) {
    this.provisioningParameters = provisioningParameters;
    return this;
  }

  /**
   * The {@code provisioningParameters} field.
   *
   * @return the {@code provisioningParameters} value as received or set, or null when absent
   */
  public CustomerProvisioningParameters getProvisioningParameters() {
    return provisioningParameters;
  }

  /**
   * Sets {@code provisioningParameters}.
   *
   * @param provisioningParameters the value, or null to leave the field out
   */
  public void setProvisioningParameters(CustomerProvisioningParameters provisioningParameters) {
    this.provisioningParameters = provisioningParameters;
  }

  /**
   * Sets {@code subPartnerAdminEmail}: The email address of the sub-partner administrator who manages the customer.
   *
   * @param subPartnerAdminEmail the value, or null to leave the field out
   * @return this object, for chaining
   */
  public CustomerUpdateRequest subPartnerAdminEmail(String subPartnerAdminEmail) {
    this.subPartnerAdminEmail = subPartnerAdminEmail;
    return this;
  }

  /**
   * The email address of the sub-partner administrator who manages the customer.
   *
   * @return the {@code subPartnerAdminEmail} value as received or set, or null when absent
   */
  public String getSubPartnerAdminEmail() {
    return subPartnerAdminEmail;
  }

  /**
   * Sets {@code subPartnerAdminEmail}.
   *
   * @param subPartnerAdminEmail the value, or null to leave the field out
   */
  public void setSubPartnerAdminEmail(String subPartnerAdminEmail) {
    this.subPartnerAdminEmail = subPartnerAdminEmail;
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
  public CustomerUpdateRequest putAdditionalProperty(String name, JsonElement value) {
    if (SERIALIZED_NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a defined field of CustomerUpdateRequest");
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
    CustomerUpdateRequest other = (CustomerUpdateRequest) o;
    return Objects.equals(this.packages, other.packages) &&
        Objects.equals(this.externalId, other.externalId) &&
        Objects.equals(this.address, other.address) &&
        Objects.equals(this.provisioningParameters, other.provisioningParameters) &&
        Objects.equals(this.subPartnerAdminEmail, other.subPartnerAdminEmail) &&
        getAdditionalProperties().equals(other.getAdditionalProperties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(packages, externalId, address, provisioningParameters, subPartnerAdminEmail, getAdditionalProperties());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("CustomerUpdateRequest{");
    sb.append("packages=").append(packages);
    sb.append(", externalId=").append(externalId);
    sb.append(", address=").append(address);
    sb.append(", provisioningParameters=").append(provisioningParameters);
    sb.append(", subPartnerAdminEmail=").append(subPartnerAdminEmail);
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
      if (!CustomerUpdateRequest.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<List<WholesalePackagesCustomer>> packagesAdapter = gson.getAdapter(new TypeToken<List<WholesalePackagesCustomer>>() { });
      TypeAdapter<String> externalIdAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<Address> addressAdapter = gson.getAdapter(new TypeToken<Address>() { });
      TypeAdapter<CustomerProvisioningParameters> provisioningParametersAdapter = gson.getAdapter(new TypeToken<CustomerProvisioningParameters>() { });
      TypeAdapter<String> subPartnerAdminEmailAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<CustomerUpdateRequest> adapter = new TypeAdapter<CustomerUpdateRequest>() {
        @Override
        public void write(JsonWriter out, CustomerUpdateRequest value) throws IOException {
          out.beginObject();
          if (value.packages != null) {
            out.name(SERIALIZED_NAME_PACKAGES);
            packagesAdapter.write(out, value.packages);
          }
          if (value.externalId != null) {
            out.name(SERIALIZED_NAME_EXTERNAL_ID);
            externalIdAdapter.write(out, value.externalId);
          }
          if (value.address != null) {
            out.name(SERIALIZED_NAME_ADDRESS);
            addressAdapter.write(out, value.address);
          }
          if (value.provisioningParameters != null) {
            out.name(SERIALIZED_NAME_PROVISIONING_PARAMETERS);
            provisioningParametersAdapter.write(out, value.provisioningParameters);
          }
          if (value.subPartnerAdminEmail != null) {
            out.name(SERIALIZED_NAME_SUB_PARTNER_ADMIN_EMAIL);
            subPartnerAdminEmailAdapter.write(out, value.subPartnerAdminEmail);
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
        public CustomerUpdateRequest read(JsonReader in) throws IOException {
          CustomerUpdateRequest value = new CustomerUpdateRequest();
          try {
            in.beginObject();
            while (in.hasNext()) {
              String name = in.nextName();
              switch (name) {
                case SERIALIZED_NAME_PACKAGES:
                  value.packages = packagesAdapter.read(in);
                  break;
                case SERIALIZED_NAME_EXTERNAL_ID:
                  value.externalId = externalIdAdapter.read(in);
                  break;
                case SERIALIZED_NAME_ADDRESS:
                  value.address = addressAdapter.read(in);
                  break;
                case SERIALIZED_NAME_PROVISIONING_PARAMETERS:
                  value.provisioningParameters = provisioningParametersAdapter.read(in);
                  break;
                case SERIALIZED_NAME_SUB_PARTNER_ADMIN_EMAIL:
                  value.subPartnerAdminEmail = subPartnerAdminEmailAdapter.read(in);
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

