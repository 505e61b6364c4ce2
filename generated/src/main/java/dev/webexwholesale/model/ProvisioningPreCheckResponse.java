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
import dev.webexwholesale.model.ProvisioningPreCheckResponseInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * ProvisioningPreCheckResponse
 *
 * <p>Fields the spec does not define are kept in {@link #getAdditionalProperties()} and
 * written back on encode, so a read-modify-write never drops what Webex sent.
 */
@JsonAdapter(ProvisioningPreCheckResponse.UnknownFieldsAdapterFactory.class)
public class ProvisioningPreCheckResponse {
  /** The JSON name of {@code message}. */
  public static final String SERIALIZED_NAME_MESSAGE = "message";
  @SerializedName(SERIALIZED_NAME_MESSAGE)
  private String message;

  /** The JSON name of {@code info}. */
  public static final String SERIALIZED_NAME_INFO = "info";
  @SerializedName(SERIALIZED_NAME_INFO)
  private List<ProvisioningPreCheckResponseInfo> info;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_MESSAGE, SERIALIZED_NAME_INFO);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  /** An empty ProvisioningPreCheckResponse: every field unset (null fields are not sent). */
  public ProvisioningPreCheckResponse() {
  }

  /**
   * Sets {@code message}: A textual representation of the Precheck response message containing the &#x60;infoCode&#x60; object in the case of a success response and the &#x60;errorCode&#x60; object in the case of failure.
   *
   * @param message the value, or null to leave the field out
   * @return this object, for chaining
   */
  public ProvisioningPreCheckResponse message(String message) {
    this.message = message;
    return this;
  }

  /**
   * A textual representation of the Precheck response message containing the &#x60;infoCode&#x60; object in the case of a success response and the &#x60;errorCode&#x60; object in the case of failure.
   *
   * @return the {@code message} value as received or set, or null when absent
   */
  public String getMessage() {
    return message;
  }

  /**
   * Sets {@code message}.
   *
   * @param message the value, or null to leave the field out
   */
  public void setMessage(String message) {
    this.message = message;
  }

  /**
   * Sets {@code info}: A list of ProvisioningPreCheckResponseInfo object.
   *
   * @param info the value, or null to leave the field out
   * @return this object, for chaining
   */
  public ProvisioningPreCheckResponse info(List<ProvisioningPreCheckResponseInfo> info) {
    this.info = info;
    return this;
  }

  /**
   * Adds one element to {@code info}, creating the list when it is unset.
   *
   * @param infoItem the element to add
   * @return this object, for chaining
   */
  public ProvisioningPreCheckResponse addInfoItem(ProvisioningPreCheckResponseInfo infoItem) {
    if (this.info == null) {
      this.info = new ArrayList<>();
    }
    this.info.add(infoItem);
    return this;
  }

  /**
   * A list of ProvisioningPreCheckResponseInfo object.
   *
   * @return the {@code info} value as received or set, or null when absent
   */
  public List<ProvisioningPreCheckResponseInfo> getInfo() {
    return info;
  }

  /**
   * Sets {@code info}.
   *
   * @param info the value, or null to leave the field out
   */
  public void setInfo(List<ProvisioningPreCheckResponseInfo> info) {
    this.info = info;
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
  public ProvisioningPreCheckResponse putAdditionalProperty(String name, JsonElement value) {
    if (SERIALIZED_NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a defined field of ProvisioningPreCheckResponse");
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
    ProvisioningPreCheckResponse other = (ProvisioningPreCheckResponse) o;
    return Objects.equals(this.message, other.message) &&
        Objects.equals(this.info, other.info) &&
        getAdditionalProperties().equals(other.getAdditionalProperties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(message, info, getAdditionalProperties());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ProvisioningPreCheckResponse{");
    sb.append("message=").append(message);
    sb.append(", info=").append(info);
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
      if (!ProvisioningPreCheckResponse.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<String> messageAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<List<ProvisioningPreCheckResponseInfo>> infoAdapter = gson.getAdapter(new TypeToken<List<ProvisioningPreCheckResponseInfo>>() { });
      TypeAdapter<ProvisioningPreCheckResponseInfo> infoItemAdapter = gson.getAdapter(ProvisioningPreCheckResponseInfo.class);
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<ProvisioningPreCheckResponse> adapter = new TypeAdapter<ProvisioningPreCheckResponse>() {
        @Override
        public void write(JsonWriter out, ProvisioningPreCheckResponse value) throws IOException {
          out.beginObject();
          if (value.message != null) {
            out.name(SERIALIZED_NAME_MESSAGE);
            messageAdapter.write(out, value.message);
          }
          if (value.info != null) {
            out.name(SERIALIZED_NAME_INFO);
            infoAdapter.write(out, value.info);
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
        public ProvisioningPreCheckResponse read(JsonReader in) throws IOException {
          ProvisioningPreCheckResponse value = new ProvisioningPreCheckResponse();
          try {
            in.beginObject();
            while (in.hasNext()) {
              String name = in.nextName();
              switch (name) {
                case SERIALIZED_NAME_MESSAGE:
                  value.message = messageAdapter.read(in);
                  break;
                case SERIALIZED_NAME_INFO:
                  // Webex's documents show this list both as a list and as one object: take either.
                  if (in.peek() == JsonToken.BEGIN_OBJECT) {
                    value.info = new ArrayList<>(List.of(infoItemAdapter.read(in)));
                    break;
                  }
                  value.info = infoAdapter.read(in);
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

