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
 * A postal address. When an address is sent, &#x60;addressLine1&#x60;, &#x60;city&#x60; and &#x60;country&#x60; are required; each address line holds at most 50 characters.
 *
 * <p>Fields the spec does not define are kept in {@link #getAdditionalProperties()} and
 * written back on encode, so a read-modify-write never drops what Webex sent.
 */
@JsonAdapter(Address.UnknownFieldsAdapterFactory.class)
public class Address {
  /** The JSON name of {@code addressLine1}. */
  public static final String SERIALIZED_NAME_ADDRESS_LINE1 = "addressLine1";
  @SerializedName(SERIALIZED_NAME_ADDRESS_LINE1)
  private String addressLine1;

  /** The JSON name of {@code addressLine2}. */
  public static final String SERIALIZED_NAME_ADDRESS_LINE2 = "addressLine2";
  @SerializedName(SERIALIZED_NAME_ADDRESS_LINE2)
  private String addressLine2;

  /** The JSON name of {@code city}. */
  public static final String SERIALIZED_NAME_CITY = "city";
  @SerializedName(SERIALIZED_NAME_CITY)
  private String city;

  /** The JSON name of {@code stateOrProvince}. */
  public static final String SERIALIZED_NAME_STATE_OR_PROVINCE = "stateOrProvince";
  @SerializedName(SERIALIZED_NAME_STATE_OR_PROVINCE)
  private String stateOrProvince;

  /** The JSON name of {@code zipOrPostalCode}. */
  public static final String SERIALIZED_NAME_ZIP_OR_POSTAL_CODE = "zipOrPostalCode";
  @SerializedName(SERIALIZED_NAME_ZIP_OR_POSTAL_CODE)
  private String zipOrPostalCode;

  /** The JSON name of {@code country}. */
  public static final String SERIALIZED_NAME_COUNTRY = "country";
  @SerializedName(SERIALIZED_NAME_COUNTRY)
  private String country;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_ADDRESS_LINE1, SERIALIZED_NAME_ADDRESS_LINE2, SERIALIZED_NAME_CITY, SERIALIZED_NAME_STATE_OR_PROVINCE, SERIALIZED_NAME_ZIP_OR_POSTAL_CODE, SERIALIZED_NAME_COUNTRY);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  /** An empty Address: every field unset (null fields are not sent). */
  public Address() {
  }

  /**
   * Sets {@code addressLine1}: Address Line 1.
   *
   * @param addressLine1 the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Address addressLine1(String addressLine1) {
    this.addressLine1 = addressLine1;
    return this;
  }

  /**
   * Address Line 1.
   *
   * @return the {@code addressLine1} value as received or set, or null when absent
   */
  public String getAddressLine1() {
    return addressLine1;
  }

  /**
   * Sets {@code addressLine1}.
   *
   * @param addressLine1 the value, or null to leave the field out
   */
  public void setAddressLine1(String addressLine1) {
    this.addressLine1 = addressLine1;
  }

  /**
   * Sets {@code addressLine2}: Address Line 2.
   *
   * @param addressLine2 the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Address addressLine2(String addressLine2) {
    this.addressLine2 = addressLine2;
    return this;
  }

  /**
   * Address Line 2.
   *
   * @return the {@code addressLine2} value as received or set, or null when absent
   */
  public String getAddressLine2() {
    return addressLine2;
  }

  /**
   * Sets {@code addressLine2}.
   *
   * @param addressLine2 the value, or null to leave the field out
   */
  public void setAddressLine2(String addressLine2) {
    this.addressLine2 = addressLine2;
  }

  /**
   * Sets {@code city}: City of the customer.
   *
   * @param city the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Address city(String city) {
    this.city = city;
    return this;
  }

  /**
   * City of the customer.
   *
   * @return the {@code city} value as received or set, or null when absent
   */
  public String getCity() {
    return city;
  }

  /**
   * Sets {@code city}.
   *
   * @param city the value, or null to leave the field out
   */
  public void setCity(String city) {
    this.city = city;
  }

  /**
   * Sets {@code stateOrProvince}: State or Province of the customer.
   *
   * @param stateOrProvince the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Address stateOrProvince(String stateOrProvince) {
    this.stateOrProvince = stateOrProvince;
    return this;
  }

  /**
   * State or Province of the customer.
   *
   * @return the {@code stateOrProvince} value as received or set, or null when absent
   */
  public String getStateOrProvince() {
    return stateOrProvince;
  }

  /**
   * Sets {@code stateOrProvince}.
   *
   * @param stateOrProvince the value, or null to leave the field out
   */
  public void setStateOrProvince(String stateOrProvince) {
    this.stateOrProvince = stateOrProvince;
  }

  /**
   * Sets {@code zipOrPostalCode}: Postal/Zip code of the customer.
   *
   * @param zipOrPostalCode the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Address zipOrPostalCode(String zipOrPostalCode) {
    this.zipOrPostalCode = zipOrPostalCode;
    return this;
  }

  /**
   * Postal/Zip code of the customer.
   *
   * @return the {@code zipOrPostalCode} value as received or set, or null when absent
   */
  public String getZipOrPostalCode() {
    return zipOrPostalCode;
  }

  /**
   * Sets {@code zipOrPostalCode}.
   *
   * @param zipOrPostalCode the value, or null to leave the field out
   */
  public void setZipOrPostalCode(String zipOrPostalCode) {
    this.zipOrPostalCode = zipOrPostalCode;
  }

  /**
   * Sets {@code country}: ISO2 country code of the customer size &#x3D; 2.
   *
   * @param country the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Address country(String country) {
    this.country = country;
    return this;
  }

  /**
   * ISO2 country code of the customer size &#x3D; 2.
   *
   * @return the {@code country} value as received or set, or null when absent
   */
  public String getCountry() {
    return country;
  }

  /**
   * Sets {@code country}.
   *
   * @param country the value, or null to leave the field out
   */
  public void setCountry(String country) {
    this.country = country;
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
  public Address putAdditionalProperty(String name, JsonElement value) {
    if (SERIALIZED_NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a defined field of Address");
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
    Address other = (Address) o;
    return Objects.equals(this.addressLine1, other.addressLine1) &&
        Objects.equals(this.addressLine2, other.addressLine2) &&
        Objects.equals(this.city, other.city) &&
        Objects.equals(this.stateOrProvince, other.stateOrProvince) &&
        Objects.equals(this.zipOrPostalCode, other.zipOrPostalCode) &&
        Objects.equals(this.country, other.country) &&
        getAdditionalProperties().equals(other.getAdditionalProperties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(addressLine1, addressLine2, city, stateOrProvince, zipOrPostalCode, country, getAdditionalProperties());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Address{");
    sb.append("addressLine1=").append(addressLine1);
    sb.append(", addressLine2=").append(addressLine2);
    sb.append(", city=").append(city);
    sb.append(", stateOrProvince=").append(stateOrProvince);
    sb.append(", zipOrPostalCode=").append(zipOrPostalCode);
    sb.append(", country=").append(country);
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
      if (!Address.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<String> addressLine1Adapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> addressLine2Adapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> cityAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> stateOrProvinceAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> zipOrPostalCodeAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> countryAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<Address> adapter = new TypeAdapter<Address>() {
        @Override
        public void write(JsonWriter out, Address value) throws IOException {
          out.beginObject();
          if (value.addressLine1 != null) {
            out.name(SERIALIZED_NAME_ADDRESS_LINE1);
            addressLine1Adapter.write(out, value.addressLine1);
          }
          if (value.addressLine2 != null) {
            out.name(SERIALIZED_NAME_ADDRESS_LINE2);
            addressLine2Adapter.write(out, value.addressLine2);
          }
          if (value.city != null) {
            out.name(SERIALIZED_NAME_CITY);
            cityAdapter.write(out, value.city);
          }
          if (value.stateOrProvince != null) {
            out.name(SERIALIZED_NAME_STATE_OR_PROVINCE);
            stateOrProvinceAdapter.write(out, value.stateOrProvince);
          }
          if (value.zipOrPostalCode != null) {
            out.name(SERIALIZED_NAME_ZIP_OR_POSTAL_CODE);
            zipOrPostalCodeAdapter.write(out, value.zipOrPostalCode);
          }
          if (value.country != null) {
            out.name(SERIALIZED_NAME_COUNTRY);
            countryAdapter.write(out, value.country);
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
        public Address read(JsonReader in) throws IOException {
          Address value = new Address();
          try {
            in.beginObject();
            while (in.hasNext()) {
              String name = in.nextName();
              switch (name) {
                case SERIALIZED_NAME_ADDRESS_LINE1:
                  value.addressLine1 = addressLine1Adapter.read(in);
                  break;
                case SERIALIZED_NAME_ADDRESS_LINE2:
                  value.addressLine2 = addressLine2Adapter.read(in);
                  break;
                case SERIALIZED_NAME_CITY:
                  value.city = cityAdapter.read(in);
                  break;
                case SERIALIZED_NAME_STATE_OR_PROVINCE:
                  value.stateOrProvince = stateOrProvinceAdapter.read(in);
                  break;
                case SERIALIZED_NAME_ZIP_OR_POSTAL_CODE:
                  value.zipOrPostalCode = zipOrPostalCodeAdapter.read(in);
                  break;
                case SERIALIZED_NAME_COUNTRY:
                  value.country = countryAdapter.read(in);
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

