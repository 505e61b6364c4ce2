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
 * The subscriber&#39;s provisioning status.  * &#x60;provisioned&#x60; - Provisioning is complete.  * &#x60;pending_user_migration&#x60; - The subscriber&#39;s active free Webex account waits for the person&#39;s consent to move into the customer&#39;s organization. 
 *
 * <p>An open set of values: a value this version does not list (Webex adds packages and
 * statuses over time) still decodes, keeps its raw text and encodes back unchanged; check
 * {@link #isKnown()} to tell it apart.
 */
@JsonAdapter(SubscriberStatus.Adapter.class)
public final class SubscriberStatus {
  /** The subscriber is fully provisioned on Cisco Webex. */
  public static final SubscriberStatus PROVISIONED = new SubscriberStatus("provisioned", true);
  /** The subscriber&#39;s active free Webex account waits for the person&#39;s consent to move into the customer&#39;s organization. */
  public static final SubscriberStatus PENDING_USER_MIGRATION = new SubscriberStatus("pending_user_migration", true);

  private static final Map<String, SubscriberStatus> KNOWN = index(PROVISIONED, PENDING_USER_MIGRATION);

  private final String value;
  private final boolean known;

  private SubscriberStatus(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static Map<String, SubscriberStatus> index(SubscriberStatus... values) {
    Map<String, SubscriberStatus> map = new LinkedHashMap<>();
    for (SubscriberStatus v : values) {
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
  public static List<SubscriberStatus> knownValues() {
    return List.copyOf(KNOWN.values());
  }

  /**
   * The constant for a listed value, or a new instance that keeps an unlisted one.
   *
   * @param value the raw value, not null
   * @return the matching constant, or an unlisted value
   */
  public static SubscriberStatus fromValue(String value) {
    Objects.requireNonNull(value, "value");
    SubscriberStatus known = KNOWN.get(value);
    return known != null ? known : new SubscriberStatus(value, false);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubscriberStatus && value.equals(((SubscriberStatus) o).value);
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
  public static final class Adapter extends TypeAdapter<SubscriberStatus> {
    /** The adapter Gson finds through {@code @JsonAdapter}. */
    public Adapter() {
    }

    @Override
    public void write(JsonWriter out, SubscriberStatus v) throws IOException {
      if (v == null) {
        out.nullValue();
      } else {
        out.value(v.value);
      }
    }

    @Override
    public SubscriberStatus read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      return fromValue(in.nextString());
    }
  }
}

