package dev.webexwholesale.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes text from servers and exceptions safe for one terminal line: control characters and
 * bidi overrides are shown escaped, URL user info is dropped and the access token is hidden
 * where it stands as a whole word. Ordinary text is never altered.
 */
final class SafeText {
  /** Shorter "tokens" cannot be told from ordinary words (no real Webex token is this short). */
  static final int MIN_REDACTED_LENGTH = 8;
  private static final Pattern URL_USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/?#\\s@]*@");
  /** A match next to one of these is part of a longer word, so not the token. */
  private static final String TOKEN_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private SafeText() {
  }

  /** One line for stderr; {@code secret} (the token, may be null) is hidden. */
  static String line(String text, String secret) {
    if (text == null) {
      return "";
    }
    // Control and bidi characters escaped by the library's own rule, the one its exceptions use.
    return dev.webexwholesale.client.internal.errors.SafeText.escapeControls(withoutUserInfo(redact(text, secret)));
  }

  /** {@code http://user:pw@host/x} becomes {@code http://host/x}. */
  static String withoutUserInfo(String text) {
    return URL_USER_INFO.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
  }

  /** Replaces whole-word occurrences of a secret of at least {@value #MIN_REDACTED_LENGTH} characters. */
  static String redact(String text, String secret) {
    if (secret == null || secret.length() < MIN_REDACTED_LENGTH || !text.contains(secret)) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    int from = 0;
    int at;
    while ((at = text.indexOf(secret, from)) >= 0) {
      int end = at + secret.length();
      boolean whole = (at == 0 || TOKEN_CHARS.indexOf(text.charAt(at - 1)) < 0)
          && (end == text.length() || TOKEN_CHARS.indexOf(text.charAt(end)) < 0);
      sb.append(text, from, at).append(whole ? "<redacted>" : secret);
      from = end;
    }
    return sb.append(text, from, text.length()).toString();
  }
}
