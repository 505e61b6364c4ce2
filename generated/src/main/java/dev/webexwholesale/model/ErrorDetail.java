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
 * ErrorDetail
 *
 * <p>Fields the spec does not define are kept in {@link #getAdditionalProperties()} and
 * written back on encode, so a read-modify-write never drops what Webex sent.
 */
@JsonAdapter(ErrorDetail.UnknownFieldsAdapterFactory.class)
public class ErrorDetail {
  /** The JSON name of {@code errorCode}. */
  public static final String SERIALIZED_NAME_ERROR_CODE = "errorCode";
  @SerializedName(SERIALIZED_NAME_ERROR_CODE)
  private Long errorCode;

  /** The JSON name of {@code description}. */
  public static final String SERIALIZED_NAME_DESCRIPTION = "description";
  @SerializedName(SERIALIZED_NAME_DESCRIPTION)
  private String description;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_ERROR_CODE, SERIALIZED_NAME_DESCRIPTION);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  /** An empty ErrorDetail: every field unset (null fields are not sent). */
  public ErrorDetail() {
  }

  /**
   * Sets {@code errorCode}: An error code that identifies the reason for the error.
   *
   * @param errorCode the value, or null to leave the field out
   * @return this object, for chaining
   */
  public ErrorDetail errorCode(Long errorCode) {
    this.errorCode = errorCode;
    return this;
  }

  /**
   * An error code that identifies the reason for the error.
   *
   * @return the {@code errorCode} value as received or set, or null when absent
   */
  public Long getErrorCode() {
    return errorCode;
  }

  /**
   * Sets {@code errorCode}.
   *
   * @param errorCode the value, or null to leave the field out
   */
  public void setErrorCode(Long errorCode) {
    this.errorCode = errorCode;
  }

  /**
   * Sets {@code description}: A textual representation of the error code.
   *
   * @param description the value, or null to leave the field out
   * @return this object, for chaining
   */
  public ErrorDetail description(String description) {
    this.description = description;
    return this;
  }

  /**
   * A textual representation of the error code.
   *
   * @return the {@code description} value as received or set, or null when absent
   */
  public String getDescription() {
    return description;
  }

  /**
   * Sets {@code description}.
   *
   * @param description the value, or null to leave the field out
   */
  public void setDescription(String description) {
    this.description = description;
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
  public ErrorDetail putAdditionalProperty(String name, JsonElement value) {
    if (SERIALIZED_NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a defined field of ErrorDetail");
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
    ErrorDetail other = (ErrorDetail) o;
    return Objects.equals(this.errorCode, other.errorCode) &&
        Objects.equals(this.description, other.description) &&
        getAdditionalProperties().equals(other.getAdditionalProperties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(errorCode, description, getAdditionalProperties());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ErrorDetail{");
    sb.append("errorCode=").append(errorCode);
    sb.append(", description=").append(description);
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
      if (!ErrorDetail.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<Long> errorCodeAdapter = gson.getAdapter(new TypeToken<Long>() { });
      TypeAdapter<String> descriptionAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<ErrorDetail> adapter = new TypeAdapter<ErrorDetail>() {
        @Override
        public void write(JsonWriter out, ErrorDetail value) throws IOException {
          out.beginObject();
          if (value.errorCode != null) {
            out.name(SERIALIZED_NAME_ERROR_CODE);
            errorCodeAdapter.write(out, value.errorCode);
          }
          if (value.description != null) {
            out.name(SERIALIZED_NAME_DESCRIPTION);
            descriptionAdapter.write(out, value.description);
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
        public ErrorDetail read(JsonReader in) throws IOException {
          ErrorDetail value = new ErrorDetail();
          try {
            in.beginObject();
            while (in.hasNext()) {
              String name = in.nextName();
              switch (name) {
                case SERIALIZED_NAME_ERROR_CODE:
                  value.errorCode = errorCodeAdapter.read(in);
                  break;
                case SERIALIZED_NAME_DESCRIPTION:
                  value.description = descriptionAdapter.read(in);
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

