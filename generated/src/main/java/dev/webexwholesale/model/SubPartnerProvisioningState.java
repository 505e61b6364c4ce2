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
 * The provisioning state of the sub-partner.  * &#x60;active&#x60; - The sub-partner is active.  * &#x60;suspended&#x60; - The sub-partner is suspended. 
 *
 * <p>An open set of values: a value this version does not list (Webex adds packages and
 * statuses over time) still decodes, keeps its raw text and encodes back unchanged; check
 * {@link #isKnown()} to tell it apart.
 */
@JsonAdapter(SubPartnerProvisioningState.Adapter.class)
public final class SubPartnerProvisioningState {
  /** The sub-partner is active. */
  public static final SubPartnerProvisioningState ACTIVE = new SubPartnerProvisioningState("active", true);
  /** The sub-partner is suspended. */
  public static final SubPartnerProvisioningState SUSPENDED = new SubPartnerProvisioningState("suspended", true);

  private static final Map<String, SubPartnerProvisioningState> KNOWN = index(ACTIVE, SUSPENDED);

  private final String value;
  private final boolean known;

  private SubPartnerProvisioningState(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static Map<String, SubPartnerProvisioningState> index(SubPartnerProvisioningState... values) {
    Map<String, SubPartnerProvisioningState> map = new LinkedHashMap<>();
    for (SubPartnerProvisioningState v : values) {
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
  public static List<SubPartnerProvisioningState> knownValues() {
    return List.copyOf(KNOWN.values());
  }

  /**
   * The constant for a listed value, or a new instance that keeps an unlisted one.
   *
   * @param value the raw value, not null
   * @return the matching constant, or an unlisted value
   */
  public static SubPartnerProvisioningState fromValue(String value) {
    Objects.requireNonNull(value, "value");
    SubPartnerProvisioningState known = KNOWN.get(value);
    return known != null ? known : new SubPartnerProvisioningState(value, false);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubPartnerProvisioningState && value.equals(((SubPartnerProvisioningState) o).value);
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
  public static final class Adapter extends TypeAdapter<SubPartnerProvisioningState> {
    /** The adapter Gson finds through {@code @JsonAdapter}. */
    public Adapter() {
    }

    @Override
    public void write(JsonWriter out, SubPartnerProvisioningState v) throws IOException {
      if (v == null) {
        out.nullValue();
      } else {
        out.value(v.value);
      }
    }

    @Override
    public SubPartnerProvisioningState read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      return fromValue(in.nextString());
    }
  }
}

