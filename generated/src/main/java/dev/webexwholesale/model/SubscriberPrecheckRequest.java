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
import dev.webexwholesale.model.SubscriberCustomerInfo;
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
@JsonAdapter(SubscriberPrecheckRequest.UnknownFieldsAdapterFactory.class)
public class SubscriberPrecheckRequest {
  /** The JSON name of {@code provisioningId}. */
  public static final String SERIALIZED_NAME_PROVISIONING_ID = "provisioningId";
  @SerializedName(SERIALIZED_NAME_PROVISIONING_ID)
  private String provisioningId;

  /** The JSON name of {@code customerId}. */
  public static final String SERIALIZED_NAME_CUSTOMER_ID = "customerId";
  @SerializedName(SERIALIZED_NAME_CUSTOMER_ID)
  private String customerId;

  /** The JSON name of {@code email}. */
  public static final String SERIALIZED_NAME_EMAIL = "email";
  @SerializedName(SERIALIZED_NAME_EMAIL)
  private String email;

  /**
   * The Webex Wholesale package to be assigned to the subscriber. **NOTE:** This parameter will be deprecated soon. Please use &#x60;packages&#x60; instead.  * &#x60;webex_calling&#x60; - Calling Basic Package.  * &#x60;webex_meetings&#x60; - Meetings Package.  * &#x60;webex_suite&#x60; - Suite Package.  * &#x60;webex_voice&#x60; - Voice Package.  * &#x60;cx_essentials&#x60; - Customer Experience Essentials Package. 
   *
   * <p>An open set of values: a value this version does not list (Webex adds packages and
   * statuses over time) still decodes, keeps its raw text and encodes back unchanged; check
   * {@link #isKnown()} to tell it apart.
   */
  @JsonAdapter(PackageEnum.Adapter.class)
  public static final class PackageEnum {
    /** Calling Basic Package. */
    public static final PackageEnum WEBEX_CALLING = new PackageEnum("webex_calling", true);
    /** Meetings Package. */
    public static final PackageEnum WEBEX_MEETINGS = new PackageEnum("webex_meetings", true);
    /** Suite Package. */
    public static final PackageEnum WEBEX_SUITE = new PackageEnum("webex_suite", true);
    /** Voice Package. */
    public static final PackageEnum WEBEX_VOICE = new PackageEnum("webex_voice", true);
    /** Customer Experience Essentials Package. */
    public static final PackageEnum CX_ESSENTIALS = new PackageEnum("cx_essentials", true);

    private static final Map<String, PackageEnum> KNOWN = index(WEBEX_CALLING, WEBEX_MEETINGS, WEBEX_SUITE, WEBEX_VOICE, CX_ESSENTIALS);

    private final String value;
    private final boolean known;

    private PackageEnum(String value, boolean known) {
      this.value = value;
      this.known = known;
    }

    private static Map<String, PackageEnum> index(PackageEnum... values) {
      Map<String, PackageEnum> map = new LinkedHashMap<>();
      for (PackageEnum v : values) {
        map.put(v.value, v);
      }
      return Collections.unmodifiableMap(map);
    }

    /**
     * The value exactly as it appears on the wire.
     *
     * @return the raw value
     */
    public String getValue() {
      return value;
    }

    /**
     * Whether the value is one this version of the spec lists.
     *
     * @return true for a listed value, false for one Webex added since
     */
    public boolean isKnown() {
      return known;
    }

    /**
     * The values this version of the spec lists, in spec order.
     *
     * @return the listed values
     */
    public static List<PackageEnum> knownValues() {
      return List.copyOf(KNOWN.values());
    }

    /**
     * The constant for a listed value, or a new instance that keeps an unlisted one.
     *
     * @param value the raw value, not null
     * @return the matching constant, or an unlisted value
     */
    public static PackageEnum fromValue(String value) {
      Objects.requireNonNull(value, "value");
      PackageEnum known = KNOWN.get(value);
      return known != null ? known : new PackageEnum(value, false);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof PackageEnum && value.equals(((PackageEnum) o).value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public String toString() {
      return value;
    }

    /** Gson adapter: reads any string, writes the raw value. */
    public static final class Adapter extends TypeAdapter<PackageEnum> {
      /** The adapter Gson finds through {@code @JsonAdapter}. */
      public Adapter() {
      }

      @Override
      public void write(JsonWriter out, PackageEnum v) throws IOException {
        if (v == null) {
          out.nullValue();
        } else {
          out.value(v.value);
        }
      }

      @Override
      public PackageEnum read(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
          in.nextNull();
          return null;
        }
        return fromValue(in.nextString());
      }
    }
  }

  /** The JSON name of {@code package}. */
  public static final String SERIALIZED_NAME_PACKAGE = "package";
  @SerializedName(SERIALIZED_NAME_PACKAGE)
  private PackageEnum _package;

  /** The JSON name of {@code packages}. */
  public static final String SERIALIZED_NAME_PACKAGES = "packages";
  @SerializedName(SERIALIZED_NAME_PACKAGES)
  private List<WholesalePackagesSubscriber> packages;

  /** The JSON name of {@code provisioningParameters}. */
  public static final String SERIALIZED_NAME_PROVISIONING_PARAMETERS = "provisioningParameters";
  @SerializedName(SERIALIZED_NAME_PROVISIONING_PARAMETERS)
  private SubscriberProvisioningParameters provisioningParameters;

  /** The JSON name of {@code customerInfo}. */
  public static final String SERIALIZED_NAME_CUSTOMER_INFO = "customerInfo";
  @SerializedName(SERIALIZED_NAME_CUSTOMER_INFO)
  private SubscriberCustomerInfo customerInfo;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_PROVISIONING_ID, SERIALIZED_NAME_CUSTOMER_ID, SERIALIZED_NAME_EMAIL, SERIALIZED_NAME_PACKAGE, SERIALIZED_NAME_PACKAGES, SERIALIZED_NAME_PROVISIONING_PARAMETERS, SERIALIZED_NAME_CUSTOMER_INFO);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  /** An empty SubscriberPrecheckRequest: every field unset (null fields are not sent). */
  public SubscriberPrecheckRequest() {
  }

  /**
   * Sets {@code provisioningId}: This Provisioning ID defines how this wholesale subscriber is to be provisioned for Cisco Webex Services.  Each Customer template has its unique provisioning ID. This ID is displayed under the chosen customer template on Cisco Webex Control Hub.
   *
   * @param provisioningId the value, or null to leave the field out
   * @return this object, for chaining
   */
  public SubscriberPrecheckRequest provisioningId(String provisioningId) {
    this.provisioningId = provisioningId;
    return this;
  }

  /**
   * This Provisioning ID defines how this wholesale subscriber is to be provisioned for Cisco Webex Services.  Each Customer template has its unique provisioning ID. This ID is displayed under the chosen customer template on Cisco Webex Control Hub.
   *
   * @return the {@code provisioningId} value as received or set, or null when absent
   */
  public String getProvisioningId() {
    return provisioningId;
  }

  /**
   * Sets {@code provisioningId}.
   *
   * @param provisioningId the value, or null to leave the field out
   */
  public void setProvisioningId(String provisioningId) {
    this.provisioningId = provisioningId;
  }

  /**
   * Sets {@code customerId}: ID of the Provisioned Customer for Webex Wholesale.
   *
   * @param customerId the value, or null to leave the field out
   * @return this object, for chaining
   */
  public SubscriberPrecheckRequest customerId(String customerId) {
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
  public SubscriberPrecheckRequest email(String email) {
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
   * Sets {@code package}: The Webex Wholesale package to be assigned to the subscriber. **NOTE:** This parameter will be deprecated soon. Please use &#x60;packages&#x60; instead.  * &#x60;webex_calling&#x60; - Calling Basic Package.  * &#x60;webex_meetings&#x60; - Meetings Package.  * &#x60;webex_suite&#x60; - Suite Package.  * &#x60;webex_voice&#x60; - Voice Package.  * &#x60;cx_essentials&#x60; - Customer Experience Essentials Package. 
   *
   * @param _package the value, or null to leave the field out
   * @return this object, for chaining
   */
  public SubscriberPrecheckRequest _package(PackageEnum _package) {
    this._package = _package;
    return this;
  }

  /**
   * The Webex Wholesale package to be assigned to the subscriber. **NOTE:** This parameter will be deprecated soon. Please use &#x60;packages&#x60; instead.  * &#x60;webex_calling&#x60; - Calling Basic Package.  * &#x60;webex_meetings&#x60; - Meetings Package.  * &#x60;webex_suite&#x60; - Suite Package.  * &#x60;webex_voice&#x60; - Voice Package.  * &#x60;cx_essentials&#x60; - Customer Experience Essentials Package. 
   *
   * @return the {@code package} value as received or set, or null when absent
   */
  public PackageEnum getPackage() {
    return _package;
  }

  /**
   * Sets {@code package}.
   *
   * @param _package the value, or null to leave the field out
   */
  public void setPackage(PackageEnum _package) {
    this._package = _package;
  }

  /**
   * Sets {@code packages}: The complete list of Webex Wholesale packages assigned to the subscriber. Currently accepts only one package in the list.
   *
   * @param packages the value, or null to leave the field out
   * @return this object, for chaining
   */
  public SubscriberPrecheckRequest packages(List<WholesalePackagesSubscriber> packages) {
    this.packages = packages;
    return this;
  }

  /**
   * Adds one element to {@code packages}, creating the list when it is unset.
   *
   * @param packagesItem the element to add
   * @return this object, for chaining
   */
  public SubscriberPrecheckRequest addPackagesItem(WholesalePackagesSubscriber packagesItem) {
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
  public SubscriberPrecheckRequest provisioningParameters(SubscriberProvisioningParameters provisioningParameters) {
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
   * Sets {@code customerInfo}.
   *
   * @param customerInfo the value, or null to leave the field out
   * @return this object, for chaining
   */
  public SubscriberPrecheckRequest customerInfo(SubscriberCustomerInfo customerInfo) {
    this.customerInfo = customerInfo;
    return this;
  }

  /**
   * The {@code customerInfo} field.
   *
   * @return the {@code customerInfo} value as received or set, or null when absent
   */
  public SubscriberCustomerInfo getCustomerInfo() {
    return customerInfo;
  }

  /**
   * Sets {@code customerInfo}.
   *
   * @param customerInfo the value, or null to leave the field out
   */
  public void setCustomerInfo(SubscriberCustomerInfo customerInfo) {
    this.customerInfo = customerInfo;
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
  public SubscriberPrecheckRequest putAdditionalProperty(String name, JsonElement value) {
    if (SERIALIZED_NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a defined field of SubscriberPrecheckRequest");
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
    SubscriberPrecheckRequest other = (SubscriberPrecheckRequest) o;
    return Objects.equals(this.provisioningId, other.provisioningId) &&
        Objects.equals(this.customerId, other.customerId) &&
        Objects.equals(this.email, other.email) &&
        Objects.equals(this._package, other._package) &&
        Objects.equals(this.packages, other.packages) &&
        Objects.equals(this.provisioningParameters, other.provisioningParameters) &&
        Objects.equals(this.customerInfo, other.customerInfo) &&
        getAdditionalProperties().equals(other.getAdditionalProperties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(provisioningId, customerId, email, _package, packages, provisioningParameters, customerInfo, getAdditionalProperties());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("SubscriberPrecheckRequest{");
    sb.append("provisioningId=").append(provisioningId);
    sb.append(", customerId=").append(customerId);
    sb.append(", email=").append(email);
    sb.append(", _package=").append(_package);
    sb.append(", packages=").append(packages);
    sb.append(", provisioningParameters=").append(provisioningParameters);
    sb.append(", customerInfo=").append(customerInfo);
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
      if (!SubscriberPrecheckRequest.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<String> provisioningIdAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> customerIdAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> emailAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<PackageEnum> _packageAdapter = gson.getAdapter(new TypeToken<PackageEnum>() { });
      TypeAdapter<List<WholesalePackagesSubscriber>> packagesAdapter = gson.getAdapter(new TypeToken<List<WholesalePackagesSubscriber>>() { });
      TypeAdapter<SubscriberProvisioningParameters> provisioningParametersAdapter = gson.getAdapter(new TypeToken<SubscriberProvisioningParameters>() { });
      TypeAdapter<SubscriberCustomerInfo> customerInfoAdapter = gson.getAdapter(new TypeToken<SubscriberCustomerInfo>() { });
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<SubscriberPrecheckRequest> adapter = new TypeAdapter<SubscriberPrecheckRequest>() {
        @Override
        public void write(JsonWriter out, SubscriberPrecheckRequest value) throws IOException {
          out.beginObject();
          if (value.provisioningId != null) {
            out.name(SERIALIZED_NAME_PROVISIONING_ID);
            provisioningIdAdapter.write(out, value.provisioningId);
          }
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
          if (value.customerInfo != null) {
            out.name(SERIALIZED_NAME_CUSTOMER_INFO);
            customerInfoAdapter.write(out, value.customerInfo);
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
        public SubscriberPrecheckRequest read(JsonReader in) throws IOException {
          SubscriberPrecheckRequest value = new SubscriberPrecheckRequest();
          try {
            in.beginObject();
            while (in.hasNext()) {
              String name = in.nextName();
              switch (name) {
                case SERIALIZED_NAME_PROVISIONING_ID:
                  value.provisioningId = provisioningIdAdapter.read(in);
                  break;
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
                case SERIALIZED_NAME_CUSTOMER_INFO:
                  value.customerInfo = customerInfoAdapter.read(in);
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

