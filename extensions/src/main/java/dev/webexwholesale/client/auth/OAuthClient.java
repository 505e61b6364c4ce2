package dev.webexwholesale.client.auth;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.errors.SignInRequiredException;
import dev.webexwholesale.client.errors.TokenEndpointException;
import dev.webexwholesale.client.errors.TransportException;
import java.io.IOException;
import java.security.SecureRandom;
import dev.webexwholesale.client.Time;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Talks to Webex's OAuth endpoints for one integration (client id and secret): builds the
 * {@code /v1/authorize} URL and calls {@code POST /v1/access_token} for the refresh-token and
 * authorization-code grants. One attempt per call, never replayed: a refresh may rotate the
 * refresh token, and a code is good once. Thread-safe.
 */
public final class OAuthClient {
  /** The four Wholesale scopes: read and write customers and subscribers. */
  public static final List<String> WHOLESALE_SCOPES = List.of(
      "spark-admin:wholesale_customers_read", "spark-admin:wholesale_customers_write",
      "spark-admin:wholesale_subscribers_read", "spark-admin:wholesale_subscribers_write");
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  private static final int MAX_ERROR_BODY = 64 * 1024;
  private static final long MAX_LIFETIME_SECONDS = Duration.ofDays(3650).getSeconds();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String clientId;
  private final String clientSecret;
  private final HttpUrl baseUrl;
  private final Time time;
  private final OkHttpClient http;

  private OAuthClient(Builder b) {
    this.clientId = b.clientId;
    this.clientSecret = b.clientSecret;
    String url = b.baseUrl.endsWith("/") ? b.baseUrl : b.baseUrl + "/";
    this.baseUrl = HttpUrl.parse(url);
    if (baseUrl == null) {
      throw new IllegalArgumentException("baseUrl is not an http(s) URL: " + b.baseUrl);
    }
    this.time = b.time;
    OkHttpClient.Builder http = b.httpClient == null ? new OkHttpClient.Builder() : b.httpClient.newBuilder();
    // The form carries the client secret: it must never follow a redirect elsewhere, nor be
    // sent twice by OkHttp behind our back (a replayed refresh could burn a rotated token).
    this.http = http.followRedirects(false).followSslRedirects(false).retryOnConnectionFailure(false)
        .callTimeout(b.timeout).build();
  }

  /**
   * Starts a builder; the client id and secret are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The integration's client id (it is public: it appears in the authorize URL). The secret has no
   * accessor.
   *
   * @return the client id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * A new sign-in attempt: the {@code /v1/authorize} URL with {@code client_id},
   * {@code response_type=code}, {@code redirect_uri}, {@code scope} (space-separated) and a
   * fresh random {@code state}.
   *
   * @param redirectUri a redirect URI registered for the integration, e.g.
   *     {@link LoopbackRedirectListener#redirectUri()}
   * @param scopes the scopes to ask for, e.g. {@link #WHOLESALE_SCOPES}
   * @return the URL to open, with its state and redirect URI
   */
  public AuthorizationRequest authorizationRequest(String redirectUri, Collection<String> scopes) {
    requireText(redirectUri, "redirectUri");
    if (scopes == null || scopes.isEmpty()) {
      throw new IllegalArgumentException("at least one scope is required");
    }
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    HttpUrl url = baseUrl.newBuilder().addPathSegment("authorize")
        .addQueryParameter("client_id", clientId)
        .addQueryParameter("response_type", "code")
        .addQueryParameter("redirect_uri", redirectUri)
        .addQueryParameter("scope", String.join(" ", scopes))
        .addQueryParameter("state", state)
        .build();
    return new AuthorizationRequest(url.toString(), state, redirectUri);
  }

  /**
   * The refresh-token grant. When Webex's answer carries no refresh token (no rotation), the
   * one given stays current, with {@code previousRefreshExpiry}.
   *
   * @param refreshToken the current refresh token
   * @param previousRefreshExpiry its expiry, kept when Webex does not rotate it; null when unknown
   * @return the granted tokens; save them before using them
   * @throws SignInRequiredException the refresh token is dead (400 {@code invalid_grant} or 401)
   * @throws TokenEndpointException any other refusal
   * @throws TransportException no answer
   */
  public OAuthTokens refresh(String refreshToken, Instant previousRefreshExpiry) {
    requireText(refreshToken, "refreshToken");
    FormBody form = new FormBody.Builder()
        .add("grant_type", "refresh_token")
        .add("client_id", clientId)
        .add("client_secret", clientSecret)
        .add("refresh_token", refreshToken)
        .build();
    return grant(form, true, refreshToken, previousRefreshExpiry, refreshToken);
  }

  /**
   * The refresh-token grant for a refresh token of unknown expiry.
   *
   * @param refreshToken the current refresh token
   * @return the granted tokens; save them before using them
   */
  public OAuthTokens refresh(String refreshToken) {
    return refresh(refreshToken, null);
  }

  /**
   * The authorization-code grant: exchanges the code the redirect brought for the first
   * tokens. {@code redirectUri} must be the one of the authorize URL.
   *
   * @param code the authorization code, e.g. from {@link LoopbackRedirectListener#awaitCode}
   * @param redirectUri {@link AuthorizationRequest#redirectUri()} of the same sign-in
   * @return the first tokens of the integration
   * @throws TokenEndpointException the code was refused (already used, expired, or another redirect URI)
   * @throws TransportException no answer
   */
  public OAuthTokens exchangeCode(String code, String redirectUri) {
    requireText(code, "code");
    requireText(redirectUri, "redirectUri");
    FormBody form = new FormBody.Builder()
        .add("grant_type", "authorization_code")
        .add("client_id", clientId)
        .add("client_secret", clientSecret)
        .add("code", code)
        .add("redirect_uri", redirectUri)
        .build();
    return grant(form, false, null, null, code);
  }

  private OAuthTokens grant(FormBody form, boolean refreshGrant, String previousRefresh,
      Instant previousRefreshExpiry, String secretInForm) {
    HttpUrl url = baseUrl.newBuilder().addPathSegment("access_token").build();
    Request request = new Request.Builder().url(url).post(form).header("Accept", "application/json").build();
    Instant sent = time.now();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body() == null ? "" : response.peekBody(MAX_ERROR_BODY).string();
      String trackingId = response.header("trackingid");
      JsonObject json = parseObject(body);
      if (!response.isSuccessful()) {
        throw refusal(response.code(), json, trackingId, refreshGrant, secretInForm);
      }
      String accessToken = string(json, "access_token");
      Long expiresIn = number(json, "expires_in");
      if (accessToken == null || expiresIn == null) {
        throw new TokenEndpointException("The token endpoint answered HTTP " + response.code()
            + " without access_token and expires_in" + tracking(trackingId), response.code(), null, trackingId);
      }
      String refreshToken = string(json, "refresh_token");
      Long refreshExpiresIn = number(json, "refresh_token_expires_in");
      Instant refreshExpiry = refreshExpiresIn != null ? sent.plusSeconds(refreshExpiresIn)
          : refreshToken == null ? previousRefreshExpiry : null;
      if (refreshToken == null) {
        if (previousRefresh == null) {
          throw new TokenEndpointException("The token endpoint answered HTTP " + response.code()
              + " without refresh_token" + tracking(trackingId), response.code(), null, trackingId);
        }
        refreshToken = previousRefresh;
      }
      return new OAuthTokens(accessToken, sent.plusSeconds(expiresIn), refreshToken, refreshExpiry,
          string(json, "token_type"), string(json, "scope"));
    } catch (IOException e) {
      throw new TransportException(TransportException.kindOf(e), "POST", url.toString(), e);
    }
  }

  private TokenEndpointException refusal(int status, JsonObject json, String headerTrackingId, boolean refreshGrant,
      String secretInForm) {
    String error = string(json, "error");
    String trackingId = headerTrackingId != null ? headerTrackingId : string(json, "trackingId");
    String description = string(json, "error_description");
    if (description == null) {
      description = string(json, "message");
    }
    description = description == null ? "" : ": " + redact(shorten(description), secretInForm);
    String what = "HTTP " + status + (error == null ? "" : " " + error);
    // A 401 naming invalid_client is our id or secret, which a new sign-in would not fix.
    boolean deadRefreshToken = (status == 401 && !"invalid_client".equals(error))
        || (status == 400 && isInvalidGrant(error, json));
    if (refreshGrant && deadRefreshToken) {
      return new SignInRequiredException("The refresh token was refused (" + what + description
          + "): it has expired or been revoked; sign in again to get new tokens" + tracking(trackingId),
          status, error, trackingId);
    }
    return new TokenEndpointException("The token endpoint refused the " + (refreshGrant ? "refresh" : "code exchange")
        + " (" + what + description + ")" + tracking(trackingId), status, error, trackingId);
  }

  private static boolean isInvalidGrant(String error, JsonObject json) {
    return "invalid_grant".equals(error) || (json != null && json.toString().contains("invalid_grant"));
  }

  /** An error description must not echo the secrets we sent. */
  private String redact(String text, String secretInForm) {
    String out = text.replace(clientSecret, "<redacted>");
    return secretInForm == null ? out : out.replace(secretInForm, "<redacted>");
  }

  private static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
  }

  private static String tracking(String trackingId) {
    return trackingId == null ? "" : " (trackingId " + trackingId + ")";
  }

  private static JsonObject parseObject(String body) {
    try {
      JsonElement e = JsonParser.parseString(body);
      return e.isJsonObject() ? e.getAsJsonObject() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String string(JsonObject json, String name) {
    if (json == null) {
      return null;
    }
    JsonElement e = json.get(name);
    return e == null || !e.isJsonPrimitive() ? null : e.getAsString();
  }

  private static Long number(JsonObject json, String name) {
    String s = string(json, name);
    if (s == null) {
      return null;
    }
    try {
      java.math.BigDecimal n = new java.math.BigDecimal(s);
      if (n.signum() < 0) {
        return null;
      }
      // A hostile or broken answer must not overflow an Instant: ten years is beyond any real lifetime.
      return n.compareTo(java.math.BigDecimal.valueOf(MAX_LIFETIME_SECONDS)) > 0 ? MAX_LIFETIME_SECONDS : n.longValue();
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be null or blank");
    }
    return value;
  }

  @Override
  public String toString() {
    return "OAuthClient{baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret=<redacted>}";
  }

  /** Builder of an {@link OAuthClient}; the client id and secret are required. */
  public static final class Builder {
    private String clientId;
    private String clientSecret;
    private String baseUrl = WholesaleClient.DEFAULT_BASE_URL;
    private Time time = Time.system();
    private OkHttpClient httpClient;
    private Duration timeout = DEFAULT_TIMEOUT;

    private Builder() {
    }

    /**
     * The integration's client id, from the Webex developer portal.
     *
     * @param clientId the client id; not blank
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = requireText(clientId, "clientId");
      return this;
    }

    /**
     * The integration's client secret; sent only in token-call forms, never logged or shown by
     * {@code toString}.
     *
     * @param clientSecret the client secret; not blank
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = requireText(clientSecret, "clientSecret");
      return this;
    }

    /**
     * Where {@code authorize} and {@code access_token} live; default {@value WholesaleClient#DEFAULT_BASE_URL}.
     *
     * @param baseUrl the API base URL, e.g. a sandbox's
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Turns {@code expires_in} into instants; tests inject a fake one.
     *
     * @param time the clock
     * @return this builder
     */
    public Builder time(Time time) {
      this.time = Objects.requireNonNull(time, "time");
      return this;
    }

    /**
     * Shares this OkHttpClient's pool; redirects and silent retries are turned off for token calls.
     *
     * @param httpClient the client whose pool and settings to reuse
     * @return this builder
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * Bounds each token call as a whole (default 30 s).
     *
     * @param timeout the call-level deadline; positive
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return a thread-safe OAuth client
     * @throws IllegalArgumentException the client id or secret is missing, or the base URL is not http(s)
     */
    public OAuthClient build() {
      if (clientId == null || clientSecret == null) {
        throw new IllegalArgumentException("an OAuth client id and client secret are required");
      }
      return new OAuthClient(this);
    }

    @Override
    public String toString() {
      return "OAuthClient.Builder{baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret="
          + (clientSecret == null ? "unset" : "<redacted>") + "}";
    }
  }
}
