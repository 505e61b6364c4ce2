package dev.webexwholesale.sandbox;

import com.google.gson.JsonObject;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The sandbox's OAuth endpoints: {@code GET /v1/authorize}, which redirects at once to the
 * redirect URI with a code and the caller's state (no browser, no person), and
 * {@code POST /v1/access_token} for the authorization-code and refresh-token grants. Errors
 * follow OAuth's shape ({@code error}, {@code error_description}) inside the Webex error body
 * ({@code message}, {@code errors[]}, {@code trackingId}); see docs/auth.md.
 */
final class OAuthServer {
  private final String clientId;
  private final String clientSecret;
  private final TokenIssuer issuer;

  OAuthServer(String clientId, String clientSecret, TokenIssuer issuer) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.issuer = issuer;
  }

  TokenIssuer issuer() {
    return issuer;
  }

  boolean handles(SandboxRequest request) {
    return "/authorize".equals(request.path) || "/access_token".equals(request.path);
  }

  SandboxResponse handle(SandboxRequest request) {
    return "/authorize".equals(request.path) ? authorize(request) : accessToken(request);
  }

  private SandboxResponse authorize(SandboxRequest request) {
    if (!request.method.equals("GET")) {
      return error(request, 405, "invalid_request", "use GET");
    }
    String redirectUri = request.param("redirect_uri");
    if (!clientId.equals(request.param("client_id"))) {
      return error(request, 400, "invalid_client", "unknown client_id");
    }
    if (!"code".equals(request.param("response_type"))) {
      return error(request, 400, "unsupported_response_type", "response_type must be code");
    }
    if (redirectUri == null || redirectUri.isBlank()) {
      return error(request, 400, "invalid_request", "redirect_uri is required");
    }
    String location = redirectUri + (redirectUri.contains("?") ? "&" : "?") + "code="
        + encode(issuer.newCode(redirectUri));
    String state = request.param("state");
    if (state != null) {
      location += "&state=" + encode(state);
    }
    return SandboxResponse.empty(302).header("Location", location);
  }

  private SandboxResponse accessToken(SandboxRequest request) {
    if (!request.method.equals("POST")) {
      return error(request, 405, "invalid_request", "use POST");
    }
    Map<String, String> form = parseForm(request.body);
    basicCredentials(request.header("Authorization"), form);
    if (!clientId.equals(form.get("client_id")) || !clientSecret.equals(form.get("client_secret"))) {
      return error(request, 401, "invalid_client", "client authentication failed");
    }
    String grantType = form.getOrDefault("grant_type", "");
    TokenIssuer.Grant grant;
    switch (grantType) {
      case "refresh_token":
        grant = issuer.refresh(form.getOrDefault("refresh_token", ""));
        if (grant == null) {
          return error(request, 400, "invalid_grant", "the refresh token is invalid, expired or revoked");
        }
        break;
      case "authorization_code":
        grant = issuer.exchangeCode(form.getOrDefault("code", ""), form.getOrDefault("redirect_uri", ""));
        if (grant == null) {
          return error(request, 400, "invalid_grant", "the code is invalid, expired, used, or for another redirect_uri");
        }
        break;
      default:
        return error(request, 400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token");
    }
    JsonObject body = new JsonObject();
    body.addProperty("access_token", grant.accessToken());
    body.addProperty("expires_in", grant.expiresIn());
    body.addProperty("refresh_token", grant.refreshToken());
    body.addProperty("refresh_token_expires_in", grant.refreshExpiresIn());
    body.addProperty("token_type", "Bearer");
    body.addProperty("scope", "spark-admin:wholesale_customers_read spark-admin:wholesale_customers_write"
        + " spark-admin:wholesale_subscribers_read spark-admin:wholesale_subscribers_write");
    return new SandboxResponse(200, body.toString()).header("Cache-Control", "no-store");
  }

  /** HTTP Basic client credentials, the alternative to form fields. */
  private static void basicCredentials(String header, Map<String, String> form) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon > 0) {
        form.putIfAbsent("client_id", URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8));
        form.putIfAbsent("client_secret", URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
      }
    } catch (IllegalArgumentException ignored) {
      // not Basic credentials after all: the form decides
    }
  }

  /** OAuth's {@code error} and {@code error_description}, within the Webex error body every sandbox error has. */
  private static SandboxResponse error(SandboxRequest request, int status, String error, String description) {
    JsonObject body = SandboxJson.gson().toJsonTree(WebexErrors.body(error + ": " + description,
        WebexErrors.OAUTH_REQUEST_REFUSED, request.trackingId)).getAsJsonObject();
    body.addProperty("error", error);
    body.addProperty("error_description", description);
    return new SandboxResponse(status, body.toString());
  }

  private static Map<String, String> parseForm(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      form.putIfAbsent(name, value);
    }
    return form;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
