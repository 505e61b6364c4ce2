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
import java.io.IOException;

/**
 * The subscriber settings an update may change.
 *
 * <p>Fields the spec does not define are kept in {@link #getAdditionalProperties()} and
 * written back on encode, so a read-modify-write never drops what Webex sent.
 */
@JsonAdapter(SubscriberUpdateProvisioningParameters.UnknownFieldsAdapterFactory.class)
public class SubscriberUpdateProvisioningParameters {
  /** The JSON name of {@code primaryPhoneNumber}. */
  public static final String SERIALIZED_NAME_PRIMARY_PHONE_NUMBER = "primaryPhoneNumber";
  @SerializedName(SERIALIZED_NAME_PRIMARY_PHONE_NUMBER)
  private String primaryPhoneNumber;

  /** The JSON name of {@code extension}. */
  public static final String SERIALIZED_NAME_EXTENSION = "extension";
  @SerializedName(SERIALIZED_NAME_EXTENSION)
  private String extension;

  /** The JSON name of {@code locationId}. */
  public static final String SERIALIZED_NAME_LOCATION_ID = "locationId";
  @SerializedName(SERIALIZED_NAME_LOCATION_ID)
  private String locationId;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_PRIMARY_PHONE_NUMBER, SERIALIZED_NAME_EXTENSION, SERIALIZED_NAME_LOCATION_ID);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  /** An empty SubscriberUpdateProvisioningParameters: every field unset (null fields are not sent). */
  public SubscriberUpdateProvisioningParameters() {
  }

  /**
   * Sets {@code primaryPhoneNumber}: The primary phone number configured for the subscriber.
   *
   * @param primaryPhoneNumber the value, or null to leave the field out
   * @return this object, for chaining
   */
  public SubscriberUpdateProvisioningParameters primaryPhoneNumber(String primaryPhoneNumber) {
    this.primaryPhoneNumber = primaryPhoneNumber;
    return this;
  }

  /**
   * The primary phone number configured for the subscriber.
   *
   * @return the {@code primaryPhoneNumber} value as received or set, or null when absent
   */
  public String getPrimaryPhoneNumber() {
    return primaryPhoneNumber;
  }

  /**
   * Sets {@code primaryPhoneNumber}.
   *
   * @param primaryPhoneNumber the value, or null to leave the field out
   */
  public void setPrimaryPhoneNumber(String primaryPhoneNumber) {
    this.primaryPhoneNumber = primaryPhoneNumber;
  }

  /**
   * Sets {@code extension}: The subscriber&#39;s extension. A subscriber moving from the webex_meetings package to a calling package needs an extension, a primary phone number or both.
   *
   * @param extension the value, or null to leave the field out
   * @return this object, for chaining
   */
  public SubscriberUpdateProvisioningParameters extension(String extension) {
    this.extension = extension;
    return this;
  }

  /**
   * The subscriber&#39;s extension. A subscriber moving from the webex_meetings package to a calling package needs an extension, a primary phone number or both.
   *
   * @return the {@code extension} value as received or set, or null when absent
   */
  public String getExtension() {
    return extension;
  }

  /**
   * Sets {@code extension}.
   *
   * @param extension the value, or null to leave the field out
   */
  public void setExtension(String extension) {
    this.extension = extension;
  }

  /**
   * Sets {@code locationId}: A unique identifier for the location. This ID should be retrieved via the Locations API - List Locations.
   *
   * @param locationId the value, or null to leave the field out
   * @return this object, for chaining
   */
  public SubscriberUpdateProvisioningParameters locationId(String locationId) {
    this.locationId = locationId;
    return this;
  }

  /**
   * A unique identifier for the location. This ID should be retrieved via the Locations API - List Locations.
   *
   * @return the {@code locationId} value as received or set, or null when absent
   */
  public String getLocationId() {
    return locationId;
  }

  /**
   * Sets {@code locationId}.
   *
   * @param locationId the value, or null to leave the field out
   */
  public void setLocationId(String locationId) {
    this.locationId = locationId;
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
  public SubscriberUpdateProvisioningParameters putAdditionalProperty(String name, JsonElement value) {
    if (SERIALIZED_NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a defined field of SubscriberUpdateProvisioningParameters");
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
    SubscriberUpdateProvisioningParameters other = (SubscriberUpdateProvisioningParameters) o;
    return Objects.equals(this.primaryPhoneNumber, other.primaryPhoneNumber) &&
        Objects.equals(this.extension, other.extension) &&
        Objects.equals(this.locationId, other.locationId) &&
        getAdditionalProperties().equals(other.getAdditionalProperties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(primaryPhoneNumber, extension, locationId, getAdditionalProperties());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("SubscriberUpdateProvisioningParameters{");
    sb.append("primaryPhoneNumber=").append(primaryPhoneNumber);
    sb.append(", extension=").append(extension);
    sb.append(", locationId=").append(locationId);
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
      if (!SubscriberUpdateProvisioningParameters.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<String> primaryPhoneNumberAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> extensionAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> locationIdAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<SubscriberUpdateProvisioningParameters> adapter = new TypeAdapter<SubscriberUpdateProvisioningParameters>() {
        @Override
        public void write(JsonWriter out, SubscriberUpdateProvisioningParameters value) throws IOException {
          out.beginObject();
          if (value.primaryPhoneNumber != null) {
            out.name(SERIALIZED_NAME_PRIMARY_PHONE_NUMBER);
            primaryPhoneNumberAdapter.write(out, value.primaryPhoneNumber);
          }
          if (value.extension != null) {
            out.name(SERIALIZED_NAME_EXTENSION);
            extensionAdapter.write(out, value.extension);
          }
          if (value.locationId != null) {
            out.name(SERIALIZED_NAME_LOCATION_ID);
            locationIdAdapter.write(out, value.locationId);
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
        public SubscriberUpdateProvisioningParameters read(JsonReader in) throws IOException {
          SubscriberUpdateProvisioningParameters value = new SubscriberUpdateProvisioningParameters();
          try {
            in.beginObject();
            while (in.hasNext()) {
              String name = in.nextName();
              switch (name) {
                case SERIALIZED_NAME_PRIMARY_PHONE_NUMBER:
                  value.primaryPhoneNumber = primaryPhoneNumberAdapter.read(in);
                  break;
                case SERIALIZED_NAME_EXTENSION:
                  value.extension = extensionAdapter.read(in);
                  break;
                case SERIALIZED_NAME_LOCATION_ID:
                  value.locationId = locationIdAdapter.read(in);
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

