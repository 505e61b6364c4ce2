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
import dev.webexwholesale.model.SubPartnerProvisioningState;
import java.io.IOException;
import java.time.OffsetDateTime;

/**
 * SubPartner
 *
 * <p>Fields the spec does not define are kept in {@link #getAdditionalProperties()} and
 * written back on encode, so a read-modify-write never drops what Webex sent.
 */
@JsonAdapter(SubPartner.UnknownFieldsAdapterFactory.class)
public class SubPartner {
  /** The JSON name of {@code orgId}. */
  public static final String SERIALIZED_NAME_ORG_ID = "orgId";
  @SerializedName(SERIALIZED_NAME_ORG_ID)
  private String orgId;

  /** The JSON name of {@code subscriptionId}. */
  public static final String SERIALIZED_NAME_SUBSCRIPTION_ID = "subscriptionId";
  @SerializedName(SERIALIZED_NAME_SUBSCRIPTION_ID)
  private String subscriptionId;

  /** The JSON name of {@code provisioningState}. */
  public static final String SERIALIZED_NAME_PROVISIONING_STATE = "provisioningState";
  @SerializedName(SERIALIZED_NAME_PROVISIONING_STATE)
  private SubPartnerProvisioningState provisioningState;

  /** The JSON name of {@code created}. */
  public static final String SERIALIZED_NAME_CREATED = "created";
  @SerializedName(SERIALIZED_NAME_CREATED)
  private OffsetDateTime created;

  /** The JSON name of {@code billingStartDate}. */
  public static final String SERIALIZED_NAME_BILLING_START_DATE = "billingStartDate";
  @SerializedName(SERIALIZED_NAME_BILLING_START_DATE)
  private OffsetDateTime billingStartDate;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_ORG_ID, SERIALIZED_NAME_SUBSCRIPTION_ID, SERIALIZED_NAME_PROVISIONING_STATE, SERIALIZED_NAME_CREATED, SERIALIZED_NAME_BILLING_START_DATE);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  /** An empty SubPartner: every field unset (null fields are not sent). */
  public SubPartner() {
  }

  /**
   * Sets {@code orgId}: The sub-partner&#39;s encoded organization ID.
   *
   * @param orgId the value, or null to leave the field out
   * @return this object, for chaining
   */
  public SubPartner orgId(String orgId) {
    this.orgId = orgId;
    return this;
  }

  /**
   * The sub-partner&#39;s encoded organization ID.
   *
   * @return the {@code orgId} value as received or set, or null when absent
   */
  public String getOrgId() {
    return orgId;
  }

  /**
   * Sets {@code orgId}.
   *
   * @param orgId the value, or null to leave the field out
   */
  public void setOrgId(String orgId) {
    this.orgId = orgId;
  }

  /**
   * Sets {@code subscriptionId}: The subscription ID of the sub-partner.
   *
   * @param subscriptionId the value, or null to leave the field out
   * @return this object, for chaining
   */
  public SubPartner subscriptionId(String subscriptionId) {
    this.subscriptionId = subscriptionId;
    return this;
  }

  /**
   * The subscription ID of the sub-partner.
   *
   * @return the {@code subscriptionId} value as received or set, or null when absent
   */
  public String getSubscriptionId() {
    return subscriptionId;
  }

  /**
   * Sets {@code subscriptionId}.
   *
   * @param subscriptionId the value, or null to leave the field out
   */
  public void setSubscriptionId(String subscriptionId) {
    this.subscriptionId = subscriptionId;
  }

  /**
   * Sets {@code provisioningState}.
   *
   * @param provisioningState the value, or null to leave the field out
   * @return this object, for chaining
   */
  public SubPartner provisioningState(SubPartnerProvisioningState provisioningState) {
    this.provisioningState = provisioningState;
    return this;
  }

  /**
   * The {@code provisioningState} field.
   *
   * @return the {@code provisioningState} value as received or set, or null when absent
   */
  public SubPartnerProvisioningState getProvisioningState() {
    return provisioningState;
  }

  /**
   * Sets {@code provisioningState}.
   *
   * @param provisioningState the value, or null to leave the field out
   */
  public void setProvisioningState(SubPartnerProvisioningState provisioningState) {
    this.provisioningState = provisioningState;
  }

  /**
   * Sets {@code created}: When the sub-partner was created.
   *
   * @param created the value, or null to leave the field out
   * @return this object, for chaining
   */
  public SubPartner created(OffsetDateTime created) {
    this.created = created;
    return this;
  }

  /**
   * When the sub-partner was created.
   *
   * @return the {@code created} value as received or set, or null when absent
   */
  public OffsetDateTime getCreated() {
    return created;
  }

  /**
   * Sets {@code created}.
   *
   * @param created the value, or null to leave the field out
   */
  public void setCreated(OffsetDateTime created) {
    this.created = created;
  }

  /**
   * Sets {@code billingStartDate}: The date and time billing of the sub-partner started.
   *
   * @param billingStartDate the value, or null to leave the field out
   * @return this object, for chaining
   */
  public SubPartner billingStartDate(OffsetDateTime billingStartDate) {
    this.billingStartDate = billingStartDate;
    return this;
  }

  /**
   * The date and time billing of the sub-partner started.
   *
   * @return the {@code billingStartDate} value as received or set, or null when absent
   */
  public OffsetDateTime getBillingStartDate() {
    return billingStartDate;
  }

  /**
   * Sets {@code billingStartDate}.
   *
   * @param billingStartDate the value, or null to leave the field out
   */
  public void setBillingStartDate(OffsetDateTime billingStartDate) {
    this.billingStartDate = billingStartDate;
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
  public SubPartner putAdditionalProperty(String name, JsonElement value) {
    if (SERIALIZED_NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a defined field of SubPartner");
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
    SubPartner other = (SubPartner) o;
    return Objects.equals(this.orgId, other.orgId) &&
        Objects.equals(this.subscriptionId, other.subscriptionId) &&
        Objects.equals(this.provisioningState, other.provisioningState) &&
        Objects.equals(this.created, other.created) &&
        Objects.equals(this.billingStartDate, other.billingStartDate) &&
        getAdditionalProperties().equals(other.getAdditionalProperties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(orgId, subscriptionId, provisioningState, created, billingStartDate, getAdditionalProperties());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("SubPartner{");
    sb.append("orgId=").append(orgId);
    sb.append(", subscriptionId=").append(subscriptionId);
    sb.append(", provisioningState=").append(provisioningState);
    sb.append(", created=").append(created);
    sb.append(", billingStartDate=").append(billingStartDate);
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
      if (!SubPartner.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<String> orgIdAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> subscriptionIdAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<SubPartnerProvisioningState> provisioningStateAdapter = gson.getAdapter(new TypeToken<SubPartnerProvisioningState>() { });
      TypeAdapter<OffsetDateTime> createdAdapter = gson.getAdapter(new TypeToken<OffsetDateTime>() { });
      TypeAdapter<OffsetDateTime> billingStartDateAdapter = gson.getAdapter(new TypeToken<OffsetDateTime>() { });
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<SubPartner> adapter = new TypeAdapter<SubPartner>() {
        @Override
        public void write(JsonWriter out, SubPartner value) throws IOException {
          out.beginObject();
          if (value.orgId != null) {
            out.name(SERIALIZED_NAME_ORG_ID);
            orgIdAdapter.write(out, value.orgId);
          }
          if (value.subscriptionId != null) {
            out.name(SERIALIZED_NAME_SUBSCRIPTION_ID);
            subscriptionIdAdapter.write(out, value.subscriptionId);
          }
          if (value.provisioningState != null) {
            out.name(SERIALIZED_NAME_PROVISIONING_STATE);
            provisioningStateAdapter.write(out, value.provisioningState);
          }
          if (value.created != null) {
            out.name(SERIALIZED_NAME_CREATED);
            createdAdapter.write(out, value.created);
          }
          if (value.billingStartDate != null) {
            out.name(SERIALIZED_NAME_BILLING_START_DATE);
            billingStartDateAdapter.write(out, value.billingStartDate);
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
        public SubPartner read(JsonReader in) throws IOException {
          SubPartner value = new SubPartner();
          try {
            in.beginObject();
            while (in.hasNext()) {
              String name = in.nextName();
              switch (name) {
                case SERIALIZED_NAME_ORG_ID:
                  value.orgId = orgIdAdapter.read(in);
                  break;
                case SERIALIZED_NAME_SUBSCRIPTION_ID:
                  value.subscriptionId = subscriptionIdAdapter.read(in);
                  break;
                case SERIALIZED_NAME_PROVISIONING_STATE:
                  value.provisioningState = provisioningStateAdapter.read(in);
                  break;
                case SERIALIZED_NAME_CREATED:
                  value.created = createdAdapter.read(in);
                  break;
                case SERIALIZED_NAME_BILLING_START_DATE:
                  value.billingStartDate = billingStartDateAdapter.read(in);
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

