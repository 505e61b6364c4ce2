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
import com.google.gson.annotations.SerializedName;

/**
 * The provisioning status of the customer.  * &#x60;provisioned&#x60; - Customer is fully provisioned on Cisco Webex.  * &#x60;provisioned_with_errors&#x60; - Customer is provisioned with errors.  * &#x60;provisioning&#x60; - Customer is provisioning.  * &#x60;updating&#x60; - Customer is updating.  * &#x60;deleting&#x60; - Customer is being deleted.  * &#x60;error&#x60; - An error occurred provisioning the customer on Cisco Webex.  * &#x60;pending_rpl_review&#x60; - The customer is pending a Denied Party List compliance check. 
 *
 * <p>An open set of values: a value this version does not list (Webex adds packages and
 * statuses over time) still decodes, keeps its raw text and encodes back unchanged; check
 * {@link #isKnown()} to tell it apart.
 */
@JsonAdapter(CustomerStatus.Adapter.class)
public final class CustomerStatus {
  /** Customer is fully provisioned on Cisco Webex. */
  public static final CustomerStatus PROVISIONED = new CustomerStatus("provisioned", true);
  /** Customer is provisioned with errors. */
  public static final CustomerStatus PROVISIONED_WITH_ERRORS = new CustomerStatus("provisioned_with_errors", true);
  /** Customer is provisioning. */
  public static final CustomerStatus PROVISIONING = new CustomerStatus("provisioning", true);
  /** Customer is updating. */
  public static final CustomerStatus UPDATING = new CustomerStatus("updating", true);
  /** Customer is being deleted. */
  public static final CustomerStatus DELETING = new CustomerStatus("deleting", true);
  /** An error occurred provisioning the customer on Cisco Webex. */
  public static final CustomerStatus ERROR = new CustomerStatus("error", true);
  /** The customer is pending a Denied Party List compliance check. */
  public static final CustomerStatus PENDING_RPL_REVIEW = new CustomerStatus("pending_rpl_review", true);

  private static final Map<String, CustomerStatus> KNOWN = index(PROVISIONED, PROVISIONED_WITH_ERRORS, PROVISIONING, UPDATING, DELETING, ERROR, PENDING_RPL_REVIEW);

  private final String value;
  private final boolean known;

  private CustomerStatus(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static Map<String, CustomerStatus> index(CustomerStatus... values) {
    Map<String, CustomerStatus> map = new LinkedHashMap<>();
    for (CustomerStatus v : values) {
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
  public static List<CustomerStatus> knownValues() {
    return List.copyOf(KNOWN.values());
  }

  /**
   * The constant for a listed value, or a new instance that keeps an unlisted one.
   *
   * @param value the raw value, not null
   * @return the matching constant, or an unlisted value
   */
  public static CustomerStatus fromValue(String value) {
    Objects.requireNonNull(value, "value");
    CustomerStatus known = KNOWN.get(value);
    return known != null ? known : new CustomerStatus(value, false);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CustomerStatus && value.equals(((CustomerStatus) o).value);
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
  public static final class Adapter extends TypeAdapter<CustomerStatus> {
    /** The adapter Gson finds through {@code @JsonAdapter}. */
    public Adapter() {
    }

    @Override
    public void write(JsonWriter out, CustomerStatus v) throws IOException {
      if (v == null) {
        out.nullValue();
      } else {
        out.value(v.value);
      }
    }

    @Override
    public CustomerStatus read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      return fromValue(in.nextString());
    }
  }
}

