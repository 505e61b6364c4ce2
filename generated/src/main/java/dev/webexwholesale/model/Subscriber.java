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
import dev.webexwholesale.model.SubscriberStatus;
import dev.webexwholesale.model.WholesalePackagesSubscriber;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Subscriber
 *
 * <p>Fields the spec does not define are kept in {@link #getAdditionalProperties()} and
 * written back on encode, so a read-modify-write never drops what Webex sent.
 */
@JsonAdapter(Subscriber.UnknownFieldsAdapterFactory.class)
public class Subscriber {
  /** The JSON name of {@code id}. */
  public static final String SERIALIZED_NAME_ID = "id";
  @SerializedName(SERIALIZED_NAME_ID)
  private String id;

  /** The JSON name of {@code personId}. */
  public static final String SERIALIZED_NAME_PERSON_ID = "personId";
  @SerializedName(SERIALIZED_NAME_PERSON_ID)
  private String personId;

  /** The JSON name of {@code email}. */
  public static final String SERIALIZED_NAME_EMAIL = "email";
  @SerializedName(SERIALIZED_NAME_EMAIL)
  private String email;

  /** The JSON name of {@code customerId}. */
  public static final String SERIALIZED_NAME_CUSTOMER_ID = "customerId";
  @SerializedName(SERIALIZED_NAME_CUSTOMER_ID)
  private String customerId;

  /** The JSON name of {@code externalCustomerId}. */
  public static final String SERIALIZED_NAME_EXTERNAL_CUSTOMER_ID = "externalCustomerId";
  @SerializedName(SERIALIZED_NAME_EXTERNAL_CUSTOMER_ID)
  private String externalCustomerId;

  /** The JSON name of {@code package}. */
  public static final String SERIALIZED_NAME_PACKAGE = "package";
  @SerializedName(SERIALIZED_NAME_PACKAGE)
  private WholesalePackagesSubscriber _package;

  /** The JSON name of {@code packages}. */
  public static final String SERIALIZED_NAME_PACKAGES = "packages";
  @SerializedName(SERIALIZED_NAME_PACKAGES)
  private List<WholesalePackagesSubscriber> packages;

  /** The JSON name of {@code status}. */
  public static final String SERIALIZED_NAME_STATUS = "status";
  @SerializedName(SERIALIZED_NAME_STATUS)
  private SubscriberStatus status;

  /** The JSON name of {@code errors}. */
  public static final String SERIALIZED_NAME_ERRORS = "errors";
  @SerializedName(SERIALIZED_NAME_ERRORS)
  private List<ErrorDetail> errors;

  /** The JSON name of {@code created}. */
  public static final String SERIALIZED_NAME_CREATED = "created";
  @SerializedName(SERIALIZED_NAME_CREATED)
  private OffsetDateTime created;

  /** The JSON name of {@code lastStatusChange}. */
  public static final String SERIALIZED_NAME_LAST_STATUS_CHANGE = "lastStatusChange";
  @SerializedName(SERIALIZED_NAME_LAST_STATUS_CHANGE)
  private OffsetDateTime lastStatusChange;

  private static final Set<String> SERIALIZED_NAMES = Set.of(SERIALIZED_NAME_ID, SERIALIZED_NAME_PERSON_ID, SERIALIZED_NAME_EMAIL, SERIALIZED_NAME_CUSTOMER_ID, SERIALIZED_NAME_EXTERNAL_CUSTOMER_ID, SERIALIZED_NAME_PACKAGE, SERIALIZED_NAME_PACKAGES, SERIALIZED_NAME_STATUS, SERIALIZED_NAME_ERRORS, SERIALIZED_NAME_CREATED, SERIALIZED_NAME_LAST_STATUS_CHANGE);

  /** Fields the spec does not define, in the order received; never serialised by reflection. */
  private transient Map<String, JsonElement> additionalProperties;

  /** An empty Subscriber: every field unset (null fields are not sent). */
  public Subscriber() {
  }

  /**
   * Sets {@code id}: The subscriber&#39;s unique Cisco identifier.
   *
   * @param id the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Subscriber id(String id) {
    this.id = id;
    return this;
  }

  /**
   * The subscriber&#39;s unique Cisco identifier.
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
   * Sets {@code personId}: The subscriber&#39;s ID in the /v1/people API.
   *
   * @param personId the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Subscriber personId(String personId) {
    this.personId = personId;
    return this;
  }

  /**
   * The subscriber&#39;s ID in the /v1/people API.
   *
   * @return the {@code personId} value as received or set, or null when absent
   */
  public String getPersonId() {
    return personId;
  }

  /**
   * Sets {@code personId}.
   *
   * @param personId the value, or null to leave the field out
   */
  public void setPersonId(String personId) {
    this.personId = personId;
  }

  /**
   * Sets {@code email}: The email address of the subscriber.
   *
   * @param email the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Subscriber email(String email) {
    this.email = email;
    return this;
  }

  /**
   * The email address of the subscriber.
   *
   * @return the {@code email} value as received or set, or null when absent
   */
  public String getEmail() {
    return email;
  }

  /**
   * Sets {@code email}.
   *
   * @param email the value, or null to leave the field out
   */
  public void setEmail(String email) {
    this.email = email;
  }

  /**
   * Sets {@code customerId}: The encoded ID of the customer the subscriber belongs to.
   *
   * @param customerId the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Subscriber customerId(String customerId) {
    this.customerId = customerId;
    return this;
  }

  /**
   * The encoded ID of the customer the subscriber belongs to.
   *
   * @return the {@code customerId} value as received or set, or null when absent
   */
  public String getCustomerId() {
    return customerId;
  }

  /**
   * Sets {@code customerId}.
   *
   * @param customerId the value, or null to leave the field out
   */
  public void setCustomerId(String customerId) {
    this.customerId = customerId;
  }

  /**
   * Sets {@code externalCustomerId}: The external ID of the customer, as provided by the Service Provider.
   *
   * @param externalCustomerId the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Subscriber externalCustomerId(String externalCustomerId) {
    this.externalCustomerId = externalCustomerId;
    return this;
  }

  /**
   * The external ID of the customer, as provided by the Service Provider.
   *
   * @return the {@code externalCustomerId} value as received or set, or null when absent
   */
  public String getExternalCustomerId() {
    return externalCustomerId;
  }

  /**
   * Sets {@code externalCustomerId}.
   *
   * @param externalCustomerId the value, or null to leave the field out
   */
  public void setExternalCustomerId(String externalCustomerId) {
    this.externalCustomerId = externalCustomerId;
  }

  /**
   * Sets {@code package}: The subscriber&#39;s package. Webex is retiring this field: read &#x60;packages&#x60;.
   *
   * @param _package the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Subscriber _package(WholesalePackagesSubscriber _package) {
    this._package = _package;
    return this;
  }

  /**
   * The subscriber&#39;s package. Webex is retiring this field: read &#x60;packages&#x60;.
   *
   * @return the {@code package} value as received or set, or null when absent
   */
  public WholesalePackagesSubscriber getPackage() {
    return _package;
  }

  /**
   * Sets {@code package}.
   *
   * @param _package the value, or null to leave the field out
   */
  public void setPackage(WholesalePackagesSubscriber _package) {
    this._package = _package;
  }

  /**
   * Sets {@code packages}: The complete list of Webex Wholesale packages assigned to the subscriber.
   *
   * @param packages the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Subscriber packages(List<WholesalePackagesSubscriber> packages) {
    this.packages = packages;
    return this;
  }

  /**
   * Adds one element to {@code packages}, creating the list when it is unset.
   *
   * @param packagesItem the element to add
   * @return this object, for chaining
   */
  public Subscriber addPackagesItem(WholesalePackagesSubscriber packagesItem) {
    if (this.packages == null) {
      this.packages = new ArrayList<>();
    }
    this.packages.add(packagesItem);
    return this;
  }

  /**
   * The complete list of Webex Wholesale packages assigned to the subscriber.
   *
   * @return the {@code packages} value as received or set, or null when absent
   */
  public List<WholesalePackagesSubscriber> getPackages() {
    return packages;
  }

  /**
   * Sets {@code packages}.
   *
   * @param packages the value, or null to leave the field out
   */
  public void setPackages(List<WholesalePackagesSubscriber> packages) {
    this.packages = packages;
  }

  /**
   * Sets {@code status}.
   *
   * @param status the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Subscriber status(SubscriberStatus status) {
    this.status = status;
    return this;
  }

  /**
   * The {@code status} field.
   *
   * @return the {@code status} value as received or set, or null when absent
   */
  public SubscriberStatus getStatus() {
    return status;
  }

  /**
   * Sets {@code status}.
   *
   * @param status the value, or null to leave the field out
   */
  public void setStatus(SubscriberStatus status) {
    this.status = status;
  }

  /**
   * Sets {@code errors}: The errors of the last attempt to provision or update the subscriber.
   *
   * @param errors the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Subscriber errors(List<ErrorDetail> errors) {
    this.errors = errors;
    return this;
  }

  /**
   * Adds one element to {@code errors}, creating the list when it is unset.
   *
   * @param errorsItem the element to add
   * @return this object, for chaining
   */
  public Subscriber addErrorsItem(ErrorDetail errorsItem) {
    if (this.errors == null) {
      this.errors = new ArrayList<>();
    }
    this.errors.add(errorsItem);
    return this;
  }

  /**
   * The errors of the last attempt to provision or update the subscriber.
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
   * Sets {@code created}: When the subscriber was provisioned.
   *
   * @param created the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Subscriber created(OffsetDateTime created) {
    this.created = created;
    return this;
  }

  /**
   * When the subscriber was provisioned.
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
   * Sets {@code lastStatusChange}: When the subscriber&#39;s provisioning status last changed.
   *
   * @param lastStatusChange the value, or null to leave the field out
   * @return this object, for chaining
   */
  public Subscriber lastStatusChange(OffsetDateTime lastStatusChange) {
    this.lastStatusChange = lastStatusChange;
    return this;
  }

  /**
   * When the subscriber&#39;s provisioning status last changed.
   *
   * @return the {@code lastStatusChange} value as received or set, or null when absent
   */
  public OffsetDateTime getLastStatusChange() {
    return lastStatusChange;
  }

  /**
   * Sets {@code lastStatusChange}.
   *
   * @param lastStatusChange the value, or null to leave the field out
   */
  public void setLastStatusChange(OffsetDateTime lastStatusChange) {
    this.lastStatusChange = lastStatusChange;
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
  public Subscriber putAdditionalProperty(String name, JsonElement value) {
    if (SERIALIZED_NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a defined field of Subscriber");
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
    Subscriber other = (Subscriber) o;
    return Objects.equals(this.id, other.id) &&
        Objects.equals(this.personId, other.personId) &&
        Objects.equals(this.email, other.email) &&
        Objects.equals(this.customerId, other.customerId) &&
        Objects.equals(this.externalCustomerId, other.externalCustomerId) &&
        Objects.equals(this._package, other._package) &&
        Objects.equals(this.packages, other.packages) &&
        Objects.equals(this.status, other.status) &&
        Objects.equals(this.errors, other.errors) &&
        Objects.equals(this.created, other.created) &&
        Objects.equals(this.lastStatusChange, other.lastStatusChange) &&
        getAdditionalProperties().equals(other.getAdditionalProperties());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, personId, email, customerId, externalCustomerId, _package, packages, status, errors, created, lastStatusChange, getAdditionalProperties());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Subscriber{");
    sb.append("id=").append(id);
    sb.append(", personId=").append(personId);
    sb.append(", email=").append(email);
    sb.append(", customerId=").append(customerId);
    sb.append(", externalCustomerId=").append(externalCustomerId);
    sb.append(", _package=").append(_package);
    sb.append(", packages=").append(packages);
    sb.append(", status=").append(status);
    sb.append(", errors=").append(errors);
    sb.append(", created=").append(created);
    sb.append(", lastStatusChange=").append(lastStatusChange);
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
      if (!Subscriber.class.equals(type.getRawType())) {
        return null;
      }
      TypeAdapter<String> idAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> personIdAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> emailAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> customerIdAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<String> externalCustomerIdAdapter = gson.getAdapter(new TypeToken<String>() { });
      TypeAdapter<WholesalePackagesSubscriber> _packageAdapter = gson.getAdapter(new TypeToken<WholesalePackagesSubscriber>() { });
      TypeAdapter<List<WholesalePackagesSubscriber>> packagesAdapter = gson.getAdapter(new TypeToken<List<WholesalePackagesSubscriber>>() { });
      TypeAdapter<SubscriberStatus> statusAdapter = gson.getAdapter(new TypeToken<SubscriberStatus>() { });
      TypeAdapter<List<ErrorDetail>> errorsAdapter = gson.getAdapter(new TypeToken<List<ErrorDetail>>() { });
      TypeAdapter<OffsetDateTime> createdAdapter = gson.getAdapter(new TypeToken<OffsetDateTime>() { });
      TypeAdapter<OffsetDateTime> lastStatusChangeAdapter = gson.getAdapter(new TypeToken<OffsetDateTime>() { });
      TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
      TypeAdapter<Subscriber> adapter = new TypeAdapter<Subscriber>() {
        @Override
        public void write(JsonWriter out, Subscriber value) throws IOException {
          out.beginObject();
          if (value.id != null) {
            out.name(SERIALIZED_NAME_ID);
            idAdapter.write(out, value.id);
          }
          if (value.personId != null) {
            out.name(SERIALIZED_NAME_PERSON_ID);
            personIdAdapter.write(out, value.personId);
          }
          if (value.email != null) {
            out.name(SERIALIZED_NAME_EMAIL);
            emailAdapter.write(out, value.email);
          }
          if (value.customerId != null) {
            out.name(SERIALIZED_NAME_CUSTOMER_ID);
            customerIdAdapter.write(out, value.customerId);
          }
          if (value.externalCustomerId != null) {
            out.name(SERIALIZED_NAME_EXTERNAL_CUSTOMER_ID);
            externalCustomerIdAdapter.write(out, value.externalCustomerId);
          }
          if (value._package != null) {
            out.name(SERIALIZED_NAME_PACKAGE);
            _packageAdapter.write(out, value._package);
          }
          if (value.packages != null) {
            out.name(SERIALIZED_NAME_PACKAGES);
            packagesAdapter.write(out, value.packages);
          }
          if (value.status != null) {
            out.name(SERIALIZED_NAME_STATUS);
            statusAdapter.write(out, value.status);
          }
          if (value.errors != null) {
            out.name(SERIALIZED_NAME_ERRORS);
            errorsAdapter.write(out, value.errors);
          }
          if (value.created != null) {
            out.name(SERIALIZED_NAME_CREATED);
            createdAdapter.write(out, value.created);
          }
          if (value.lastStatusChange != null) {
            out.name(SERIALIZED_NAME_LAST_STATUS_CHANGE);
            lastStatusChangeAdapter.write(out, value.lastStatusChange);
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
        public Subscriber read(JsonReader in) throws IOException {
          Subscriber value = new Subscriber();
          try {
            in.beginObject();
            while (in.hasNext()) {
              String name = in.nextName();
              switch (name) {
                case SERIALIZED_NAME_ID:
                  value.id = idAdapter.read(in);
                  break;
                case SERIALIZED_NAME_PERSON_ID:
                  value.personId = personIdAdapter.read(in);
                  break;
                case SERIALIZED_NAME_EMAIL:
                  value.email = emailAdapter.read(in);
                  break;
                case SERIALIZED_NAME_CUSTOMER_ID:
                  value.customerId = customerIdAdapter.read(in);
                  break;
                case SERIALIZED_NAME_EXTERNAL_CUSTOMER_ID:
                  value.externalCustomerId = externalCustomerIdAdapter.read(in);
                  break;
                case SERIALIZED_NAME_PACKAGE:
                  value._package = _packageAdapter.read(in);
                  break;
                case SERIALIZED_NAME_PACKAGES:
                  value.packages = packagesAdapter.read(in);
                  break;
                case SERIALIZED_NAME_STATUS:
                  value.status = statusAdapter.read(in);
                  break;
                case SERIALIZED_NAME_ERRORS:
                  value.errors = errorsAdapter.read(in);
                  break;
                case SERIALIZED_NAME_CREATED:
                  value.created = createdAdapter.read(in);
                  break;
                case SERIALIZED_NAME_LAST_STATUS_CHANGE:
                  value.lastStatusChange = lastStatusChangeAdapter.read(in);
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

