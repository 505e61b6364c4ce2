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
import dev.webexwholesale.model.ListReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A list of billing reports.
 *
 * <p>Fields the spec does not define are kept in {@link #getAdditionalProperties()} and
 * written back on encode, so a read-modify-write never drops what Webex sent.
 */
@JsonAdapter(WholesaleBillingReportsListResponse.UnknownFieldsAdapterFactory.class)
public class WholesaleBillingReportsListResponse {
  /** The JSON name of {@code items}. */
  public static final String SERIALIZED_NAME_ITEMS = "items";
  @SerializedName(SERIALIZED_NAME_ITEMS)
  private List<ListReport> items;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_ITEMS);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  /** An empty WholesaleBillingReportsListResponse: every field unset (null fields are not sent). */
  public WholesaleBillingReportsListResponse() {
  }

  /**
   * Sets {@code items}: The reports of this page.
   *
   * @param items the value, or null to leave the field out
   * @return this object, for chaining
   */
  public WholesaleBillingReportsListResponse items(List<ListReport> items) {
    this.items = items;
    return this;
  }

  /**
   * Adds one element to {@code items}, creating the list when it is unset.
   *
   * @param itemsItem the element to add
   * @return this object, for chaining
   */
  public WholesaleBillingReportsListResponse addItemsItem(ListReport itemsItem) {
    if (this.items == null) {
      this.items = new ArrayList<>();
    }
    this.items.add(itemsItem);
    return this;
  }

  /**
   * The reports of this page.
   *
   * @return the {@code items} value as received or set, or null when absent
   */
  public List<ListReport> getItems() {
    return items;
  }

  /**
   * Sets {@code items}.
   *
   * @param items the value, or null to leave the field out
   */
  public void setItems(List<ListReport> items) {
    this.items = items;
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
  public WholesaleBillingReportsListResponse putAdditionalProperty(String name, JsonElement value) {
    if (SERIALIZED_NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a defined field of WholesaleBillingReportsListResponse");
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
    WholesaleBillingReportsListResponse other = (WholesaleBillingReportsListResponse) o;
    return Objects.equals(this.items, other.items) &&
        getAdditionalProperties().equals(other.getAdditionalProperties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(items, getAdditionalProperties());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("WholesaleBillingReportsListResponse{");
    sb.append("items=").append(items);
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
      if (!WholesaleBillingReportsListResponse.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<List<ListReport>> itemsAdapter = gson.getAdapter(new TypeToken<List<ListReport>>() { });
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<WholesaleBillingReportsListResponse> adapter = new TypeAdapter<WholesaleBillingReportsListResponse>() {
        @Override
        public void write(JsonWriter out, WholesaleBillingReportsListResponse value) throws IOException {
          out.beginObject();
          if (value.items != null) {
            out.name(SERIALIZED_NAME_ITEMS);
            itemsAdapter.write(out, value.items);
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
        public WholesaleBillingReportsListResponse read(JsonReader in) throws IOException {
          WholesaleBillingReportsListResponse value = new WholesaleBillingReportsListResponse();
          try {
            in.beginObject();
            while (in.hasNext()) {
              String name = in.nextName();
              switch (name) {
                case SERIALIZED_NAME_ITEMS:
                  value.items = itemsAdapter.read(in);
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

