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
 * The Webex Wholesale Packages assigned to the customer.  * &#x60;common_area_calling&#x60; - Webex Common Area Calling Package.  * &#x60;webex_calling&#x60; - Webex Calling Package.  * &#x60;webex_meetings&#x60; - Webex Meetings Package.  * &#x60;webex_suite&#x60; - Webex Suite Package.  * &#x60;webex_voice&#x60; - Webex Voice Package.  * &#x60;cx_essentials&#x60; - Customer Experience Essentials Package.  * &#x60;webex_calling_standard&#x60; - Webex Calling Standard Package.  * &#x60;cisco_calling_plan&#x60; - Cisco Calling Plan Package.  * &#x60;attendant_console&#x60; - Attendant Console Package.  * &#x60;cx_premium_agent&#x60; - Contact Center Premium Agent Package.  * &#x60;cx_standard_agent&#x60; - Contact Center Standard Agent Package.  * &#x60;cx_voice_ports&#x60; - Contact Center Voice Ports Package.  * &#x60;cx_ai_assistant&#x60; - Contact Center AI Assistant Package.  * &#x60;webex_ai_agent&#x60; - Webex AI Agent Package. 
 *
 * <p>An open set of values: a value this version does not list (Webex adds packages and
 * statuses over time) still decodes, keeps its raw text and encodes back unchanged; check
 * {@link #isKnown()} to tell it apart.
 */
@JsonAdapter(WholesalePackagesCustomer.Adapter.class)
public final class WholesalePackagesCustomer {
  /** Webex Common Area Calling Package. */
  public static final WholesalePackagesCustomer COMMON_AREA_CALLING = new WholesalePackagesCustomer("common_area_calling", true);
  /** Webex Calling Package. */
  public static final WholesalePackagesCustomer WEBEX_CALLING = new WholesalePackagesCustomer("webex_calling", true);
  /** Webex Meetings Package. */
  public static final WholesalePackagesCustomer WEBEX_MEETINGS = new WholesalePackagesCustomer("webex_meetings", true);
  /** Webex Suite Package. */
  public static final WholesalePackagesCustomer WEBEX_SUITE = new WholesalePackagesCustomer("webex_suite", true);
  /** Webex Voice Package. */
  public static final WholesalePackagesCustomer WEBEX_VOICE = new WholesalePackagesCustomer("webex_voice", true);
  /** Customer Experience Essentials Package. */
  public static final WholesalePackagesCustomer CX_ESSENTIALS = new WholesalePackagesCustomer("cx_essentials", true);
  /** Webex Calling Standard Package. */
  public static final WholesalePackagesCustomer WEBEX_CALLING_STANDARD = new WholesalePackagesCustomer("webex_calling_standard", true);
  /** Cisco Calling Plan Package. */
  public static final WholesalePackagesCustomer CISCO_CALLING_PLAN = new WholesalePackagesCustomer("cisco_calling_plan", true);
  /** Attendant Console Package. */
  public static final WholesalePackagesCustomer ATTENDANT_CONSOLE = new WholesalePackagesCustomer("attendant_console", true);
  /** Contact Center Premium Agent Package. */
  public static final WholesalePackagesCustomer CX_PREMIUM_AGENT = new WholesalePackagesCustomer("cx_premium_agent", true);
  /** Contact Center Standard Agent Package. */
  public static final WholesalePackagesCustomer CX_STANDARD_AGENT = new WholesalePackagesCustomer("cx_standard_agent", true);
  /** Contact Center Voice Ports Package. */
  public static final WholesalePackagesCustomer CX_VOICE_PORTS = new WholesalePackagesCustomer("cx_voice_ports", true);
  /** Contact Center AI Assistant Package. */
  public static final WholesalePackagesCustomer CX_AI_ASSISTANT = new WholesalePackagesCustomer("cx_ai_assistant", true);
  /** Webex AI Agent Package. */
  public static final WholesalePackagesCustomer WEBEX_AI_AGENT = new WholesalePackagesCustomer("webex_ai_agent", true);

  private static final Map<String, WholesalePackagesCustomer> KNOWN = index(COMMON_AREA_CALLING, WEBEX_CALLING, WEBEX_MEETINGS, WEBEX_SUITE, WEBEX_VOICE, CX_ESSENTIALS, WEBEX_CALLING_STANDARD, CISCO_CALLING_PLAN, ATTENDANT_CONSOLE, CX_PREMIUM_AGENT, CX_STANDARD_AGENT, CX_VOICE_PORTS, CX_AI_ASSISTANT, WEBEX_AI_AGENT);

  private final String value;
  private final boolean known;

  private WholesalePackagesCustomer(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static Map<String, WholesalePackagesCustomer> index(WholesalePackagesCustomer... values) {
    Map<String, WholesalePackagesCustomer> map = new LinkedHashMap<>();
    for (WholesalePackagesCustomer v : values) {
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
  public static List<WholesalePackagesCustomer> knownValues() {
    return List.copyOf(KNOWN.values());
  }

  /**
   * The constant for a listed value, or a new instance that keeps an unlisted one.
   *
   * @param value the raw value, not null
   * @return the matching constant, or an unlisted value
   */
  public static WholesalePackagesCustomer fromValue(String value) {
    Objects.requireNonNull(value, "value");
    WholesalePackagesCustomer known = KNOWN.get(value);
    return known != null ? known : new WholesalePackagesCustomer(value, false);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WholesalePackagesCustomer && value.equals(((WholesalePackagesCustomer) o).value);
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
  public static final class Adapter extends TypeAdapter<WholesalePackagesCustomer> {
    /** The adapter Gson finds through {@code @JsonAdapter}. */
    public Adapter() {
    }

    @Override
    public void write(JsonWriter out, WholesalePackagesCustomer v) throws IOException {
      if (v == null) {
        out.nullValue();
      } else {
        out.value(v.value);
      }
    }

    @Override
    public WholesalePackagesCustomer read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      return fromValue(in.nextString());
    }
  }
}

