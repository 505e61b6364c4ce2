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
import dev.webexwholesale.model.ErrorDetail;
import dev.webexwholesale.model.WholesalePackagesCustomer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Package
 *
 * <p>Fields the spec does not define are kept in {@link #getAdditionalProperties()} and
 * written back on encode, so a read-modify-write never drops what Webex sent.
 */
@JsonAdapter(Package.UnknownFieldsAdapterFactory.class)
public class Package {
  /** The JSON name of {@code name}. */
  public static final String SERIALIZED_NAME_NAME = "name";
  @SerializedName(SERIALIZED_NAME_NAME)
  private WholesalePackagesCustomer name;

  /**
   * The provisioning status of the a particular package.  * &#x60;provisioned&#x60; - Customer is fully provisioned on Cisco Webex.  * &#x60;provisioning&#x60; - Customer is provisioning.  * &#x60;deleting&#x60; - Customer is being deleted.  * &#x60;error&#x60; - An error occurred provisioning the customer on Cisco Webex. 
   *
   * <p>An open set of values: a value this version does not list (Webex adds packages and
   * statuses over time) still decodes, keeps its raw text and encodes back unchanged; check
   * {@link #isKnown()} to tell it apart.
   */
  @JsonAdapter(StatusEnum.Adapter.class)
  public static final class StatusEnum {
    /** Customer is fully provisioned on Cisco Webex. */
    public static final StatusEnum PROVISIONED = new StatusEnum("provisioned", true);
    /** Customer is provisioning. */
    public static final StatusEnum PROVISIONING = new StatusEnum("provisioning", true);
    /** Customer is being deleted. */
    public static final StatusEnum DELETING = new StatusEnum("deleting", true);
    /** An error occurred provisioning the customer on Cisco Webex. */
    public static final StatusEnum ERROR = new StatusEnum("error", true);

    private static final Map<String, StatusEnum> KNOWN = index(PROVISIONED, PROVISIONING, DELETING, ERROR);

    private final String value;
    private final boolean known;

    private StatusEnum(String value, boolean known) {
      this.value = value;
      this.known = known;
    }

    private static Map<String, StatusEnum> index(StatusEnum... values) {
      Map<String, StatusEnum> map = new LinkedHashMap<>();
      for (StatusEnum v : values) {
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
    public static List<StatusEnum> knownValues() {
      return List.copyOf(KNOWN.values());
    }

    /**
     * The constant for a listed value, or a new instance that keeps an unlisted one.
     *
     * @param value the raw value, not null
     * @return the matching constant, or an unlisted value
     */
    public static StatusEnum fromValue(String value) {
      Objects.requireNonNull(value, "value");
      StatusEnum known = KNOWN.get(value);
      return known != null ? known : new StatusEnum(value, false);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof StatusEnum && value.equals(((StatusEnum) o).value);
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
    public static final class Adapter extends TypeAdapter<StatusEnum> {
      /** The adapter Gson finds through {@code @JsonAdapter}. */
      public Adapter() {
      }

      @Override
      public void write(JsonWriter out, StatusEnum v) throws IOException {
        if (v == null) {
          out.nullValue();
        } else {
          out.value(v.value);
        }
      }

      @Override
      public StatusEnum read(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
          in.nextNull();
          return null;
        }
        return fromValue(in.nextString());
      }
    }
  }

  /** The JSON name of {@code status}. */
  public static final String SERIALIZED_NAME_STATUS = "status";
  @SerializedName(SERIALIZED_NAME_STATUS)
  private StatusEnum status;

  /** The JSON name of {@code warnings}. */
  public static final String SERIALIZED_NAME_WARNINGS = "warnings";
  @SerializedName(SERIALIZED_NAME_WARNINGS)
  private List<ErrorDetail> warnings;

  /** The JSON name of {@code errors}. */
  public static final String SERIALIZED_NAME_ERRORS = "errors";
  @SerializedName(SERIALIZED_NAME_ERRORS)
  private List<ErrorDetail> errors;

  /** The JSON name of {@code licenseIds}. */
  public static final String SERIALIZED_NAME_LICENSE_IDS = "licenseIds";
  @SerializedName(SERIALIZED_NAME_LICENSE_IDS)
  private List<String> licenseIds;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_NAME, SERIALIZED_NAME_STATUS, SERIALIZED_NAME_WARNINGS, SERIALIZED_NAME_ERRORS, SERIALIZED_NAME_LICENSE_IDS);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  /** An empty Package: every field unset (null fields are not sent). */
  public Package() {
  }

  /**
   * Sets {@code name}.
   *
   * @param name the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Package name(WholesalePackagesCustomer name) {
    this.name = name;
    return this;
  }

  /**
   * The {@code name} field.
   *
   * @return the {@code name} value as received or set, or null when absent
   */
  public WholesalePackagesCustomer getName() {
    return name;
  }

  /**
   * Sets {@code name}.
   *
   * @param name the value, or null to leave the field out
   */
  public void setName(WholesalePackagesCustomer name) {
    this.name = name;
  }

  /**
   * Sets {@code status}: The provisioning status of the a particular package.  * &#x60;provisioned&#x60; - Customer is fully provisioned on Cisco Webex.  * &#x60;provisioning&#x60; - Customer is provisioning.  * &#x60;deleting&#x60; - Customer is being deleted.  * &#x60;error&#x60; - An error occurred provisioning the customer on Cisco Webex. 
   *
   * @param status the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Package status(StatusEnum status) {
    this.status = status;
    return this;
  }

  /**
   * The provisioning status of the a particular package.  * &#x60;provisioned&#x60; - Customer is fully provisioned on Cisco Webex.  * &#x60;provisioning&#x60; - Customer is provisioning.  * &#x60;deleting&#x60; - Customer is being deleted.  * &#x60;error&#x60; - An error occurred provisioning the customer on Cisco Webex. 
   *
   * @return the {@code status} value as received or set, or null when absent
   */
  public StatusEnum getStatus() {
    return status;
  }

  /**
   * Sets {@code status}.
   *
   * @param status the value, or null to leave the field out
   */
  public void setStatus(StatusEnum status) {
    this.status = status;
  }

  /**
   * Sets {@code warnings}: List of warnings that occurred during that last attempt to provision/update this customer.   *Note:*  + This list captures errors that occurred during *asynchronous or background* provisioning of the customer, *after* the API has been accepted and 202 response returned.  + Any errors that occur during initial API request validation will be captured directly in error response with appropriate HTTP status code.
   *
   * @param warnings the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Package warnings(List<ErrorDetail> warnings) {
    this.warnings = warnings;
    return this;
  }

  /**
   * Adds one element to {@code warnings}, creating the list when it is unset.
   *
   * @param warningsItem the element to add
   * @return this object, for chaining
   */
  public Package addWarningsItem(ErrorDetail warningsItem) {
    if (this.warnings == null) {
      this.warnings = new ArrayList<>();
    }
    this.warnings.add(warningsItem);
    return this;
  }

  /**
   * List of warnings that occurred during that last attempt to provision/update this customer.   *Note:*  + This list captures errors that occurred during *asynchronous or background* provisioning of the customer, *after* the API has been accepted and 202 response returned.  + Any errors that occur during initial API request validation will be captured directly in error response with appropriate HTTP status code.
   *
   * @return the {@code warnings} value as received or set, or null when absent
   */
  public List<ErrorDetail> getWarnings() {
    return warnings;
  }

  /**
   * Sets {@code warnings}.
   *
   * @param warnings the value, or null to leave the field out
   */
  public void setWarnings(List<ErrorDetail> warnings) {
    this.warnings = warnings;
  }

  /**
   * Sets {@code errors}: List of errors that occurred during that last attempt to provision/update this customer.   *Note:*  + This list captures errors that occurred during *asynchronous or background* provisioning of the customer, *after* the API has been accepted and 202 response returned.  + Any errors that occur during initial API request validation will be captured directly in error response with appropriate HTTP status code.
   *
   * @param errors the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Package errors(List<ErrorDetail> errors) {
    this.errors = errors;
    return this;
  }

  /**
   * Adds one element to {@code errors}, creating the list when it is unset.
   *
   * @param errorsItem the element to add
   * @return this object, for chaining
   */
  public Package addErrorsItem(ErrorDetail errorsItem) {
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
   * Sets {@code licenseIds}: List of licenseIds for the package.
   *
   * @param licenseIds the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Package licenseIds(List<String> licenseIds) {
    this.licenseIds = licenseIds;
    return this;
  }

  /**
   * Adds one element to {@code licenseIds}, creating the list when it is unset.
   *
   * @param licenseIdsItem the element to add
   * @return this object, for chaining
   */
  public Package addLicenseIdsItem(String licenseIdsItem) {
    if (this.licenseIds == null) {
      this.licenseIds = new ArrayList<>();
    }
    this.licenseIds.add(licenseIdsItem);
    return this;
  }

  /**
   * List of licenseIds for the package.
   *
   * @return the {@code licenseIds} value as received or set, or null when absent
   */
  public List<String> getLicenseIds() {
    return licenseIds;
  }

  /**
   * Sets {@code licenseIds}.
   *
   * @param licenseIds the value, or null to leave the field out
   */
  public void setLicenseIds(List<String> licenseIds) {
    this.licenseIds = licenseIds;
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
  public Package putAdditionalProperty(String name, JsonElement value) {
    if (SERIALIZED_NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a defined field of Package");
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
    Package other = (Package) o;
    return Objects.equals(this.name, other.name) &&
        Objects.equals(this.status, other.status) &&
        Objects.equals(this.warnings, other.warnings) &&
        Objects.equals(this.errors, other.errors) &&
        Objects.equals(this.licenseIds, other.licenseIds) &&
        getAdditionalProperties().equals(other.getAdditionalProperties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, status, warnings, errors, licenseIds, getAdditionalProperties());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Package{");
    sb.append("name=").append(name);
    sb.append(", status=").append(status);
    sb.append(", warnings=").append(warnings);
    sb.append(", errors=").append(errors);
    sb.append(", licenseIds=").append(licenseIds);
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
      if (!Package.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<WholesalePackagesCustomer> nameAdapter = gson.getAdapter(new TypeToken<WholesalePackagesCustomer>() { });
      TypeAdapter<StatusEnum> statusAdapter = gson.getAdapter(new TypeToken<StatusEnum>() { });
      TypeAdapter<List<ErrorDetail>> warningsAdapter = gson.getAdapter(new TypeToken<List<ErrorDetail>>() { });
      TypeAdapter<List<ErrorDetail>> errorsAdapter = gson.getAdapter(new TypeToken<List<ErrorDetail>>() { });
      TypeAdapter<List<String>> licenseIdsAdapter = gson.getAdapter(new TypeToken<List<String>>() { });
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<Package> adapter = new TypeAdapter<Package>() {
        @Override
        public void write(JsonWriter out, Package value) throws IOException {
          out.beginObject();
          if (value.name != null) {
            out.name(SERIALIZED_NAME_NAME);
            nameAdapter.write(out, value.name);
          }
          if (value.status != null) {
            out.name(SERIALIZED_NAME_STATUS);
            statusAdapter.write(out, value.status);
          }
          if (value.warnings != null) {
            out.name(SERIALIZED_NAME_WARNINGS);
            warningsAdapter.write(out, value.warnings);
          }
          if (value.errors != null) {
            out.name(SERIALIZED_NAME_ERRORS);
            errorsAdapter.write(out, value.errors);
          }
          if (value.licenseIds != null) {
            out.name(SERIALIZED_NAME_LICENSE_IDS);
            licenseIdsAdapter.write(out, value.licenseIds);
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
        public Package read(JsonReader in) throws IOException {
          Package value = new Package();
          try {
            in.beginObject();
            while (in.hasNext()) {
              String name = in.nextName();
              switch (name) {
                case SERIALIZED_NAME_NAME:
                  value.name = nameAdapter.read(in);
                  break;
                case SERIALIZED_NAME_STATUS:
                  value.status = statusAdapter.read(in);
                  break;
                case SERIALIZED_NAME_WARNINGS:
                  value.warnings = warningsAdapter.read(in);
                  break;
                case SERIALIZED_NAME_ERRORS:
                  value.errors = errorsAdapter.read(in);
                  break;
                case SERIALIZED_NAME_LICENSE_IDS:
                  value.licenseIds = licenseIdsAdapter.read(in);
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

