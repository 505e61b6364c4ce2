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
import java.io.IOException;

/**
 * CallingLocation
 *
 * <p>Fields the spec does not define are kept in {@link #getAdditionalProperties()} and
 * written back on encode, so a read-modify-write never drops what Webex sent.
 */
@JsonAdapter(CallingLocation.UnknownFieldsAdapterFactory.class)
public class CallingLocation {
  /** The JSON name of {@code name}. */
  public static final String SERIALIZED_NAME_NAME = "name";
  @SerializedName(SERIALIZED_NAME_NAME)
  private String name;

  /** The JSON name of {@code address}. */
  public static final String SERIALIZED_NAME_ADDRESS = "address";
  @SerializedName(SERIALIZED_NAME_ADDRESS)
  private Address address;

  /** The JSON name of {@code timezone}. */
  public static final String SERIALIZED_NAME_TIMEZONE = "timezone";
  @SerializedName(SERIALIZED_NAME_TIMEZONE)
  private String timezone;

  /** The JSON name of {@code language}. */
  public static final String SERIALIZED_NAME_LANGUAGE = "language";
  @SerializedName(SERIALIZED_NAME_LANGUAGE)
  private String language;

  /** The JSON name of {@code emergencyLocationIdentifier}. */
  public static final String SERIALIZED_NAME_EMERGENCY_LOCATION_IDENTIFIER = "emergencyLocationIdentifier";
  @SerializedName(SERIALIZED_NAME_EMERGENCY_LOCATION_IDENTIFIER)
  private String emergencyLocationIdentifier;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_NAME, SERIALIZED_NAME_ADDRESS, SERIALIZED_NAME_TIMEZONE, SERIALIZED_NAME_LANGUAGE, SERIALIZED_NAME_EMERGENCY_LOCATION_IDENTIFIER);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  /** An empty CallingLocation: every field unset (null fields are not sent). */
  public CallingLocation() {
  }

  /**
   * Sets {@code name}: The name of the customer&#39;s Webex Calling location.
   *
   * @param name the value, or null to leave the field out
   * @return this object, for chaining
   */
  public CallingLocation name(String name) {
    this.name = name;
    return this;
  }

  /**
   * The name of the customer&#39;s Webex Calling location.
   *
   * @return the {@code name} value as received or set, or null when absent
   */
  public String getName() {
    return name;
  }

  /**
   * Sets {@code name}.
   *
   * @param name the value, or null to leave the field out
   */
  public void setName(String name) {
    this.name = name;
  }

  /**
   * Sets {@code address}.
   *
   * @param address the value, or null to leave the field out
   * @return this object, for chaining
   */
  public CallingLocation address(Address address) {
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
   * Sets {@code timezone}: The time zone of the location (IANA name).
   *
   * @param timezone the value, or null to leave the field out
   * @return this object, for chaining
   */
  public CallingLocation timezone(String timezone) {
    this.timezone = timezone;
    return this;
  }

  /**
   * The time zone of the location (IANA name).
   *
   * @return the {@code timezone} value as received or set, or null when absent
   */
  public String getTimezone() {
    return timezone;
  }

  /**
   * Sets {@code timezone}.
   *
   * @param timezone the value, or null to leave the field out
   */
  public void setTimezone(String timezone) {
    this.timezone = timezone;
  }

  /**
   * Sets {@code language}: The language of the location.
   *
   * @param language the value, or null to leave the field out
   * @return this object, for chaining
   */
  public CallingLocation language(String language) {
    this.language = language;
    return this;
  }

  /**
   * The language of the location.
   *
   * @return the {@code language} value as received or set, or null when absent
   */
  public String getLanguage() {
    return language;
  }

  /**
   * Sets {@code language}.
   *
   * @param language the value, or null to leave the field out
   */
  public void setLanguage(String language) {
    this.language = language;
  }

  /**
   * Sets {@code emergencyLocationIdentifier}: The emergency location identifier of the location.
   *
   * @param emergencyLocationIdentifier the value, or null to leave the field out
   * @return this object, for chaining
   */
  public CallingLocation emergencyLocationIdentifier(String emergencyLocationIdentifier) {
    this.emergencyLocationIdentifier = emergencyLocationIdentifier;
    return this;
  }

  /**
   * The emergency location identifier of the location.
   *
   * @return the {@code emergencyLocationIdentifier} value as received or set, or null when absent
   */
  public String getEmergencyLocationIdentifier() {
    return emergencyLocationIdentifier;
  }

  /**
   * Sets {@code emergencyLocationIdentifier}.
   *
   * @param emergencyLocationIdentifier the value, or null to leave the field out
   */
  public void setEmergencyLocationIdentifier(String emergencyLocationIdentifier) {
    this.emergencyLocationIdentifier = emergencyLocationIdentifier;
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
  public CallingLocation putAdditionalProperty(String name, JsonElement value) {
    if (SERIALIZED_NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a defined field of CallingLocation");
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
    CallingLocation other = (CallingLocation) o;
    return Objects.equals(this.name, other.name) &&
        Objects.equals(this.address, other.address) &&
        Objects.equals(this.timezone, other.timezone) &&
        Objects.equals(this.language, other.language) &&
        Objects.equals(this.emergencyLocationIdentifier, other.emergencyLocationIdentifier) &&
        getAdditionalProperties().equals(other.getAdditionalProperties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, address, timezone, language, emergencyLocationIdentifier, getAdditionalProperties());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("CallingLocation{");
    sb.append("name=").append(name);
    sb.append(", address=").append(address);
    sb.append(", timezone=").append(timezone);
    sb.append(", language=").append(language);
    sb.append(", emergencyLocationIdentifier=").append(emergencyLocationIdentifier);
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
      if (!CallingLocation.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<String> nameAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<Address> addressAdapter = gson.getAdapter(new TypeToken<Address>() { });
      TypeAdapter<String> timezoneAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> languageAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> emergencyLocationIdentifierAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<CallingLocation> adapter = new TypeAdapter<CallingLocation>() {
        @Override
        public void write(JsonWriter out, CallingLocation value) throws IOException {
          out.beginObject();
          if (value.name != null) {
            out.name(SERIALIZED_NAME_NAME);
            nameAdapter.write(out, value.name);
          }
          if (value.address != null) {
            out.name(SERIALIZED_NAME_ADDRESS);
            addressAdapter.write(out, value.address);
          }
          if (value.timezone != null) {
            out.name(SERIALIZED_NAME_TIMEZONE);
            timezoneAdapter.write(out, value.timezone);
          }
          if (value.language != null) {
            out.name(SERIALIZED_NAME_LANGUAGE);
            languageAdapter.write(out, value.language);
          }
          if (value.emergencyLocationIdentifier != null) {
            out.name(SERIALIZED_NAME_EMERGENCY_LOCATION_IDENTIFIER);
            emergencyLocationIdentifierAdapter.write(out, value.emergencyLocationIdentifier);
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
        public CallingLocation read(JsonReader in) throws IOException {
          CallingLocation value = new CallingLocation();
          try {
            in.beginObject();
            while (in.hasNext()) {
              String name = in.nextName();
              switch (name) {
                case SERIALIZED_NAME_NAME:
                  value.name = nameAdapter.read(in);
                  break;
                case SERIALIZED_NAME_ADDRESS:
                  value.address = addressAdapter.read(in);
                  break;
                case SERIALIZED_NAME_TIMEZONE:
                  value.timezone = timezoneAdapter.read(in);
                  break;
                case SERIALIZED_NAME_LANGUAGE:
                  value.language = languageAdapter.read(in);
                  break;
                case SERIALIZED_NAME_EMERGENCY_LOCATION_IDENTIFIER:
                  value.emergencyLocationIdentifier = emergencyLocationIdentifierAdapter.read(in);
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

