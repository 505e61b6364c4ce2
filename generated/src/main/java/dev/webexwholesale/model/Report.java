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
import dev.webexwholesale.model.ReportError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A billing report and the state of its generation.
 *
 * <p>Fields the spec does not define are kept in {@link #getAdditionalProperties()} and
 * written back on encode, so a read-modify-write never drops what Webex sent.
 */
@JsonAdapter(Report.UnknownFieldsAdapterFactory.class)
public class Report {
  /** The JSON name of {@code id}. */
  public static final String SERIALIZED_NAME_ID = "id";
  @SerializedName(SERIALIZED_NAME_ID)
  private String id;

  /** The JSON name of {@code billingStartDate}. */
  public static final String SERIALIZED_NAME_BILLING_START_DATE = "billingStartDate";
  @SerializedName(SERIALIZED_NAME_BILLING_START_DATE)
  private String billingStartDate;

  /** The JSON name of {@code billingEndDate}. */
  public static final String SERIALIZED_NAME_BILLING_END_DATE = "billingEndDate";
  @SerializedName(SERIALIZED_NAME_BILLING_END_DATE)
  private String billingEndDate;

  /**
   * Whom the report details: &#x60;PARTNER&#x60;, &#x60;CUSTOMER&#x60; or &#x60;USER&#x60;.
   *
   * <p>An open set of values: a value this version does not list (Webex adds packages and
   * statuses over time) still decodes, keeps its raw text and encodes back unchanged; check
   * {@link #isKnown()} to tell it apart.
   */
  @JsonAdapter(TypeEnum.Adapter.class)
  public static final class TypeEnum {
    /** "USER" */
    public static final TypeEnum USER = new TypeEnum("USER", true);
    /** "CUSTOMER" */
    public static final TypeEnum CUSTOMER = new TypeEnum("CUSTOMER", true);
    /** "PARTNER" */
    public static final TypeEnum PARTNER = new TypeEnum("PARTNER", true);

    private static final Map<String, TypeEnum> KNOWN = index(USER, CUSTOMER, PARTNER);

    private final String value;
    private final boolean known;

    private TypeEnum(String value, boolean known) {
      this.value = value;
      this.known = known;
    }

    private static Map<String, TypeEnum> index(TypeEnum... values) {
      Map<String, TypeEnum> map = new LinkedHashMap<>();
      for (TypeEnum v : values) {
        map.put(v.value, v);
      }
      return Collections.unmodifiableMap(map);
    }

    /**
     * The value exactly as it appears on the wire.
     *
     * @return the raw value
     */
    public String getValue() {
      return value;
    }

    /**
     * Whether the value is one this version of the spec lists.
     *
     * @return true for a listed value, false for one Webex added since
     */
    public boolean isKnown() {
      return known;
    }

    /**
     * The values this version of the spec lists, in spec order.
     *
     * @return the listed values
     */
    public static List<TypeEnum> knownValues() {
      return List.copyOf(KNOWN.values());
    }

    /**
     * The constant for a listed value, or a new instance that keeps an unlisted one.
     *
     * @param value the raw value, not null
     * @return the matching constant, or an unlisted value
     */
    public static TypeEnum fromValue(String value) {
      Objects.requireNonNull(value, "value");
      TypeEnum known = KNOWN.get(value);
      return known != null ? known : new TypeEnum(value, false);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof TypeEnum && value.equals(((TypeEnum) o).value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public String toString() {
      return value;
    }

    /** Gson adapter: reads any string, writes the raw value. */
    public static final class Adapter extends TypeAdapter<TypeEnum> {
      /** The adapter Gson finds through {@code @JsonAdapter}. */
      public Adapter() {
      }

      @Override
      public void write(JsonWriter out, TypeEnum v) throws IOException {
        if (v == null) {
          out.nullValue();
        } else {
          out.value(v.value);
        }
      }

      @Override
      public TypeEnum read(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
          in.nextNull();
          return null;
        }
        return fromValue(in.nextString());
      }
    }
  }

  /** The JSON name of {@code type}. */
  public static final String SERIALIZED_NAME_TYPE = "type";
  @SerializedName(SERIALIZED_NAME_TYPE)
  private TypeEnum type;

  /**
   * &#x60;RECONCILIATION&#x60;: usage per partner, customer or user over the billing period. &#x60;POINT_IN_TIME&#x60;: the package allocations of the moment, per customer or user, to check provisioning against orders.
   *
   * <p>An open set of values: a value this version does not list (Webex adds packages and
   * statuses over time) still decodes, keeps its raw text and encodes back unchanged; check
   * {@link #isKnown()} to tell it apart.
   */
  @JsonAdapter(CategoryEnum.Adapter.class)
  public static final class CategoryEnum {
    /** "RECONCILIATION" */
    public static final CategoryEnum RECONCILIATION = new CategoryEnum("RECONCILIATION", true);
    /** "POINT_IN_TIME" */
    public static final CategoryEnum POINT_IN_TIME = new CategoryEnum("POINT_IN_TIME", true);

    private static final Map<String, CategoryEnum> KNOWN = index(RECONCILIATION, POINT_IN_TIME);

    private final String value;
    private final boolean known;

    private CategoryEnum(String value, boolean known) {
      this.value = value;
      this.known = known;
    }

    private static Map<String, CategoryEnum> index(CategoryEnum... values) {
      Map<String, CategoryEnum> map = new LinkedHashMap<>();
      for (CategoryEnum v : values) {
        map.put(v.value, v);
      }
      return Collections.unmodifiableMap(map);
    }

    /**
     * The value exactly as it appears on the wire.
     *
     * @return the raw value
     */
    public String getValue() {
      return value;
    }

    /**
     * Whether the value is one this version of the spec lists.
     *
     * @return true for a listed value, false for one Webex added since
     */
    public boolean isKnown() {
      return known;
    }

    /**
     * The values this version of the spec lists, in spec order.
     *
     * @return the listed values
     */
    public static List<CategoryEnum> knownValues() {
      return List.copyOf(KNOWN.values());
    }

    /**
     * The constant for a listed value, or a new instance that keeps an unlisted one.
     *
     * @param value the raw value, not null
     * @return the matching constant, or an unlisted value
     */
    public static CategoryEnum fromValue(String value) {
      Objects.requireNonNull(value, "value");
      CategoryEnum known = KNOWN.get(value);
      return known != null ? known : new CategoryEnum(value, false);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof CategoryEnum && value.equals(((CategoryEnum) o).value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public String toString() {
      return value;
    }

    /** Gson adapter: reads any string, writes the raw value. */
    public static final class Adapter extends TypeAdapter<CategoryEnum> {
      /** The adapter Gson finds through {@code @JsonAdapter}. */
      public Adapter() {
      }

      @Override
      public void write(JsonWriter out, CategoryEnum v) throws IOException {
        if (v == null) {
          out.nullValue();
        } else {
          out.value(v.value);
        }
      }

      @Override
      public CategoryEnum read(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
          in.nextNull();
          return null;
        }
        return fromValue(in.nextString());
      }
    }
  }

  /** The JSON name of {@code category}. */
  public static final String SERIALIZED_NAME_CATEGORY = "category";
  @SerializedName(SERIALIZED_NAME_CATEGORY)
  private CategoryEnum category;

  /** The JSON name of {@code created}. */
  public static final String SERIALIZED_NAME_CREATED = "created";
  @SerializedName(SERIALIZED_NAME_CREATED)
  private String created;

  /** The JSON name of {@code createdBy}. */
  public static final String SERIALIZED_NAME_CREATED_BY = "createdBy";
  @SerializedName(SERIALIZED_NAME_CREATED_BY)
  private String createdBy;

  /**
   * Generation state: &#x60;IN_PROGRESS&#x60;, then &#x60;COMPLETED&#x60; or &#x60;FAILED&#x60;.
   *
   * <p>An open set of values: a value this version does not list (Webex adds packages and
   * statuses over time) still decodes, keeps its raw text and encodes back unchanged; check
   * {@link #isKnown()} to tell it apart.
   */
  @JsonAdapter(StatusEnum.Adapter.class)
  public static final class StatusEnum {
    /** "IN_PROGRESS" */
    public static final StatusEnum IN_PROGRESS = new StatusEnum("IN_PROGRESS", true);
    /** "COMPLETED" */
    public static final StatusEnum COMPLETED = new StatusEnum("COMPLETED", true);
    /** "FAILED" */
    public static final StatusEnum FAILED = new StatusEnum("FAILED", true);

    private static final Map<String, StatusEnum> KNOWN = index(IN_PROGRESS, COMPLETED, FAILED);

    private final String value;
    private final boolean known;

    private StatusEnum(String value, boolean known) {
      this.value = value;
      this.known = known;
    }

    private static Map<String, StatusEnum> index(StatusEnum... values) {
      Map<String, StatusEnum> map = new LinkedHashMap<>();
      for (StatusEnum v : values) {
        map.put(v.value, v);
      }
      return Collections.unmodifiableMap(map);
    }

    /**
     * The value exactly as it appears on the wire.
     *
     * @return the raw value
     */
    public String getValue() {
      return value;
    }

    /**
     * Whether the value is one this version of the spec lists.
     *
     * @return true for a listed value, false for one Webex added since
     */
    public boolean isKnown() {
      return known;
    }

    /**
     * The values this version of the spec lists, in spec order.
     *
     * @return the listed values
     */
    public static List<StatusEnum> knownValues() {
      return List.copyOf(KNOWN.values());
    }

    /**
     * The constant for a listed value, or a new instance that keeps an unlisted one.
     *
     * @param value the raw value, not null
     * @return the matching constant, or an unlisted value
     */
    public static StatusEnum fromValue(String value) {
      Objects.requireNonNull(value, "value");
      StatusEnum known = KNOWN.get(value);
      return known != null ? known : new StatusEnum(value, false);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof StatusEnum && value.equals(((StatusEnum) o).value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public String toString() {
      return value;
    }

    /** Gson adapter: reads any string, writes the raw value. */
    public static final class Adapter extends TypeAdapter<StatusEnum> {
      /** The adapter Gson finds through {@code @JsonAdapter}. */
      public Adapter() {
      }

      @Override
      public void write(JsonWriter out, StatusEnum v) throws IOException {
        if (v == null) {
          out.nullValue();
        } else {
          out.value(v.value);
        }
      }

      @Override
      public StatusEnum read(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
          in.nextNull();
          return null;
        }
        return fromValue(in.nextString());
      }
    }
  }

  /** The JSON name of {@code status}. */
  public static final String SERIALIZED_NAME_STATUS = "status";
  @SerializedName(SERIALIZED_NAME_STATUS)
  private StatusEnum status;

  /** The JSON name of {@code tempDownloadURL}. */
  public static final String SERIALIZED_NAME_TEMP_DOWNLOAD_U_R_L = "tempDownloadURL";
  @SerializedName(SERIALIZED_NAME_TEMP_DOWNLOAD_U_R_L)
  private String tempDownloadURL;

  /** The JSON name of {@code errors}. */
  public static final String SERIALIZED_NAME_ERRORS = "errors";
  @SerializedName(SERIALIZED_NAME_ERRORS)
  private List<ReportError> errors;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_ID, SERIALIZED_NAME_BILLING_START_DATE, SERIALIZED_NAME_BILLING_END_DATE, SERIALIZED_NAME_TYPE, SERIALIZED_NAME_CATEGORY, SERIALIZED_NAME_CREATED, SERIALIZED_NAME_CREATED_BY, SERIALIZED_NAME_STATUS, SERIALIZED_NAME_TEMP_DOWNLOAD_U_R_L, SERIALIZED_NAME_ERRORS);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  /** An empty Report: every field unset (null fields are not sent). */
  public Report() {
  }

  /**
   * Sets {@code id}: The report&#39;s unique ID.
   *
   * @param id the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Report id(String id) {
    this.id = id;
    return this;
  }

  /**
   * The report&#39;s unique ID.
   *
   * @return the {@code id} value as received or set, or null when absent
   */
  public String getId() {
    return id;
  }

  /**
   * Sets {@code id}.
   *
   * @param id the value, or null to leave the field out
   */
  public void setId(String id) {
    this.id = id;
  }

  /**
   * Sets {@code billingStartDate}: The first day of the billing period, &#x60;YYYY-MM-DD&#x60;.
   *
   * @param billingStartDate the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Report billingStartDate(String billingStartDate) {
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
  public Report billingEndDate(String billingEndDate) {
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
   * Sets {@code type}: Whom the report details: &#x60;PARTNER&#x60;, &#x60;CUSTOMER&#x60; or &#x60;USER&#x60;.
   *
   * @param type the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Report type(TypeEnum type) {
    this.type = type;
    return this;
  }

  /**
   * Whom the report details: &#x60;PARTNER&#x60;, &#x60;CUSTOMER&#x60; or &#x60;USER&#x60;.
   *
   * @return the {@code type} value as received or set, or null when absent
   */
  public TypeEnum getType() {
    return type;
  }

  /**
   * Sets {@code type}.
   *
   * @param type the value, or null to leave the field out
   */
  public void setType(TypeEnum type) {
    this.type = type;
  }

  /**
   * Sets {@code category}: &#x60;RECONCILIATION&#x60;: usage per partner, customer or user over the billing period. &#x60;POINT_IN_TIME&#x60;: the package allocations of the moment, per customer or user, to check provisioning against orders.
   *
   * @param category the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Report category(CategoryEnum category) {
    this.category = category;
    return this;
  }

  /**
   * &#x60;RECONCILIATION&#x60;: usage per partner, customer or user over the billing period. &#x60;POINT_IN_TIME&#x60;: the package allocations of the moment, per customer or user, to check provisioning against orders.
   *
   * @return the {@code category} value as received or set, or null when absent
   */
  public CategoryEnum getCategory() {
    return category;
  }

  /**
   * Sets {@code category}.
   *
   * @param category the value, or null to leave the field out
   */
  public void setCategory(CategoryEnum category) {
    this.category = category;
  }

  /**
   * Sets {@code created}: When the report was requested.
   *
   * @param created the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Report created(String created) {
    this.created = created;
    return this;
  }

  /**
   * When the report was requested.
   *
   * @return the {@code created} value as received or set, or null when absent
   */
  public String getCreated() {
    return created;
  }

  /**
   * Sets {@code created}.
   *
   * @param created the value, or null to leave the field out
   */
  public void setCreated(String created) {
    this.created = created;
  }

  /**
   * Sets {@code createdBy}: Who requested the report.
   *
   * @param createdBy the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Report createdBy(String createdBy) {
    this.createdBy = createdBy;
    return this;
  }

  /**
   * Who requested the report.
   *
   * @return the {@code createdBy} value as received or set, or null when absent
   */
  public String getCreatedBy() {
    return createdBy;
  }

  /**
   * Sets {@code createdBy}.
   *
   * @param createdBy the value, or null to leave the field out
   */
  public void setCreatedBy(String createdBy) {
    this.createdBy = createdBy;
  }

  /**
   * Sets {@code status}: Generation state: &#x60;IN_PROGRESS&#x60;, then &#x60;COMPLETED&#x60; or &#x60;FAILED&#x60;.
   *
   * @param status the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Report status(StatusEnum status) {
    this.status = status;
    return this;
  }

  /**
   * Generation state: &#x60;IN_PROGRESS&#x60;, then &#x60;COMPLETED&#x60; or &#x60;FAILED&#x60;.
   *
   * @return the {@code status} value as received or set, or null when absent
   */
  public StatusEnum getStatus() {
    return status;
  }

  /**
   * Sets {@code status}.
   *
   * @param status the value, or null to leave the field out
   */
  public void setStatus(StatusEnum status) {
    this.status = status;
  }

  /**
   * Sets {@code tempDownloadURL}: When &#x60;COMPLETED&#x60;: a signed, expiring link to the report&#39;s CSV file on another Webex host. The link is a secret, never receives the Webex token, and is renewed by reading the report again.
   *
   * @param tempDownloadURL the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Report tempDownloadURL(String tempDownloadURL) {
    this.tempDownloadURL = tempDownloadURL;
    return this;
  }

  /**
   * When &#x60;COMPLETED&#x60;: a signed, expiring link to the report&#39;s CSV file on another Webex host. The link is a secret, never receives the Webex token, and is renewed by reading the report again.
   *
   * @return the {@code tempDownloadURL} value as received or set, or null when absent
   */
  public String getTempDownloadURL() {
    return tempDownloadURL;
  }

  /**
   * Sets {@code tempDownloadURL}.
   *
   * @param tempDownloadURL the value, or null to leave the field out
   */
  public void setTempDownloadURL(String tempDownloadURL) {
    this.tempDownloadURL = tempDownloadURL;
  }

  /**
   * Sets {@code errors}: When &#x60;FAILED&#x60;: the problems met after the request was accepted.
   *
   * @param errors the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Report errors(List<ReportError> errors) {
    this.errors = errors;
    return this;
  }

  /**
   * Adds one element to {@code errors}, creating the list when it is unset.
   *
   * @param errorsItem the element to add
   * @return this object, for chaining
   */
  public Report addErrorsItem(ReportError errorsItem) {
    if (this.errors == null) {
      this.errors = new ArrayList<>();
    }
    this.errors.add(errorsItem);
    return this;
  }

  /**
   * When &#x60;FAILED&#x60;: the problems met after the request was accepted.
   *
   * @return the {@code errors} value as received or set, or null when absent
   */
  public List<ReportError> getErrors() {
    return errors;
  }

  /**
   * Sets {@code errors}.
   *
   * @param errors the value, or null to leave the field out
   */
  public void setErrors(List<ReportError> errors) {
    this.errors = errors;
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
  public Report putAdditionalProperty(String name, JsonElement value) {
    if (SERIALIZED_NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a defined field of Report");
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
    Report other = (Report) o;
    return Objects.equals(this.id, other.id) &&
        Objects.equals(this.billingStartDate, other.billingStartDate) &&
        Objects.equals(this.billingEndDate, other.billingEndDate) &&
        Objects.equals(this.type, other.type) &&
        Objects.equals(this.category, other.category) &&
        Objects.equals(this.created, other.created) &&
        Objects.equals(this.createdBy, other.createdBy) &&
        Objects.equals(this.status, other.status) &&
        Objects.equals(this.tempDownloadURL, other.tempDownloadURL) &&
        Objects.equals(this.errors, other.errors) &&
        getAdditionalProperties().equals(other.getAdditionalProperties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, billingStartDate, billingEndDate, type, category, created, createdBy, status, tempDownloadURL, errors, getAdditionalProperties());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Report{");
    sb.append("id=").append(id);
    sb.append(", billingStartDate=").append(billingStartDate);
    sb.append(", billingEndDate=").append(billingEndDate);
    sb.append(", type=").append(type);
    sb.append(", category=").append(category);
    sb.append(", created=").append(created);
    sb.append(", createdBy=").append(createdBy);
    sb.append(", status=").append(status);
    // x-webex-secret-query: the query grants access (a signed URL); never print it
    sb.append(", tempDownloadURL=").append(tempDownloadURL == null ? null : tempDownloadURL.replaceFirst("[?#].*", "?(query redacted)"));
    sb.append(", errors=").append(errors);
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
      if (!Report.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<String> idAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> billingStartDateAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> billingEndDateAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<TypeEnum> typeAdapter = gson.getAdapter(new TypeToken<TypeEnum>() { });
      TypeAdapter<CategoryEnum> categoryAdapter = gson.getAdapter(new TypeToken<CategoryEnum>() { });
      TypeAdapter<String> createdAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> createdByAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<StatusEnum> statusAdapter = gson.getAdapter(new TypeToken<StatusEnum>() { });
      TypeAdapter<String> tempDownloadURLAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<List<ReportError>> errorsAdapter = gson.getAdapter(new TypeToken<List<ReportError>>() { });
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<Report> adapter = new TypeAdapter<Report>() {
        @Override
        public void write(JsonWriter out, Report value) throws IOException {
          out.beginObject();
          if (value.id != null) {
            out.name(SERIALIZED_NAME_ID);
            idAdapter.write(out, value.id);
          }
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
          if (value.category != null) {
            out.name(SERIALIZED_NAME_CATEGORY);
            categoryAdapter.write(out, value.category);
          }
          if (value.created != null) {
            out.name(SERIALIZED_NAME_CREATED);
            createdAdapter.write(out, value.created);
          }
          if (value.createdBy != null) {
            out.name(SERIALIZED_NAME_CREATED_BY);
            createdByAdapter.write(out, value.createdBy);
          }
          if (value.status != null) {
            out.name(SERIALIZED_NAME_STATUS);
            statusAdapter.write(out, value.status);
          }
          if (value.tempDownloadURL != null) {
            out.name(SERIALIZED_NAME_TEMP_DOWNLOAD_U_R_L);
            tempDownloadURLAdapter.write(out, value.tempDownloadURL);
          }
          if (value.errors != null) {
            out.name(SERIALIZED_NAME_ERRORS);
            errorsAdapter.write(out, value.errors);
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
        public Report read(JsonReader in) throws IOException {
          Report value = new Report();
          try {
            in.beginObject();
            while (in.hasNext()) {
              String name = in.nextName();
              switch (name) {
                case SERIALIZED_NAME_ID:
                  value.id = idAdapter.read(in);
                  break;
                case SERIALIZED_NAME_BILLING_START_DATE:
                  value.billingStartDate = billingStartDateAdapter.read(in);
                  break;
                case SERIALIZED_NAME_BILLING_END_DATE:
                  value.billingEndDate = billingEndDateAdapter.read(in);
                  break;
                case SERIALIZED_NAME_TYPE:
                  value.type = typeAdapter.read(in);
                  break;
                case SERIALIZED_NAME_CATEGORY:
                  value.category = categoryAdapter.read(in);
                  break;
                case SERIALIZED_NAME_CREATED:
                  value.created = createdAdapter.read(in);
                  break;
                case SERIALIZED_NAME_CREATED_BY:
                  value.createdBy = createdByAdapter.read(in);
                  break;
                case SERIALIZED_NAME_STATUS:
                  value.status = statusAdapter.read(in);
                  break;
                case SERIALIZED_NAME_TEMP_DOWNLOAD_U_R_L:
                  value.tempDownloadURL = tempDownloadURLAdapter.read(in);
                  break;
                case SERIALIZED_NAME_ERRORS:
                  value.errors = errorsAdapter.read(in);
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

