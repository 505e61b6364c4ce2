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
import dev.webexwholesale.model.CallingParameters;
import dev.webexwholesale.model.MeetingsParameters;
import dev.webexwholesale.model.PackagesParameters;
import java.io.IOException;

/**
 * CustomerProvisioningParameters
 *
 * <p>Fields the spec does not define are kept in {@link #getAdditionalProperties()} and
 * written back on encode, so a read-modify-write never drops what Webex sent.
 */
@JsonAdapter(CustomerProvisioningParameters.UnknownFieldsAdapterFactory.class)
public class CustomerProvisioningParameters {
  /** The JSON name of {@code calling}. */
  public static final String SERIALIZED_NAME_CALLING = "calling";
  @SerializedName(SERIALIZED_NAME_CALLING)
  private CallingParameters calling;

  /** The JSON name of {@code meetings}. */
  public static final String SERIALIZED_NAME_MEETINGS = "meetings";
  @SerializedName(SERIALIZED_NAME_MEETINGS)
  private MeetingsParameters meetings;

  /** The JSON name of {@code packages}. */
  public static final String SERIALIZED_NAME_PACKAGES = "packages";
  @SerializedName(SERIALIZED_NAME_PACKAGES)
  private PackagesParameters packages;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_CALLING, SERIALIZED_NAME_MEETINGS, SERIALIZED_NAME_PACKAGES);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  /** An empty CustomerProvisioningParameters: every field unset (null fields are not sent). */
  public CustomerProvisioningParameters() {
  }

  /**
   * Sets {@code calling}.
   *
   * @param calling the value, or null to leave the field out
   * @return this object, for chaining
   */
  public CustomerProvisioningParameters calling(CallingParameters calling) {
    this.calling = calling;
    return this;
  }

  /**
   * The {@code calling} field.
   *
   * @return the {@code calling} value as received or set, or null when absent
   */
  public CallingParameters getCalling() {
    return calling;
  }

  /**
   * Sets {@code calling}.
   *
   * @param calling the value, or null to leave the field out
   */
  public void setCalling(CallingParameters calling) {
    this.calling = calling;
  }

  /**
   * Sets {@code meetings}.
   *
   * @param meetings the value, or null to leave the field out
   * @return this object, for chaining
   */
  public CustomerProvisioningParameters meetings(MeetingsParameters meetings) {
    this.meetings = meetings;
    return this;
  }

  /**
   * The {@code meetings} field.
   *
   * @return the {@code meetings} value as received or set, or null when absent
   */
  public MeetingsParameters getMeetings() {
    return meetings;
  }

  /**
   * Sets {@code meetings}.
   *
   * @param meetings the value, or null to leave the field out
   */
  public void setMeetings(MeetingsParameters meetings) {
    this.meetings = meetings;
  }

  /**
   * Sets {@code packages}.
   *
   * @param packages the value, or null to leave the field out
   * @return this object, for chaining
   */
  public CustomerProvisioningParameters packages(PackagesParameters packages) {
    this.packages = packages;
    return this;
  }

  /**
   * The {@code packages} field.
   *
   * @return the {@code packages} value as received or set, or null when absent
   */
  public PackagesParameters getPackages() {
    return packages;
  }

  /**
   * Sets {@code packages}.
   *
   * @param packages the value, or null to leave the field out
   */
  public void setPackages(PackagesParameters packages) {
    this.packages = packages;
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
  public CustomerProvisioningParameters putAdditionalProperty(String name, JsonElement value) {
    if (SERIALIZED_NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a defined field of CustomerProvisioningParameters");
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
    CustomerProvisioningParameters other = (CustomerProvisioningParameters) o;
    return Objects.equals(this.calling, other.calling) &&
        Objects.equals(this.meetings, other.meetings) &&
        Objects.equals(this.packages, other.packages) &&
        getAdditionalProperties().equals(other.getAdditionalProperties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(calling, meetings, packages, getAdditionalProperties());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("CustomerProvisioningParameters{");
    sb.append("calling=").append(calling);
    sb.append(", meetings=").append(meetings);
    sb.append(", packages=").append(packages);
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
      if (!CustomerProvisioningParameters.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<CallingParameters> callingAdapter = gson.getAdapter(new TypeToken<CallingParameters>() { });
      TypeAdapter<MeetingsParameters> meetingsAdapter = gson.getAdapter(new TypeToken<MeetingsParameters>() { });
      TypeAdapter<PackagesParameters> packagesAdapter = gson.getAdapter(new TypeToken<PackagesParameters>() { });
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<CustomerProvisioningParameters> adapter = new TypeAdapter<CustomerProvisioningParameters>() {
        @Override
        public void write(JsonWriter out, CustomerProvisioningParameters value) throws IOException {
          out.beginObject();
          if (value.calling != null) {
            out.name(SERIALIZED_NAME_CALLING);
            callingAdapter.write(out, value.calling);
          }
          if (value.meetings != null) {
            out.name(SERIALIZED_NAME_MEETINGS);
            meetingsAdapter.write(out, value.meetings);
          }
          if (value.packages != null) {
            out.name(SERIALIZED_NAME_PACKAGES);
            packagesAdapter.write(out, value.packages);
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
        public CustomerProvisioningParameters read(JsonReader in) throws IOException {
          CustomerProvisioningParameters value = new CustomerProvisioningParameters();
          try {
            in.beginObject();
            while (in.hasNext()) {
              String name = in.nextName();
              switch (name) {
                case SERIALIZED_NAME_CALLING:
                  value.calling = callingAdapter.read(in);
                  break;
                case SERIALIZED_NAME_MEETINGS:
                  value.meetings = meetingsAdapter.read(in);
                  break;
                case SERIALIZED_NAME_PACKAGES:
                  value.packages = packagesAdapter.read(in);
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

