package dev.webexwholesale.client.bulk;

import com.google.gson.annotations.SerializedName;

/**
 * What is known of one provision POST of a row. Only an {@link #UNKNOWN} fate justifies looking
 * the row up and adopting what is found; the journal records each fate so that a resumed run
 * decides the same way.
 */
public enum SendFate {
  /** Webex refused before doing anything (429, 423, 401, 403) or nothing reached it (failed connect). */
  @SerializedName("refused") REFUSED,
  /** Webex answered (2xx or 4xx): what it said is the row's evidence. */
  @SerializedName("answered") ANSWERED,
  /** No readable answer after the request may have reached Webex: a timeout, a reset, a 5xx, a kill. */
  @SerializedName("unknown") UNKNOWN
}
