package dev.webexwholesale.sandbox;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.webexwholesale.model.WebexError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.ConnectionPool;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Raw OkHttp access to a sandbox for tests: no client layer, no retries. */
final class SandboxHttp {
  static final MediaType JSON = MediaType.get("application/json");
  static final OkHttpClient CLIENT = new OkHttpClient.Builder()
      .retryOnConnectionFailure(false)
      .connectTimeout(Duration.ofSeconds(5))
      .readTimeout(Duration.ofSeconds(10))
      .build();

  /** One exchange: the request as sent and the answer as read. */
  record Exchange(String method, HttpUrl url, Headers requestHeaders, String requestBody, int status,
      Headers headers, String body) {

    <T> T as(Class<T> type) {
      return SandboxJson.gson().fromJson(body, type);
    }

    JsonObject json() {
      return JsonParser.parseString(body).getAsJsonObject();
    }

    WebexError error() {
      return as(WebexError.class);
    }

    long errorCode() {
      return error().getErrors().get(0).getErrorCode();
    }

    String header(String name) {
      return headers.get(name);
    }
  }

  private final String baseUrl;
  private final OkHttpClient client;
  private String token = "test-token";
  private String subPartner;

  /** A fresh connection pool per helper: a pooled connection to a stopped sandbox whose port got reused would fail. */
  SandboxHttp(String baseUrl) {
    this(baseUrl, CLIENT.newBuilder().connectionPool(new ConnectionPool()).build());
  }

  SandboxHttp(String baseUrl, OkHttpClient client) {
    this.baseUrl = baseUrl;
    this.client = client;
  }

  /** null sends no Authorization header. */
  SandboxHttp token(String token) {
    this.token = token;
    return this;
  }

  /** Acts for a sub-partner on every call. */
  SandboxHttp onBehalfOf(String subPartnerOrgId) {
    SandboxHttp copy = new SandboxHttp(baseUrl, client).token(token);
    copy.subPartner = subPartnerOrgId;
    return copy;
  }

  HttpUrl url(String path, Map<String, String> query) {
    HttpUrl.Builder url = HttpUrl.get(baseUrl + path).newBuilder();
    query.forEach(url::addQueryParameter);
    if (subPartner != null) {
      url.addQueryParameter("onBehalfOfSubPartnerOrgId", subPartner);
    }
    return url.build();
  }

  Exchange get(String path) {
    return get(path, Map.of());
  }

  Exchange get(String path, Map<String, String> query) {
    return send("GET", url(path, query), null, null);
  }

  Exchange getUrl(String absoluteUrl) {
    return send("GET", HttpUrl.get(absoluteUrl), null, null);
  }

  Exchange post(String path, String json) {
    return send("POST", url(path, Map.of()), json, null);
  }

  Exchange put(String path, String json) {
    return send("PUT", url(path, Map.of()), json, null);
  }

  Exchange delete(String path) {
    return send("DELETE", url(path, Map.of()), null, null);
  }

  /** Sends one request; IOExceptions (injected faults) are thrown unchecked. */
  Exchange send(String method, HttpUrl url, String json, String trackingId) {
    try {
      return sendChecked(method, url, json, trackingId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Exchange sendChecked(String method, HttpUrl url, String json, String trackingId) throws IOException {
    Request.Builder request = new Request.Builder().url(url);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (trackingId != null) {
      request.header("TrackingID", trackingId);
    }
    request.method(method, json == null ? null : RequestBody.create(json, JSON));
    Request built = request.build();
    try (Response response = client.newCall(built).execute()) {
      String body = response.body() == null ? "" : response.body().string();
      return new Exchange(method, url, built.headers(), json, response.code(), response.headers(), body);
    }
  }

  static String customerBody(String externalId) {
    return "{\"provisioningId\":\"prov-1\",\"packages\":[\"webex_calling\"],\"externalId\":\"" + externalId
        + "\",\"address\":{\"addressLine1\":\"771 Alder Drive\",\"city\":\"Milpitas\",\"stateOrProvince\":\"CA\","
        + "\"zipOrPostalCode\":\"95035\",\"country\":\"US\"}}";
  }

  static String subscriberBody(String customerId, String email) {
    return "{\"customerId\":\"" + customerId + "\",\"email\":\"" + email + "\",\"packages\":[\"webex_calling\"],"
        + "\"provisioningParameters\":{\"firstName\":\"Alice\",\"lastName\":\"Anderson\",\"extension\":\"7209\"}}";
  }

  /** The customer id at the end of a provision answer's URL. */
  static String idFromUrl(String url) {
    return url.substring(url.lastIndexOf('/') + 1);
  }
}
