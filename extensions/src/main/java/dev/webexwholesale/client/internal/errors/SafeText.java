package dev.webexwholesale.client.internal.errors;

import okhttp3.HttpUrl;

/** How the library renders text it did not write: server answers, URLs, header values. */
public final class SafeText {
  /**
   * Shorter tokens are not searched for in server text: a one-letter "token" would turn
   * "Customer" into nonsense. Real Webex tokens are far longer.
   */
  public static final int MIN_REDACTED_TOKEN_LENGTH = 8;
  public static final String REDACTED = "<redacted>";

  private SafeText() {
  }

  /** {@code ESC} becomes {@code \u001b}, a right-to-left override {@code \u202e}, and so on. */
  public static String escapeControls(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isUnsafe(c)) {
        if (out == null) {
          out = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        out.append(String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  private static boolean isUnsafe(char c) {
    return Character.getType(c) == Character.CONTROL
        || c == '\u061c' || c == '\u200e' || c == '\u200f'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * Replaces every occurrence of the whole {@code secret} in {@code text} with {@value #REDACTED},
   * even inside a longer word (that word would still reveal it). Secrets shorter than
   * {@value #MIN_REDACTED_TOKEN_LENGTH} characters are left alone: only a real token is
   * searched for, so ordinary words never change.
   */
  public static String redact(String text, String secret) {
    if (text == null || secret == null || secret.length() < MIN_REDACTED_TOKEN_LENGTH) {
      return text;
    }
    return text.replace(secret, REDACTED);
  }

  /** A signed URL's query values, wherever they appear in text (e.g. a logged billing report body). */
  private static final java.util.regex.Pattern SIGNED_QUERY =
      java.util.regex.Pattern.compile("(?i)\\b(Signature|Key-Pair-Id|Policy|Expires)=[^&\"\\s<>]*");

  /**
   * Replaces the values of {@code Signature}, {@code Key-Pair-Id}, {@code Policy} and
   * {@code Expires} query parameters (a billing report's {@code tempDownloadURL}) in free text
   * with {@value #REDACTED}: the signature grants the download to whoever holds it.
   */
  public static String redactSignedQueries(String text) {
    return text == null ? null : SIGNED_QUERY.matcher(text).replaceAll("$1=" + REDACTED);
  }

  /** The token an Authorization header carries ({@code Bearer X} gives X), or null. */
  public static String bearerToken(String authorization) {
    if (authorization == null) {
      return null;
    }
    String v = authorization.strip();
    int space = v.indexOf(' ');
    return space < 0 ? v : v.substring(space + 1).strip();
  }

  /** Query values may hold e-mails and org IDs, userinfo a password: errors and logs show neither. */
  public static String withoutQueryOrUserinfo(HttpUrl url) {
    return url.newBuilder().username("").password("").query(null).fragment(null).build().toString();
  }

  /** A URL as text, its userinfo dropped (query kept); unparseable text is escaped. */
  public static String withoutUserinfo(String url) {
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
    return parsed == null ? escapeControls(url) : parsed.newBuilder().username("").password("").build().toString();
  }

  /** The first illegal character of a header value, or -1: checked when the value is set. */
  public static int illegalHeaderChar(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c == '\t' || (c >= 0x20 && c < 0x7f))) {
        return i;
      }
    }
    return -1;
  }
}
