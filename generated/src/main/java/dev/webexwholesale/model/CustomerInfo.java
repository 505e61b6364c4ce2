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
 * The new customer&#39;s organization: required for a new customer, optional when &#x60;orgId&#x60; maps an existing organization.
 *
 * <p>Fields the spec does not define are kept in {@link #getAdditionalProperties()} and
 * written back on encode, so a read-modify-write never drops what Webex sent.
 */
@JsonAdapter(CustomerInfo.UnknownFieldsAdapterFactory.class)
public class CustomerInfo {
  /** The JSON name of {@code name}. */
  public static final String SERIALIZED_NAME_NAME = "name";
  @SerializedName(SERIALIZED_NAME_NAME)
  private String name;

  /** The JSON name of {@code primaryEmail}. */
  public static final String SERIALIZED_NAME_PRIMARY_EMAIL = "primaryEmail";
  @SerializedName(SERIALIZED_NAME_PRIMARY_EMAIL)
  private String primaryEmail;

  /** The JSON name of {@code language}. */
  public static final String SERIALIZED_NAME_LANGUAGE = "language";
  @SerializedName(SERIALIZED_NAME_LANGUAGE)
  private String language;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_NAME, SERIALIZED_NAME_PRIMARY_EMAIL, SERIALIZED_NAME_LANGUAGE);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  /** An empty CustomerInfo: every field unset (null fields are not sent). */
  public CustomerInfo() {
  }

  /**
   * Sets {@code name}: The name of the customer.
   *
   * @param name the value, or null to leave the field out
   * @return this object, for chaining
   */
  public CustomerInfo name(String name) {
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
  public CustomerInfo primaryEmail(String primaryEmail) {
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
   * Sets {@code language}: The language of the customer&#39;s administrators (ISO 639-1 code).
   *
   * @param language the value, or null to leave the field out
   * @return this object, for chaining
   */
  public CustomerInfo language(String language) {
    this.language = language;
    return this;
  }

  /**
   * The language of the customer&#39;s administrators (ISO 639-1 code).
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
  public CustomerInfo putAdditionalProperty(String name, JsonElement value) {
    if (SERIALIZED_NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a defined field of CustomerInfo");
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
    CustomerInfo other = (CustomerInfo) o;
    return Objects.equals(this.name, other.name) &&
        Objects.equals(this.primaryEmail, other.primaryEmail) &&
        Objects.equals(this.language, other.language) &&
        getAdditionalProperties().equals(other.getAdditionalProperties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, primaryEmail, language, getAdditionalProperties());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("CustomerInfo{");
    sb.append("name=").append(name);
    sb.append(", primaryEmail=").append(primaryEmail);
    sb.append(", language=").append(language);
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
      if (!CustomerInfo.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<String> nameAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> primaryEmailAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> languageAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<CustomerInfo> adapter = new TypeAdapter<CustomerInfo>() {
        @Override
        public void write(JsonWriter out, CustomerInfo value) throws IOException {
          out.beginObject();
          if (value.name != null) {
            out.name(SERIALIZED_NAME_NAME);
            nameAdapter.write(out, value.name);
          }
          if (value.primaryEmail != null) {
            out.name(SERIALIZED_NAME_PRIMARY_EMAIL);
            primaryEmailAdapter.write(out, value.primaryEmail);
          }
          if (value.language != null) {
            out.name(SERIALIZED_NAME_LANGUAGE);
            languageAdapter.write(out, value.language);
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
        public CustomerInfo read(JsonReader in) throws IOException {
          CustomerInfo value = new CustomerInfo();
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
                case SERIALIZED_NAME_LANGUAGE:
                  value.language = languageAdapter.read(in);
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

