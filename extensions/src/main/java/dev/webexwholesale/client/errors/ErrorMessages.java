package dev.webexwholesale.client.errors;

import dev.webexwholesale.client.internal.errors.SafeText;
import dev.webexwholesale.model.ErrorDetail;
import java.util.Map;
import java.util.StringJoiner;

/** Formats the one-line {@code getMessage()} of a {@link WebexApiException}. */
final class ErrorMessages {
  private static final int MAX_BODY_CHARS = 200;

  private static final Map<Integer, String> REASONS = Map.ofEntries(
      Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
      Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(409, "Conflict"),
      Map.entry(410, "Gone"), Map.entry(415, "Unsupported Media Type"), Map.entry(423, "Locked"),
      Map.entry(428, "Precondition Required"), Map.entry(429, "Too Many Requests"),
      Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
      Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

  private ErrorMessages() {
  }

  static String reason(int status) {
    return REASONS.getOrDefault(status, status >= 500 ? "Server Error" : "Error");
  }

  /** e.g. {@code HTTP 404 Not Found: Customer not found [errorCode 4008] (trackingId ROUTER_1)}. */
  static String oneLine(ErrorResponse r) {
    StringBuilder sb = new StringBuilder()
        .append("HTTP ").append(r.statusCode()).append(' ').append(reason(r.statusCode())).append(": ");
    String text = r.webexMessage();
    if (isBlank(text)) {
      text = r.errors().stream().map(ErrorDetail::getDescription).filter(d -> !isBlank(d)).findFirst()
          .orElse(null);
    }
    if (isBlank(text)) {
      text = isBlank(r.rawBody()) ? "(empty body)" : abbreviate(r.rawBody());
    }
    sb.append(flatten(text));
    StringJoiner codes = new StringJoiner(", ", " [", "]").setEmptyValue("");
    for (ErrorDetail e : r.errors()) {
      StringBuilder one = new StringBuilder();
      if (e.getErrorCode() != null) {
        one.append("errorCode ").append(e.getErrorCode());
      }
      String d = e.getDescription();
      if (!isBlank(d) && !flatten(d).equals(flatten(text))) {
        one.append(one.length() > 0 ? ": " : "").append(flatten(d));
      }
      if (one.length() > 0) {
        codes.add(one);
      }
    }
    sb.append(codes);
    if (r.attempts() > 1) {
      sb.append(" after ").append(r.attempts()).append(" attempts");
      if (r.statusCode() == 409) {
        sb.append(" (an earlier attempt whose answer was lost may have applied this request)");
      }
    }
    if (r.retryAfter() != null) {
      sb.append("; the server asked to retry after ").append(r.retryAfter().toSeconds()).append(" s");
    }
    if (!isBlank(r.trackingId())) {
      sb.append(" (trackingId ").append(flatten(r.trackingId())).append(')');
    }
    return sb.toString();
  }

  private static String abbreviate(String body) {
    String flat = flatten(body);
    return flat.length() <= MAX_BODY_CHARS ? flat : flat.substring(0, MAX_BODY_CHARS) + "…";
  }

  /**
   * Keeps the message on one line (log scrapers and humans both read it that way) and shows
   * control and bidi-override characters escaped, so server text cannot steer a terminal or
   * disguise itself.
   */
  static String flatten(String s) {
    return SafeText.escapeControls(s.strip().replaceAll("\\s+", " "));
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
