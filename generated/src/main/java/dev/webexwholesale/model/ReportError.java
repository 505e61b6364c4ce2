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
import java.math.BigDecimal;

/**
 * A problem met while generating a report.
 *
 * <p>Fields the spec does not define are kept in {@link #getAdditionalProperties()} and
 * written back on encode, so a read-modify-write never drops what Webex sent.
 */
@JsonAdapter(ReportError.UnknownFieldsAdapterFactory.class)
public class ReportError {
  /** The JSON name of {@code code}. */
  public static final String SERIALIZED_NAME_CODE = "code";
  @SerializedName(SERIALIZED_NAME_CODE)
  private BigDecimal code;

  /** The JSON name of {@code description}. */
  public static final String SERIALIZED_NAME_DESCRIPTION = "description";
  @SerializedName(SERIALIZED_NAME_DESCRIPTION)
  private String description;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_CODE, SERIALIZED_NAME_DESCRIPTION);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  /** An empty ReportError: every field unset (null fields are not sent). */
  public ReportError() {
  }

  /**
   * Sets {@code code}: The error&#39;s code.
   *
   * @param code the value, or null to leave the field out
   * @return this object, for chaining
   */
  public ReportError code(BigDecimal code) {
    this.code = code;
    return this;
  }

  /**
   * The error&#39;s code.
   *
   * @return the {@code code} value as received or set, or null when absent
   */
  public BigDecimal getCode() {
    return code;
  }

  /**
   * Sets {@code code}.
   *
   * @param code the value, or null to leave the field out
   */
  public void setCode(BigDecimal code) {
    this.code = code;
  }

  /**
   * Sets {@code description}: What went wrong.
   *
   * @param description the value, or null to leave the field out
   * @return this object, for chaining
   */
  public ReportError description(String description) {
    this.description = description;
    return this;
  }

  /**
   * What went wrong.
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
  public ReportError putAdditionalProperty(String name, JsonElement value) {
    if (SERIALIZED_NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a defined field of ReportError");
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
    ReportError other = (ReportError) o;
    return Objects.equals(this.code, other.code) &&
        Objects.equals(this.description, other.description) &&
        getAdditionalProperties().equals(other.getAdditionalProperties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, description, getAdditionalProperties());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ReportError{");
    sb.append("code=").append(code);
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
      if (!ReportError.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<BigDecimal> codeAdapter = gson.getAdapter(new TypeToken<BigDecimal>() { });
      TypeAdapter<String> descriptionAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<ReportError> adapter = new TypeAdapter<ReportError>() {
        @Override
        public void write(JsonWriter out, ReportError value) throws IOException {
          out.beginObject();
          if (value.code != null) {
            out.name(SERIALIZED_NAME_CODE);
            codeAdapter.write(out, value.code);
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
        public ReportError read(JsonReader in) throws IOException {
          ReportError value = new ReportError();
          try {
            in.beginObject();
            while (in.hasNext()) {
              String name = in.nextName();
              switch (name) {
                case SERIALIZED_NAME_CODE:
                  value.code = codeAdapter.read(in);
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

