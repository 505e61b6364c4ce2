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
import dev.webexwholesale.model.ErrorDetail;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The body of every Webex error response.
 *
 * <p>Fields the spec does not define are kept in {@link #getAdditionalProperties()} and
 * written back on encode, so a read-modify-write never drops what Webex sent.
 */
@JsonAdapter(WebexError.UnknownFieldsAdapterFactory.class)
public class WebexError {
  /** The JSON name of {@code message}. */
  public static final String SERIALIZED_NAME_MESSAGE = "message";
  @SerializedName(SERIALIZED_NAME_MESSAGE)
  private String message;

  /** The JSON name of {@code errors}. */
  public static final String SERIALIZED_NAME_ERRORS = "errors";
  @SerializedName(SERIALIZED_NAME_ERRORS)
  private List<ErrorDetail> errors;

  /** The JSON name of {@code trackingId}. */
  public static final String SERIALIZED_NAME_TRACKING_ID = "trackingId";
  @SerializedName(SERIALIZED_NAME_TRACKING_ID)
  private String trackingId;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_MESSAGE, SERIALIZED_NAME_ERRORS, SERIALIZED_NAME_TRACKING_ID);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  /** An empty WebexError: every field unset (null fields are not sent). */
  public WebexError() {
  }

  /**
   * Sets {@code message}: A readable summary of the failure.
   *
   * @param message the value, or null to leave the field out
   * @return this object, for chaining
   */
  public WebexError message(String message) {
    this.message = message;
    return this;
  }

  /**
   * A readable summary of the failure.
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
   * Sets {@code errors}: The individual errors, each with its Webex error code.
   *
   * @param errors the value, or null to leave the field out
   * @return this object, for chaining
   */
  public WebexError errors(List<ErrorDetail> errors) {
    this.errors = errors;
    return this;
  }

  /**
   * Adds one element to {@code errors}, creating the list when it is unset.
   *
   * @param errorsItem the element to add
   * @return this object, for chaining
   */
  public WebexError addErrorsItem(ErrorDetail errorsItem) {
    if (this.errors == null) {
      this.errors = new ArrayList<>();
    }
    this.errors.add(errorsItem);
    return this;
  }

  /**
   * The individual errors, each with its Webex error code.
   *
   * @return the {@code errors} value as received or set, or null when absent
   */
  public List<ErrorDetail> getErrors() {
    return errors;
  }

  /**
   * Sets {@code errors}.
   *
   * @param errors the value, or null to leave the field out
   */
  public void setErrors(List<ErrorDetail> errors) {
    this.errors = errors;
  }

  /**
   * Sets {@code trackingId}: The tracking ID of the request; quote it to Cisco support.
   *
   * @param trackingId the value, or null to leave the field out
   * @return this object, for chaining
   */
  public WebexError trackingId(String trackingId) {
    this.trackingId = trackingId;
    return this;
  }

  /**
   * The tracking ID of the request; quote it to Cisco support.
   *
   * @return the {@code trackingId} value as received or set, or null when absent
   */
  public String getTrackingId() {
    return trackingId;
  }

  /**
   * Sets {@code trackingId}.
   *
   * @param trackingId the value, or null to leave the field out
   */
  public void setTrackingId(String trackingId) {
    this.trackingId = trackingId;
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
  public WebexError putAdditionalProperty(String name, JsonElement value) {
    if (SERIALIZED_NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a defined field of WebexError");
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
    WebexError other = (WebexError) o;
    return Objects.equals(this.message, other.message) &&
        Objects.equals(this.errors, other.errors) &&
        Objects.equals(this.trackingId, other.trackingId) &&
        getAdditionalProperties().equals(other.getAdditionalProperties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(message, errors, trackingId, getAdditionalProperties());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("WebexError{");
    sb.append("message=").append(message);
    sb.append(", errors=").append(errors);
    sb.append(", trackingId=").append(trackingId);
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
      if (!WebexError.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<String> messageAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<List<ErrorDetail>> errorsAdapter = gson.getAdapter(new TypeToken<List<ErrorDetail>>() { });
      TypeAdapter<String> trackingIdAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<WebexError> adapter = new TypeAdapter<WebexError>() {
        @Override
        public void write(JsonWriter out, WebexError value) throws IOException {
          out.beginObject();
          if (value.message != null) {
            out.name(SERIALIZED_NAME_MESSAGE);
            messageAdapter.write(out, value.message);
          }
          if (value.errors != null) {
            out.name(SERIALIZED_NAME_ERRORS);
            errorsAdapter.write(out, value.errors);
          }
          if (value.trackingId != null) {
            out.name(SERIALIZED_NAME_TRACKING_ID);
            trackingIdAdapter.write(out, value.trackingId);
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
        public WebexError read(JsonReader in) throws IOException {
          WebexError value = new WebexError();
          try {
            in.beginObject();
            while (in.hasNext()) {
              String name = in.nextName();
              switch (name) {
                case SERIALIZED_NAME_MESSAGE:
                  value.message = messageAdapter.read(in);
                  break;
                case SERIALIZED_NAME_ERRORS:
                  value.errors = errorsAdapter.read(in);
                  break;
                case SERIALIZED_NAME_TRACKING_ID:
                  value.trackingId = trackingIdAdapter.read(in);
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

