/*
 * Webex Wholesale Provisioning API
 * Generated from openapi/webex-wholesale.yaml by openapi-generator with the templates in
 * openapi/templates. Do not edit: change the spec or the templates and regenerate.
 */

package dev.webexwholesale.model;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
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
  public static final String SERIALIZED_NAME_PACKAGES = "packages";
  @SerializedName(SERIALIZED_NAME_PACKAGES)
  private List<Package> packages;

  public static final String SERIALIZED_NAME_ADD_ONS = "addOns";
  @SerializedName(SERIALIZED_NAME_ADD_ONS)
  private List<Package> addOns;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_PACKAGES, SERIALIZED_NAME_ADD_ONS);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  public ResourceDetails() {
  }

  public ResourceDetails packages(List<Package> packages) {
    this.packages = packages;
    return this;
  }

  public ResourceDetails addPackagesItem(Package packagesItem) {
    if (this.packages == null) {
      this.packages = new ArrayList<>();
    }
    this.packages.add(packagesItem);
    return this;
  }

  /**
   * packages
   * @return packages
   */
  public List<Package> getPackages() {
    return packages;
  }

  public void setPackages(List<Package> packages) {
    this.packages = packages;
  }

  public ResourceDetails addOns(List<Package> addOns) {
    this.addOns = addOns;
    return this;
  }

  public ResourceDetails addAddOnsItem(Package addOnsItem) {
    if (this.addOns == null) {
      this.addOns = new ArrayList<>();
    }
    this.addOns.add(addOnsItem);
    return this;
  }

  /**
   * Add-ons of the customer, each with the same shape as a package entry.
   * @return addOns
   */
  public List<Package> getAddOns() {
    return addOns;
  }

  public void setAddOns(List<Package> addOns) {
    this.addOns = addOns;
  }

  /** Fields received that the spec does not define (read-only view). */
  public Map<String, JsonElement> getAdditionalProperties() {
    return additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
  }

  /** Sets a field the spec does not define; it is written after the defined ones. */
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

  /** Keeps unknown fields on decode and writes them back on encode. */
  public static final class UnknownFieldsAdapterFactory implements TypeAdapterFactory {
    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      if (!ResourceDetails.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<ResourceDetails> reflective = gson.getDelegateAdapter(this, TypeToken.get(ResourceDetails.class));
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<ResourceDetails> adapter = new TypeAdapter<ResourceDetails>() {
        @Override
        public void write(JsonWriter out, ResourceDetails value) throws IOException {
          JsonObject obj = reflective.toJsonTree(value).getAsJsonObject();
          if (value.additionalProperties != null) {
            for (Map.Entry<String, JsonElement> e : value.additionalProperties.entrySet()) {
              if (!obj.has(e.getKey())) {
                obj.add(e.getKey(), e.getValue());
              }
            }
          }
          trees.write(out, obj);
        }

        @Override
        public ResourceDetails read(JsonReader in) throws IOException {
          JsonElement tree = trees.read(in);
          ResourceDetails value = reflective.fromJsonTree(tree);
          if (tree.isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : tree.getAsJsonObject().entrySet()) {
              if (!SERIALIZED_NAMES.contains(e.getKey())) {
                value.putAdditionalProperty(e.getKey(), e.getValue());
              }
            }
          }
          return value;
        }
      };
      return (TypeAdapter<T>) adapter.nullSafe();
    }
  }
}

