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
import dev.webexwholesale.model.Package;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Provisioning details of each package and add-on of the customer.
 *
 * <p>Fields the spec does not define are kept in {@link #getAdditionalProperties()} and
 * written back on encode, so a read-modify-write never drops what Webex sent.
 */
@JsonAdapter(ResourceDetails.UnknownFieldsAdapterFactory.class)
public class ResourceDetails {
  /** The JSON name of {@code packages}. */
  public static final String SERIALIZED_NAME_PACKAGES = "packages";
  @SerializedName(SERIALIZED_NAME_PACKAGES)
  private List<Package> packages;

  /** The JSON name of {@code addOns}. */
  public static final String SERIALIZED_NAME_ADD_ONS = "addOns";
  @SerializedName(SERIALIZED_NAME_ADD_ONS)
  private List<Package> addOns;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_PACKAGES, SERIALIZED_NAME_ADD_ONS);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  /** An empty ResourceDetails: every field unset (null fields are not sent). */
  public ResourceDetails() {
  }

  /**
   * Sets {@code packages}: Provisioning details of each package of the customer.
   *
   * @param packages the value, or null to leave the field out
   * @return this object, for chaining
   */
  public ResourceDetails packages(List<Package> packages) {
    this.packages = packages;
    return this;
  }

  /**
   * Adds one element to {@code packages}, creating the list when it is unset.
   *
   * @param packagesItem the element to add
   * @return this object, for chaining
   */
  public ResourceDetails addPackagesItem(Package packagesItem) {
    if (this.packages == null) {
      this.packages = new ArrayList<>();
    }
    this.packages.add(packagesItem);
    return this;
  }

  /**
   * Provisioning details of each package of the customer.
   *
   * @return the {@code packages} value as received or set, or null when absent
   */
  public List<Package> getPackages() {
    return packages;
  }

  /**
   * Sets {@code packages}.
   *
   * @param packages the value, or null to leave the field out
   */
  public void setPackages(List<Package> packages) {
    this.packages = packages;
  }

  /**
   * Sets {@code addOns}: Add-ons of the customer, each with the same shape as a package entry.
   *
   * @param addOns the value, or null to leave the field out
   * @return this object, for chaining
   */
  public ResourceDetails addOns(List<Package> addOns) {
    this.addOns = addOns;
    return this;
  }

  /**
   * Adds one element to {@code addOns}, creating the list when it is unset.
   *
   * @param addOnsItem the element to add
   * @return this object, for chaining
   */
  public ResourceDetails addAddOnsItem(Package addOnsItem) {
    if (this.addOns == null) {
      this.addOns = new ArrayList<>();
    }
    this.addOns.add(addOnsItem);
    return this;
  }

  /**
   * Add-ons of the customer, each with the same shape as a package entry.
   *
   * @return the {@code addOns} value as received or set, or null when absent
   */
  public List<Package> getAddOns() {
    return addOns;
  }

  /**
   * Sets {@code addOns}.
   *
   * @param addOns the value, or null to leave the field out
   */
  public void setAddOns(List<Package> addOns) {
    this.addOns = addOns;
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
  public ResourceDetails putAdditionalProperty(String name, JsonElement value) {
    if (SERIALIZED_NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a defined field of ResourceDetails");
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
    ResourceDetails other = (ResourceDetails) o;
    return Objects.equals(this.packages, other.packages) &&
        Objects.equals(this.addOns, other.addOns) &&
        getAdditionalProperties().equals(other.getAdditionalProperties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(packages, addOns, getAdditionalProperties());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ResourceDetails{");
    sb.append("packages=").append(packages);
    sb.append(", addOns=").append(addOns);
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
      if (!ResourceDetails.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<List<Package>> packagesAdapter = gson.getAdapter(new TypeToken<List<Package>>() { });
      TypeAdapter<List<Package>> addOnsAdapter = gson.getAdapter(new TypeToken<List<Package>>() { });
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<ResourceDetails> adapter = new TypeAdapter<ResourceDetails>() {
        @Override
        public void write(JsonWriter out, ResourceDetails value) throws IOException {
          out.beginObject();
          if (value.packages != null) {
            out.name(SERIALIZED_NAME_PACKAGES);
            packagesAdapter.write(out, value.packages);
          }
          if (value.addOns != null) {
            out.name(SERIALIZED_NAME_ADD_ONS);
            addOnsAdapter.write(out, value.addOns);
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
        public ResourceDetails read(JsonReader in) throws IOException {
          ResourceDetails value = new ResourceDetails();
          try {
            in.beginObject();
            while (in.hasNext()) {
              String name = in.nextName();
              switch (name) {
                case SERIALIZED_NAME_PACKAGES:
                  value.packages = packagesAdapter.read(in);
                  break;
                case SERIALIZED_NAME_ADD_ONS:
                  value.addOns = addOnsAdapter.read(in);
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

