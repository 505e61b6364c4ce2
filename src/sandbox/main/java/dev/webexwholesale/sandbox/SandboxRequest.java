package dev.webexwholesale.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One HTTP request as the sandbox sees it, independent of the embedded server. */
final class SandboxRequest {
  static final String API_PREFIX = "/v1";

  final String method;
  /** The whole path as received, still percent-encoded, e.g. {@code /v1/wholesale/customers}. */
  final String rawPath;
  /** The path below {@code /v1}, still percent-encoded, e.g. {@code /wholesale/customers/abc}. */
  final String path;
  /** Decoded path segments below {@code /v1}. */
  final String[] segments;
  /** The raw query string (without '?'), or empty. */
  final String rawQuery;
  final Map<String, List<String>> query;
  final String body;
  final String trackingId;
  final Operation operation;
  private final Function<String, String> headers;

  SandboxRequest(String method, String url, Function<String, String> headers, String body, String trackingId) {
    this.method = method;
    this.headers = headers;
    this.body = body == null ? "" : body;
    this.trackingId = trackingId;
    int q = url.indexOf('?');
    String rawPath = q < 0 ? url : url.substring(0, q);
    this.rawPath = rawPath;
    this.rawQuery = q < 0 ? "" : url.substring(q + 1);
    this.query = parseQuery(rawQuery);
    this.path = rawPath.startsWith(API_PREFIX + "/") ? rawPath.substring(API_PREFIX.length()) : null;
    this.segments = path == null ? new String[0] : splitPath(path);
    this.operation = path == null ? Operation.UNKNOWN : Operation.match(method, segments);
  }

  String header(String name) {
    return headers.apply(name);
  }

  /** The first value of a query parameter, or null. */
  String param(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * Every value of a repeatable query parameter ({@code status=a&status=b}), each also split at
   * commas ({@code status=a,b}); empty when absent.
   */
  List<String> params(String name) {
    List<String> values = query.get(name);
    if (values == null) {
      return List.of();
    }
    List<String> out = new java.util.ArrayList<>();
    for (String value : values) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }

  /** The sub-partner the caller acts for, or null for the partner itself. */
  String subPartnerOrgId() {
    String value = param("onBehalfOfSubPartnerOrgId");
    return value == null || value.isEmpty() ? null : value;
  }

  private static String[] splitPath(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    if (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    String[] parts = trimmed.split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = decodePathSegment(parts[i]);
    }
    return parts;
  }

  /** Percent-decodes a path segment; unlike form decoding, '+' stays a plus sign. */
  static String decodePathSegment(String segment) {
    return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static Map<String, List<String>> parseQuery(String rawQuery) {
    if (rawQuery.isEmpty()) {
      return Collections.emptyMap();
    }
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      result.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return result;
  }
}
