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
import java.util.HashMap;
import java.util.Map;

/**
 * The most subscribers each package may have, keyed by package name (a number per package).
 *
 * <p>Fields the spec does not define are kept in {@link #getAdditionalProperties()} and
 * written back on encode, so a read-modify-write never drops what Webex sent.
 */
@JsonAdapter(PackageLimits.UnknownFieldsAdapterFactory.class)
public class PackageLimits {
  /** The JSON name of {@code webex_calling}. */
  public static final String SERIALIZED_NAME_WEBEX_CALLING = "webex_calling";
  @SerializedName(SERIALIZED_NAME_WEBEX_CALLING)
  private BigDecimal webexCalling;

  /** The JSON name of {@code common_area_calling}. */
  public static final String SERIALIZED_NAME_COMMON_AREA_CALLING = "common_area_calling";
  @SerializedName(SERIALIZED_NAME_COMMON_AREA_CALLING)
  private BigDecimal commonAreaCalling;

  /** The JSON name of {@code webex_meetings}. */
  public static final String SERIALIZED_NAME_WEBEX_MEETINGS = "webex_meetings";
  @SerializedName(SERIALIZED_NAME_WEBEX_MEETINGS)
  private BigDecimal webexMeetings;

  /** The JSON name of {@code webex_suite}. */
  public static final String SERIALIZED_NAME_WEBEX_SUITE = "webex_suite";
  @SerializedName(SERIALIZED_NAME_WEBEX_SUITE)
  private BigDecimal webexSuite;

  /** The JSON name of {@code webex_voice}. */
  public static final String SERIALIZED_NAME_WEBEX_VOICE = "webex_voice";
  @SerializedName(SERIALIZED_NAME_WEBEX_VOICE)
  private BigDecimal webexVoice;

  /** The JSON name of {@code cx_essentials}. */
  public static final String SERIALIZED_NAME_CX_ESSENTIALS = "cx_essentials";
  @SerializedName(SERIALIZED_NAME_CX_ESSENTIALS)
  private BigDecimal cxEssentials;

  /** The JSON name of {@code webex_calling_standard}. */
  public static final String SERIALIZED_NAME_WEBEX_CALLING_STANDARD = "webex_calling_standard";
  @SerializedName(SERIALIZED_NAME_WEBEX_CALLING_STANDARD)
  private BigDecimal webexCallingStandard;

  /** The JSON name of {@code attendant_console}. */
  public static final String SERIALIZED_NAME_ATTENDANT_CONSOLE = "attendant_console";
  @SerializedName(SERIALIZED_NAME_ATTENDANT_CONSOLE)
  private BigDecimal attendantConsole;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_WEBEX_CALLING, SERIALIZED_NAME_COMMON_AREA_CALLING, SERIALIZED_NAME_WEBEX_MEETINGS, SERIALIZED_NAME_WEBEX_SUITE, SERIALIZED_NAME_WEBEX_VOICE, SERIALIZED_NAME_CX_ESSENTIALS, SERIALIZED_NAME_WEBEX_CALLING_STANDARD, SERIALIZED_NAME_ATTENDANT_CONSOLE);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  /** An empty PackageLimits: every field unset (null fields are not sent). */
  public PackageLimits() {
  }

  /**
   * Sets {@code webex_calling}: Limit of the &#x60;webex_calling&#x60; package.
   *
   * @param webexCalling the value, or null to leave the field out
   * @return this object, for chaining
   */
  public PackageLimits webexCalling(BigDecimal webexCalling) {
    this.webexCalling = webexCalling;
    return this;
  }

  /**
   * Limit of the &#x60;webex_calling&#x60; package.
   *
   * @return the {@code webex_calling} value as received or set, or null when absent
   */
  public BigDecimal getWebexCalling() {
    return webexCalling;
  }

  /**
   * Sets {@code webex_calling}.
   *
   * @param webexCalling the value, or null to leave the field out
   */
  public void setWebexCalling(BigDecimal webexCalling) {
    this.webexCalling = webexCalling;
  }

  /**
   * Sets {@code common_area_calling}: Limit of the &#x60;common_area_calling&#x60; package.
   *
   * @param commonAreaCalling the value, or null to leave the field out
   * @return this object, for chaining
   */
  public PackageLimits commonAreaCalling(BigDecimal commonAreaCalling) {
    this.commonAreaCalling = commonAreaCalling;
    return this;
  }

  /**
   * Limit of the &#x60;common_area_calling&#x60; package.
   *
   * @return the {@code common_area_calling} value as received or set, or null when absent
   */
  public BigDecimal getCommonAreaCalling() {
    return commonAreaCalling;
  }

  /**
   * Sets {@code common_area_calling}.
   *
   * @param commonAreaCalling the value, or null to leave the field out
   */
  public void setCommonAreaCalling(BigDecimal commonAreaCalling) {
    this.commonAreaCalling = commonAreaCalling;
  }

  /**
   * Sets {@code webex_meetings}: Limit of the &#x60;webex_meetings&#x60; package.
   *
   * @param webexMeetings the value, or null to leave the field out
   * @return this object, for chaining
   */
  public PackageLimits webexMeetings(BigDecimal webexMeetings) {
    this.webexMeetings = webexMeetings;
    return this;
  }

  /**
   * Limit of the &#x60;webex_meetings&#x60; package.
   *
   * @return the {@code webex_meetings} value as received or set, or null when absent
   */
  public BigDecimal getWebexMeetings() {
    return webexMeetings;
  }

  /**
   * Sets {@code webex_meetings}.
   *
   * @param webexMeetings the value, or null to leave the field out
   */
  public void setWebexMeetings(BigDecimal webexMeetings) {
    this.webexMeetings = webexMeetings;
  }

  /**
   * Sets {@code webex_suite}: Limit of the &#x60;webex_suite&#x60; package.
   *
   * @param webexSuite the value, or null to leave the field out
   * @return this object, for chaining
   */
  public PackageLimits webexSuite(BigDecimal webexSuite) {
    this.webexSuite = webexSuite;
    return this;
  }

  /**
   * Limit of the &#x60;webex_suite&#x60; package.
   *
   * @return the {@code webex_suite} value as received or set, or null when absent
   */
  public BigDecimal getWebexSuite() {
    return webexSuite;
  }

  /**
   * Sets {@code webex_suite}.
   *
   * @param webexSuite the value, or null to leave the field out
   */
  public void setWebexSuite(BigDecimal webexSuite) {
    this.webexSuite = webexSuite;
  }

  /**
   * Sets {@code webex_voice}: Limit of the &#x60;webex_voice&#x60; package.
   *
   * @param webexVoice the value, or null to leave the field out
   * @return this object, for chaining
   */
  public PackageLimits webexVoice(BigDecimal webexVoice) {
    this.webexVoice = webexVoice;
    return this;
  }

  /**
   * Limit of the &#x60;webex_voice&#x60; package.
   *
   * @return the {@code webex_voice} value as received or set, or null when absent
   */
  public BigDecimal getWebexVoice() {
    return webexVoice;
  }

  /**
   * Sets {@code webex_voice}.
   *
   * @param webexVoice the value, or null to leave the field out
   */
  public void setWebexVoice(BigDecimal webexVoice) {
    this.webexVoice = webexVoice;
  }

  /**
   * Sets {@code cx_essentials}: Limit of the &#x60;cx_essentials&#x60; package.
   *
   * @param cxEssentials the value, or null to leave the field out
   * @return this object, for chaining
   */
  public PackageLimits cxEssentials(BigDecimal cxEssentials) {
    this.cxEssentials = cxEssentials;
    return this;
  }

  /**
   * Limit of the &#x60;cx_essentials&#x60; package.
   *
   * @return the {@code cx_essentials} value as received or set, or null when absent
   */
  public BigDecimal getCxEssentials() {
    return cxEssentials;
  }

  /**
   * Sets {@code cx_essentials}.
   *
   * @param cxEssentials the value, or null to leave the field out
   */
  public void setCxEssentials(BigDecimal cxEssentials) {
    this.cxEssentials = cxEssentials;
  }

  /**
   * Sets {@code webex_calling_standard}: Limit of the &#x60;webex_calling_standard&#x60; package.
   *
   * @param webexCallingStandard the value, or null to leave the field out
   * @return this object, for chaining
   */
  public PackageLimits webexCallingStandard(BigDecimal webexCallingStandard) {
    this.webexCallingStandard = webexCallingStandard;
    return this;
  }

  /**
   * Limit of the &#x60;webex_calling_standard&#x60; package.
   *
   * @return the {@code webex_calling_standard} value as received or set, or null when absent
   */
  public BigDecimal getWebexCallingStandard() {
    return webexCallingStandard;
  }

  /**
   * Sets {@code webex_calling_standard}.
   *
   * @param webexCallingStandard the value, or null to leave the field out
   */
  public void setWebexCallingStandard(BigDecimal webexCallingStandard) {
    this.webexCallingStandard = webexCallingStandard;
  }

  /**
   * Sets {@code attendant_console}: Limit of the &#x60;attendant_console&#x60; package.
   *
   * @param attendantConsole the value, or null to leave the field out
   * @return this object, for chaining
   */
  public PackageLimits attendantConsole(BigDecimal attendantConsole) {
    this.attendantConsole = attendantConsole;
    return this;
  }

  /**
   * Limit of the &#x60;attendant_console&#x60; package.
   *
   * @return the {@code attendant_console} value as received or set, or null when absent
   */
  public BigDecimal getAttendantConsole() {
    return attendantConsole;
  }

  /**
   * Sets {@code attendant_console}.
   *
   * @param attendantConsole the value, or null to leave the field out
   */
  public void setAttendantConsole(BigDecimal attendantConsole) {
    this.attendantConsole = attendantConsole;
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
  public PackageLimits putAdditionalProperty(String name, JsonElement value) {
    if (SERIALIZED_NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a defined field of PackageLimits");
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
    PackageLimits other = (PackageLimits) o;
    return Objects.equals(this.webexCalling, other.webexCalling) &&
        Objects.equals(this.commonAreaCalling, other.commonAreaCalling) &&
        Objects.equals(this.webexMeetings, other.webexMeetings) &&
        Objects.equals(this.webexSuite, other.webexSuite) &&
        Objects.equals(this.webexVoice, other.webexVoice) &&
        Objects.equals(this.cxEssentials, other.cxEssentials) &&
        Objects.equals(this.webexCallingStandard, other.webexCallingStandard) &&
        Objects.equals(this.attendantConsole, other.attendantConsole) &&
        getAdditionalProperties().equals(other.getAdditionalProperties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(webexCalling, commonAreaCalling, webexMeetings, webexSuite, webexVoice, cxEssentials, webexCallingStandard, attendantConsole, getAdditionalProperties());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("PackageLimits{");
    sb.append("webexCalling=").append(webexCalling);
    sb.append(", commonAreaCalling=").append(commonAreaCalling);
    sb.append(", webexMeetings=").append(webexMeetings);
    sb.append(", webexSuite=").append(webexSuite);
    sb.append(", webexVoice=").append(webexVoice);
    sb.append(", cxEssentials=").append(cxEssentials);
    sb.append(", webexCallingStandard=").append(webexCallingStandard);
    sb.append(", attendantConsole=").append(attendantConsole);
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
      if (!PackageLimits.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<BigDecimal> webexCallingAdapter = gson.getAdapter(new TypeToken<BigDecimal>() { });
      TypeAdapter<BigDecimal> commonAreaCallingAdapter = gson.getAdapter(new TypeToken<BigDecimal>() { });
      TypeAdapter<BigDecimal> webexMeetingsAdapter = gson.getAdapter(new TypeToken<BigDecimal>() { });
      TypeAdapter<BigDecimal> webexSuiteAdapter = gson.getAdapter(new TypeToken<BigDecimal>() { });
      TypeAdapter<BigDecimal> webexVoiceAdapter = gson.getAdapter(new TypeToken<BigDecimal>() { });
      TypeAdapter<BigDecimal> cxEssentialsAdapter = gson.getAdapter(new TypeToken<BigDecimal>() { });
      TypeAdapter<BigDecimal> webexCallingStandardAdapter = gson.getAdapter(new TypeToken<BigDecimal>() { });
      TypeAdapter<BigDecimal> attendantConsoleAdapter = gson.getAdapter(new TypeToken<BigDecimal>() { });
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<PackageLimits> adapter = new TypeAdapter<PackageLimits>() {
        @Override
        public void write(JsonWriter out, PackageLimits value) throws IOException {
          out.beginObject();
          if (value.webexCalling != null) {
            out.name(SERIALIZED_NAME_WEBEX_CALLING);
            webexCallingAdapter.write(out, value.webexCalling);
          }
          if (value.commonAreaCalling != null) {
            out.name(SERIALIZED_NAME_COMMON_AREA_CALLING);
            commonAreaCallingAdapter.write(out, value.commonAreaCalling);
          }
          if (value.webexMeetings != null) {
            out.name(SERIALIZED_NAME_WEBEX_MEETINGS);
            webexMeetingsAdapter.write(out, value.webexMeetings);
          }
          if (value.webexSuite != null) {
            out.name(SERIALIZED_NAME_WEBEX_SUITE);
            webexSuiteAdapter.write(out, value.webexSuite);
          }
          if (value.webexVoice != null) {
            out.name(SERIALIZED_NAME_WEBEX_VOICE);
            webexVoiceAdapter.write(out, value.webexVoice);
          }
          if (value.cxEssentials != null) {
            out.name(SERIALIZED_NAME_CX_ESSENTIALS);
            cxEssentialsAdapter.write(out, value.cxEssentials);
          }
          if (value.webexCallingStandard != null) {
            out.name(SERIALIZED_NAME_WEBEX_CALLING_STANDARD);
            webexCallingStandardAdapter.write(out, value.webexCallingStandard);
          }
          if (value.attendantConsole != null) {
            out.name(SERIALIZED_NAME_ATTENDANT_CONSOLE);
            attendantConsoleAdapter.write(out, value.attendantConsole);
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
        public PackageLimits read(JsonReader in) throws IOException {
          PackageLimits value = new PackageLimits();
          try {
            in.beginObject();
            while (in.hasNext()) {
              String name = in.nextName();
              switch (name) {
                case SERIALIZED_NAME_WEBEX_CALLING:
                  value.webexCalling = webexCallingAdapter.read(in);
                  break;
                case SERIALIZED_NAME_COMMON_AREA_CALLING:
                  value.commonAreaCalling = commonAreaCallingAdapter.read(in);
                  break;
                case SERIALIZED_NAME_WEBEX_MEETINGS:
                  value.webexMeetings = webexMeetingsAdapter.read(in);
                  break;
                case SERIALIZED_NAME_WEBEX_SUITE:
                  value.webexSuite = webexSuiteAdapter.read(in);
                  break;
                case SERIALIZED_NAME_WEBEX_VOICE:
                  value.webexVoice = webexVoiceAdapter.read(in);
                  break;
                case SERIALIZED_NAME_CX_ESSENTIALS:
                  value.cxEssentials = cxEssentialsAdapter.read(in);
                  break;
                case SERIALIZED_NAME_WEBEX_CALLING_STANDARD:
                  value.webexCallingStandard = webexCallingStandardAdapter.read(in);
                  break;
                case SERIALIZED_NAME_ATTENDANT_CONSOLE:
                  value.attendantConsole = attendantConsoleAdapter.read(in);
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

