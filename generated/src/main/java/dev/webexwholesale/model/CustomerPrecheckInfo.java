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
 * The customer&#39;s organization, as the provisioning request would describe it.
 *
 * <p>Fields the spec does not define are kept in {@link #getAdditionalProperties()} and
 * written back on encode, so a read-modify-write never drops what Webex sent.
 */
@JsonAdapter(CustomerPrecheckInfo.UnknownFieldsAdapterFactory.class)
public class CustomerPrecheckInfo {
  /** The JSON name of {@code name}. */
  public static final String SERIALIZED_NAME_NAME = "name";
  @SerializedName(SERIALIZED_NAME_NAME)
  private String name;

  /** The JSON name of {@code primaryEmail}. */
  public static final String SERIALIZED_NAME_PRIMARY_EMAIL = "primaryEmail";
  @SerializedName(SERIALIZED_NAME_PRIMARY_EMAIL)
  private String primaryEmail;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_NAME, SERIALIZED_NAME_PRIMARY_EMAIL);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  /** An empty CustomerPrecheckInfo: every field unset (null fields are not sent). */
  public CustomerPrecheckInfo() {
  }

  /**
   * Sets {@code name}: The name of the customer.
   *
   * @param name the value, or null to leave the field out
   * @return this object, for chaining
   */
  public CustomerPrecheckInfo name(String name) {
    this.name = name;
    return this;
  }

  /**
   * The name of the customer.
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
   * Sets {@code primaryEmail}: The primary email address of the customer.
   *
   * @param primaryEmail the value, or null to leave the field out
   * @return this object, for chaining
   */
  public CustomerPrecheckInfo primaryEmail(String primaryEmail) {
    this.primaryEmail = primaryEmail;
    return this;
  }

  /**
   * The primary email address of the customer.
   *
   * @return the {@code primaryEmail} value as received or set, or null when absent
   */
  public String getPrimaryEmail() {
    return primaryEmail;
  }

  /**
   * Sets {@code primaryEmail}.
   *
   * @param primaryEmail the value, or null to leave the field out
   */
  public void setPrimaryEmail(String primaryEmail) {
    this.primaryEmail = primaryEmail;
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
  public CustomerPrecheckInfo putAdditionalProperty(String name, JsonElement value) {
    if (SERIALIZED_NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a defined field of CustomerPrecheckInfo");
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
    CustomerPrecheckInfo other = (CustomerPrecheckInfo) o;
    return Objects.equals(this.name, other.name) &&
        Objects.equals(this.primaryEmail, other.primaryEmail) &&
        getAdditionalProperties().equals(other.getAdditionalProperties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, primaryEmail, getAdditionalProperties());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("CustomerPrecheckInfo{");
    sb.append("name=").append(name);
    sb.append(", primaryEmail=").append(primaryEmail);
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
      if (!CustomerPrecheckInfo.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<String> nameAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> primaryEmailAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<CustomerPrecheckInfo> adapter = new TypeAdapter<CustomerPrecheckInfo>() {
        @Override
        public void write(JsonWriter out, CustomerPrecheckInfo value) throws IOException {
          out.beginObject();
          if (value.name != null) {
            out.name(SERIALIZED_NAME_NAME);
            nameAdapter.write(out, value.name);
          }
          if (value.primaryEmail != null) {
            out.name(SERIALIZED_NAME_PRIMARY_EMAIL);
            primaryEmailAdapter.write(out, value.primaryEmail);
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
        public CustomerPrecheckInfo read(JsonReader in) throws IOException {
          CustomerPrecheckInfo value = new CustomerPrecheckInfo();
          try {
            in.beginObject();
            while (in.hasNext()) {
              String name = in.nextName();
              switch (name) {
                case SERIALIZED_NAME_NAME:
                  value.name = nameAdapter.read(in);
                  break;
                case SERIALIZED_NAME_PRIMARY_EMAIL:
                  value.primaryEmail = primaryEmailAdapter.read(in);
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

