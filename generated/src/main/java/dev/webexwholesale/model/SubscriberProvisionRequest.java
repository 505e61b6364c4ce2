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
import dev.webexwholesale.model.SubscriberProvisioningParameters;
import dev.webexwholesale.model.WholesalePackagesSubscriber;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Either &#x60;packages&#x60; or &#x60;package&#x60; field is required but not both.
 *
 * <p>Fields the spec does not define are kept in {@link #getAdditionalProperties()} and
 * written back on encode, so a read-modify-write never drops what Webex sent.
 */
@JsonAdapter(SubscriberProvisionRequest.UnknownFieldsAdapterFactory.class)
public class SubscriberProvisionRequest {
  /** The JSON name of {@code customerId}. */
  public static final String SERIALIZED_NAME_CUSTOMER_ID = "customerId";
  @SerializedName(SERIALIZED_NAME_CUSTOMER_ID)
  private String customerId;

  /** The JSON name of {@code email}. */
  public static final String SERIALIZED_NAME_EMAIL = "email";
  @SerializedName(SERIALIZED_NAME_EMAIL)
  private String email;

  /** The JSON name of {@code package}. */
  public static final String SERIALIZED_NAME_PACKAGE = "package";
  @SerializedName(SERIALIZED_NAME_PACKAGE)
  private WholesalePackagesSubscriber _package;

  /** The JSON name of {@code packages}. */
  public static final String SERIALIZED_NAME_PACKAGES = "packages";
  @SerializedName(SERIALIZED_NAME_PACKAGES)
  private List<WholesalePackagesSubscriber> packages;

  /** The JSON name of {@code provisioningParameters}. */
  public static final String SERIALIZED_NAME_PROVISIONING_PARAMETERS = "provisioningParameters";
  @SerializedName(SERIALIZED_NAME_PROVISIONING_PARAMETERS)
  private SubscriberProvisioningParameters provisioningParameters;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_CUSTOMER_ID, SERIALIZED_NAME_EMAIL, SERIALIZED_NAME_PACKAGE, SERIALIZED_NAME_PACKAGES, SERIALIZED_NAME_PROVISIONING_PARAMETERS);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  /** An empty SubscriberProvisionRequest: every field unset (null fields are not sent). */
  public SubscriberProvisionRequest() {
  }

  /**
   * Sets {@code customerId}: ID of the Provisioned Customer for Webex Wholesale.
   *
   * @param customerId the value, or null to leave the field out
   * @return this object, for chaining
   */
  public SubscriberProvisionRequest customerId(String customerId) {
    this.customerId = customerId;
    return this;
  }

  /**
   * ID of the Provisioned Customer for Webex Wholesale.
   *
   * @return the {@code customerId} value as received or set, or null when absent
   */
  public String getCustomerId() {
    return customerId;
  }

  /**
   * Sets {@code customerId}.
   *
   * @param customerId the value, or null to leave the field out
   */
  public void setCustomerId(String customerId) {
    this.customerId = customerId;
  }

  /**
   * Sets {@code email}: The email address of the subscriber.
   *
   * @param email the value, or null to leave the field out
   * @return this object, for chaining
   */
  public SubscriberProvisionRequest email(String email) {
    this.email = email;
    return this;
  }

  /**
   * The email address of the subscriber.
   *
   * @return the {@code email} value as received or set, or null when absent
   */
  public String getEmail() {
    return email;
  }

  /**
   * Sets {@code email}.
   *
   * @param email the value, or null to leave the field out
   */
  public void setEmail(String email) {
    this.email = email;
  }

  /**
   * Sets {@code package}: The Webex Wholesale package to be assigned to the subscriber. **NOTE:** This parameter will be deprecated soon. Please use &#x60;packages&#x60; instead.
   *
   * @param _package the value, or null to leave the field out
   * @return this object, for chaining
   */
  public SubscriberProvisionRequest _package(WholesalePackagesSubscriber _package) {
    this._package = _package;
    return this;
  }

  /**
   * The Webex Wholesale package to be assigned to the subscriber. **NOTE:** This parameter will be deprecated soon. Please use &#x60;packages&#x60; instead.
   *
   * @return the {@code package} value as received or set, or null when absent
   */
  public WholesalePackagesSubscriber getPackage() {
    return _package;
  }

  /**
   * Sets {@code package}.
   *
   * @param _package the value, or null to leave the field out
   */
  public void setPackage(WholesalePackagesSubscriber _package) {
    this._package = _package;
  }

  /**
   * Sets {@code packages}: The complete list of Webex Wholesale packages assigned to the subscriber. Currently accepts only one package in the list.
   *
   * @param packages the value, or null to leave the field out
   * @return this object, for chaining
   */
  public SubscriberProvisionRequest packages(List<WholesalePackagesSubscriber> packages) {
    this.packages = packages;
    return this;
  }

  /**
   * Adds one element to {@code packages}, creating the list when it is unset.
   *
   * @param packagesItem the element to add
   * @return this object, for chaining
   */
  public SubscriberProvisionRequest addPackagesItem(WholesalePackagesSubscriber packagesItem) {
    if (this.packages == null) {
      this.packages = new ArrayList<>();
    }
    this.packages.add(packagesItem);
    return this;
  }

  /**
   * The complete list of Webex Wholesale packages assigned to the subscriber. Currently accepts only one package in the list.
   *
   * @return the {@code packages} value as received or set, or null when absent
   */
  public List<WholesalePackagesSubscriber> getPackages() {
    return packages;
  }

  /**
   * Sets {@code packages}.
   *
   * @param packages the value, or null to leave the field out
   */
  public void setPackages(List<WholesalePackagesSubscriber> packages) {
    this.packages = packages;
  }

  /**
   * Sets {@code provisioningParameters}.
   *
   * @param provisioningParameters the value, or null to leave the field out
   * @return this object, for chaining
   */
  public SubscriberProvisionRequest provisioningParameters(SubscriberProvisioningParameters provisioningParameters) {
    this.provisioningParameters = provisioningParameters;
    return this;
  }

  /**
   * The {@code provisioningParameters} field.
   *
   * @return the {@code provisioningParameters} value as received or set, or null when absent
   */
  public SubscriberProvisioningParameters getProvisioningParameters() {
    return provisioningParameters;
  }

  /**
   * Sets {@code provisioningParameters}.
   *
   * @param provisioningParameters the value, or null to leave the field out
   */
  public void setProvisioningParameters(SubscriberProvisioningParameters provisioningParameters) {
    this.provisioningParameters = provisioningParameters;
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
  public SubscriberProvisionRequest putAdditionalProperty(String name, JsonElement value) {
    if (SERIALIZED_NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a defined field of SubscriberProvisionRequest");
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
    SubscriberProvisionRequest other = (SubscriberProvisionRequest) o;
    return Objects.equals(this.customerId, other.customerId) &&
        Objects.equals(this.email, other.email) &&
        Objects.equals(this._package, other._package) &&
        Objects.equals(this.packages, other.packages) &&
        Objects.equals(this.provisioningParameters, other.provisioningParameters) &&
        getAdditionalProperties().equals(other.getAdditionalProperties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(customerId, email, _package, packages, provisioningParameters, getAdditionalProperties());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("SubscriberProvisionRequest{");
    sb.append("customerId=").append(customerId);
    sb.append(", email=").append(email);
    sb.append(", _package=").append(_package);
    sb.append(", packages=").append(packages);
    sb.append(", provisioningParameters=").append(provisioningParameters);
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
      if (!SubscriberProvisionRequest.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<String> customerIdAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> emailAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<WholesalePackagesSubscriber> _packageAdapter = gson.getAdapter(new TypeToken<WholesalePackagesSubscriber>() { });
      TypeAdapter<List<WholesalePackagesSubscriber>> packagesAdapter = gson.getAdapter(new TypeToken<List<WholesalePackagesSubscriber>>() { });
      TypeAdapter<SubscriberProvisioningParameters> provisioningParametersAdapter = gson.getAdapter(new TypeToken<SubscriberProvisioningParameters>() { });
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<SubscriberProvisionRequest> adapter = new TypeAdapter<SubscriberProvisionRequest>() {
        @Override
        public void write(JsonWriter out, SubscriberProvisionRequest value) throws IOException {
          out.beginObject();
          if (value.customerId != null) {
            out.name(SERIALIZED_NAME_CUSTOMER_ID);
            customerIdAdapter.write(out, value.customerId);
          }
          if (value.email != null) {
            out.name(SERIALIZED_NAME_EMAIL);
            emailAdapter.write(out, value.email);
          }
          if (value._package != null) {
            out.name(SERIALIZED_NAME_PACKAGE);
            _packageAdapter.write(out, value._package);
          }
          if (value.packages != null) {
            out.name(SERIALIZED_NAME_PACKAGES);
            packagesAdapter.write(out, value.packages);
          }
          if (value.provisioningParameters != null) {
            out.name(SERIALIZED_NAME_PROVISIONING_PARAMETERS);
            provisioningParametersAdapter.write(out, value.provisioningParameters);
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
        public SubscriberProvisionRequest read(JsonReader in) throws IOException {
          SubscriberProvisionRequest value = new SubscriberProvisionRequest();
          try {
            in.beginObject();
            while (in.hasNext()) {
              String name = in.nextName();
              switch (name) {
                case SERIALIZED_NAME_CUSTOMER_ID:
                  value.customerId = customerIdAdapter.read(in);
                  break;
                case SERIALIZED_NAME_EMAIL:
                  value.email = emailAdapter.read(in);
                  break;
                case SERIALIZED_NAME_PACKAGE:
                  value._package = _packageAdapter.read(in);
                  break;
                case SERIALIZED_NAME_PACKAGES:
                  value.packages = packagesAdapter.read(in);
                  break;
                case SERIALIZED_NAME_PROVISIONING_PARAMETERS:
                  value.provisioningParameters = provisioningParametersAdapter.read(in);
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

