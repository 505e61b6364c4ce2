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
 * CreateBillingReportRequest
 *
 * <p>Fields the spec does not define are kept in {@link #getAdditionalProperties()} and
 * written back on encode, so a read-modify-write never drops what Webex sent.
 */
@JsonAdapter(CreateBillingReportRequest.UnknownFieldsAdapterFactory.class)
public class CreateBillingReportRequest {
  /** The JSON name of {@code billingStartDate}. */
  public static final String SERIALIZED_NAME_BILLING_START_DATE = "billingStartDate";
  @SerializedName(SERIALIZED_NAME_BILLING_START_DATE)
  private String billingStartDate;

  /** The JSON name of {@code billingEndDate}. */
  public static final String SERIALIZED_NAME_BILLING_END_DATE = "billingEndDate";
  @SerializedName(SERIALIZED_NAME_BILLING_END_DATE)
  private String billingEndDate;

  /** The JSON name of {@code type}. */
  public static final String SERIALIZED_NAME_TYPE = "type";
  @SerializedName(SERIALIZED_NAME_TYPE)
  private String type;

  /** The JSON name of {@code subPartnerOrgId}. */
  public static final String SERIALIZED_NAME_SUB_PARTNER_ORG_ID = "subPartnerOrgId";
  @SerializedName(SERIALIZED_NAME_SUB_PARTNER_ORG_ID)
  private String subPartnerOrgId;

  /** The JSON name of {@code internal}. */
  public static final String SERIALIZED_NAME_INTERNAL = "internal";
  @SerializedName(SERIALIZED_NAME_INTERNAL)
  private Boolean internal;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_BILLING_START_DATE, SERIALIZED_NAME_BILLING_END_DATE, SERIALIZED_NAME_TYPE, SERIALIZED_NAME_SUB_PARTNER_ORG_ID, SERIALIZED_NAME_INTERNAL);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  /** An empty CreateBillingReportRequest: every field unset (null fields are not sent). */
  public CreateBillingReportRequest() {
  }

  /**
   * Sets {@code billingStartDate}: The first day of the billing period, &#x60;YYYY-MM-DD&#x60;.
   *
   * @param billingStartDate the value, or null to leave the field out
   * @return this object, for chaining
   */
  public CreateBillingReportRequest billingStartDate(String billingStartDate) {
    this.billingStartDate = billingStartDate;
    return this;
  }

  /**
   * The first day of the billing period, &#x60;YYYY-MM-DD&#x60;.
   *
   * @return the {@code billingStartDate} value as received or set, or null when absent
   */
  public String getBillingStartDate() {
    return billingStartDate;
  }

  /**
   * Sets {@code billingStartDate}.
   *
   * @param billingStartDate the value, or null to leave the field out
   */
  public void setBillingStartDate(String billingStartDate) {
    this.billingStartDate = billingStartDate;
  }

  /**
   * Sets {@code billingEndDate}: The last day of the billing period, &#x60;YYYY-MM-DD&#x60;.
   *
   * @param billingEndDate the value, or null to leave the field out
   * @return this object, for chaining
   */
  public CreateBillingReportRequest billingEndDate(String billingEndDate) {
    this.billingEndDate = billingEndDate;
    return this;
  }

  /**
   * The last day of the billing period, &#x60;YYYY-MM-DD&#x60;.
   *
   * @return the {@code billingEndDate} value as received or set, or null when absent
   */
  public String getBillingEndDate() {
    return billingEndDate;
  }

  /**
   * Sets {@code billingEndDate}.
   *
   * @param billingEndDate the value, or null to leave the field out
   */
  public void setBillingEndDate(String billingEndDate) {
    this.billingEndDate = billingEndDate;
  }

  /**
   * Sets {@code type}: Whom the report details: &#x60;PARTNER&#x60; (the default), &#x60;CUSTOMER&#x60; or &#x60;USER&#x60;.
   *
   * @param type the value, or null to leave the field out
   * @return this object, for chaining
   */
  public CreateBillingReportRequest type(String type) {
    this.type = type;
    return this;
  }

  /**
   * Whom the report details: &#x60;PARTNER&#x60; (the default), &#x60;CUSTOMER&#x60; or &#x60;USER&#x60;.
   *
   * @return the {@code type} value as received or set, or null when absent
   */
  public String getType() {
    return type;
  }

  /**
   * Sets {@code type}.
   *
   * @param type the value, or null to leave the field out
   */
  public void setType(String type) {
    this.type = type;
  }

  /**
   * Sets {@code subPartnerOrgId}: A report of this sub-partner of the partner.
   *
   * @param subPartnerOrgId the value, or null to leave the field out
   * @return this object, for chaining
   */
  public CreateBillingReportRequest subPartnerOrgId(String subPartnerOrgId) {
    this.subPartnerOrgId = subPartnerOrgId;
    return this;
  }

  /**
   * A report of this sub-partner of the partner.
   *
   * @return the {@code subPartnerOrgId} value as received or set, or null when absent
   */
  public String getSubPartnerOrgId() {
    return subPartnerOrgId;
  }

  /**
   * Sets {@code subPartnerOrgId}.
   *
   * @param subPartnerOrgId the value, or null to leave the field out
   */
  public void setSubPartnerOrgId(String subPartnerOrgId) {
    this.subPartnerOrgId = subPartnerOrgId;
  }

  /**
   * Sets {@code internal}: Whether the report includes the partner&#39;s internal organizations.
   *
   * @param internal the value, or null to leave the field out
   * @return this object, for chaining
   */
  public CreateBillingReportRequest internal(Boolean internal) {
    this.internal = internal;
    return this;
  }

  /**
   * Whether the report includes the partner&#39;s internal organizations.
   *
   * @return the {@code internal} value as received or set, or null when absent
   */
  public Boolean getInternal() {
    return internal;
  }

  /**
   * Sets {@code internal}.
   *
   * @param internal the value, or null to leave the field out
   */
  public void setInternal(Boolean internal) {
    this.internal = internal;
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
  public CreateBillingReportRequest putAdditionalProperty(String name, JsonElement value) {
    if (SERIALIZED_NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a defined field of CreateBillingReportRequest");
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
    CreateBillingReportRequest other = (CreateBillingReportRequest) o;
    return Objects.equals(this.billingStartDate, other.billingStartDate) &&
        Objects.equals(this.billingEndDate, other.billingEndDate) &&
        Objects.equals(this.type, other.type) &&
        Objects.equals(this.subPartnerOrgId, other.subPartnerOrgId) &&
        Objects.equals(this.internal, other.internal) &&
        getAdditionalProperties().equals(other.getAdditionalProperties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(billingStartDate, billingEndDate, type, subPartnerOrgId, internal, getAdditionalProperties());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("CreateBillingReportRequest{");
    sb.append("billingStartDate=").append(billingStartDate);
    sb.append(", billingEndDate=").append(billingEndDate);
    sb.append(", type=").append(type);
    sb.append(", subPartnerOrgId=").append(subPartnerOrgId);
    sb.append(", internal=").append(internal);
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
      if (!CreateBillingReportRequest.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<String> billingStartDateAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> billingEndDateAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> typeAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> subPartnerOrgIdAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<Boolean> internalAdapter = gson.getAdapter(new TypeToken<Boolean>() { });
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<CreateBillingReportRequest> adapter = new TypeAdapter<CreateBillingReportRequest>() {
        @Override
        public void write(JsonWriter out, CreateBillingReportRequest value) throws IOException {
          out.beginObject();
          if (value.billingStartDate != null) {
            out.name(SERIALIZED_NAME_BILLING_START_DATE);
            billingStartDateAdapter.write(out, value.billingStartDate);
          }
          if (value.billingEndDate != null) {
            out.name(SERIALIZED_NAME_BILLING_END_DATE);
            billingEndDateAdapter.write(out, value.billingEndDate);
          }
          if (value.type != null) {
            out.name(SERIALIZED_NAME_TYPE);
            typeAdapter.write(out, value.type);
          }
          if (value.subPartnerOrgId != null) {
            out.name(SERIALIZED_NAME_SUB_PARTNER_ORG_ID);
            subPartnerOrgIdAdapter.write(out, value.subPartnerOrgId);
          }
          if (value.internal != null) {
            out.name(SERIALIZED_NAME_INTERNAL);
            internalAdapter.write(out, value.internal);
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
        public CreateBillingReportRequest read(JsonReader in) throws IOException {
          CreateBillingReportRequest value = new CreateBillingReportRequest();
          try {
            in.beginObject();
            while (in.hasNext()) {
              String name = in.nextName();
              switch (name) {
                case SERIALIZED_NAME_BILLING_START_DATE:
                  value.billingStartDate = billingStartDateAdapter.read(in);
                  break;
                case SERIALIZED_NAME_BILLING_END_DATE:
                  value.billingEndDate = billingEndDateAdapter.read(in);
                  break;
                case SERIALIZED_NAME_TYPE:
                  value.type = typeAdapter.read(in);
                  break;
                case SERIALIZED_NAME_SUB_PARTNER_ORG_ID:
                  value.subPartnerOrgId = subPartnerOrgIdAdapter.read(in);
                  break;
                case SERIALIZED_NAME_INTERNAL:
                  value.internal = internalAdapter.read(in);
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

