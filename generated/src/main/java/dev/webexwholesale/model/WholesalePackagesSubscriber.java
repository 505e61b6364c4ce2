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
 * A subscriber&#39;s Webex Wholesale package.  * &#x60;webex_calling&#x60; - Calling Basic Package.  * &#x60;webex_meetings&#x60; - Meetings Package.  * &#x60;webex_suite&#x60; - Suite Package.  * &#x60;webex_voice&#x60; - Voice Package.  * &#x60;cx_essentials&#x60; - Customer Experience Essentials Package.  * &#x60;webex_calling_standard&#x60; - Webex Calling Standard Package.  * &#x60;attendant_console&#x60; - Attendant Console Package.  * &#x60;cx_premium_agent&#x60; - Contact Center Premium Agent Package.  * &#x60;cx_standard_agent&#x60; - Contact Center Standard Agent Package. 
 *
 * <p>An open set of values: a value this version does not list (Webex adds packages and
 * statuses over time) still decodes, keeps its raw text and encodes back unchanged; check
 * {@link #isKnown()} to tell it apart.
 */
@JsonAdapter(WholesalePackagesSubscriber.Adapter.class)
public final class WholesalePackagesSubscriber {
  /** Calling Basic Package. */
  public static final WholesalePackagesSubscriber WEBEX_CALLING = new WholesalePackagesSubscriber("webex_calling", true);
  /** Meetings Package. */
  public static final WholesalePackagesSubscriber WEBEX_MEETINGS = new WholesalePackagesSubscriber("webex_meetings", true);
  /** Suite Package. */
  public static final WholesalePackagesSubscriber WEBEX_SUITE = new WholesalePackagesSubscriber("webex_suite", true);
  /** Voice Package. */
  public static final WholesalePackagesSubscriber WEBEX_VOICE = new WholesalePackagesSubscriber("webex_voice", true);
  /** Customer Experience Essentials Package. */
  public static final WholesalePackagesSubscriber CX_ESSENTIALS = new WholesalePackagesSubscriber("cx_essentials", true);
  /** Webex Calling Standard Package. */
  public static final WholesalePackagesSubscriber WEBEX_CALLING_STANDARD = new WholesalePackagesSubscriber("webex_calling_standard", true);
  /** Attendant Console Package. */
  public static final WholesalePackagesSubscriber ATTENDANT_CONSOLE = new WholesalePackagesSubscriber("attendant_console", true);
  /** Contact Center Premium Agent Package. */
  public static final WholesalePackagesSubscriber CX_PREMIUM_AGENT = new WholesalePackagesSubscriber("cx_premium_agent", true);
  /** Contact Center Standard Agent Package. */
  public static final WholesalePackagesSubscriber CX_STANDARD_AGENT = new WholesalePackagesSubscriber("cx_standard_agent", true);

  private static final Map<String, WholesalePackagesSubscriber> KNOWN = index(WEBEX_CALLING, WEBEX_MEETINGS, WEBEX_SUITE, WEBEX_VOICE, CX_ESSENTIALS, WEBEX_CALLING_STANDARD, ATTENDANT_CONSOLE, CX_PREMIUM_AGENT, CX_STANDARD_AGENT);

  private final String value;
  private final boolean known;

  private WholesalePackagesSubscriber(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static Map<String, WholesalePackagesSubscriber> index(WholesalePackagesSubscriber... values) {
    Map<String, WholesalePackagesSubscriber> map = new LinkedHashMap<>();
    for (WholesalePackagesSubscriber v : values) {
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
  public static List<WholesalePackagesSubscriber> knownValues() {
    return List.copyOf(KNOWN.values());
  }

  /**
   * The constant for a listed value, or a new instance that keeps an unlisted one.
   *
   * @param value the raw value, not null
   * @return the matching constant, or an unlisted value
   */
  public static WholesalePackagesSubscriber fromValue(String value) {
    Objects.requireNonNull(value, "value");
    WholesalePackagesSubscriber known = KNOWN.get(value);
    return known != null ? known : new WholesalePackagesSubscriber(value, false);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WholesalePackagesSubscriber && value.equals(((WholesalePackagesSubscriber) o).value);
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
  public static final class Adapter extends TypeAdapter<WholesalePackagesSubscriber> {
    /** The adapter Gson finds through {@code @JsonAdapter}. */
    public Adapter() {
    }

    @Override
    public void write(JsonWriter out, WholesalePackagesSubscriber v) throws IOException {
      if (v == null) {
        out.nullValue();
      } else {
        out.value(v.value);
      }
    }

    @Override
    public WholesalePackagesSubscriber read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      return fromValue(in.nextString());
    }
  }
}

