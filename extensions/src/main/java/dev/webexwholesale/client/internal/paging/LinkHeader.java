package dev.webexwholesale.client.internal.paging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Parses RFC 8288 (ex RFC 5988) {@code Link} headers. Tolerant: a broken entry is skipped. */
public final class LinkHeader {
  /** One link: its target as written and its parameters (names lower-cased). */
  public record Link(String uri, Map<String, String> params) {
    public Link {
      params = Map.copyOf(params);
    }

    /** The {@code rel} values; a rel parameter may hold several, space separated. */
    public List<String> rels() {
      String rel = params.get("rel");
      if (rel == null || rel.isBlank()) {
        return List.of();
      }
      return Arrays.stream(rel.trim().split("\\s+")).map(r -> r.toLowerCase(Locale.ROOT)).toList();
    }
  }

  private LinkHeader() {
  }

  /** All links of all given header values, in order. */
  public static List<Link> parse(List<String> headerValues) {
    List<Link> links = new ArrayList<>();
    for (String value : headerValues) {
      if (value != null) {
        new Parser(value).parseInto(links);
      }
    }
    return links;
  }

  /** The target of the first link whose rel includes {@code next}. */
  public static Optional<String> next(List<String> headerValues) {
    return parse(headerValues).stream().filter(l -> l.rels().contains("next")).map(Link::uri).findFirst();
  }

  private static final class Parser {
    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    void parseInto(List<Link> out) {
      while (i < s.length()) {
        skipWhitespaceAndCommas();
        if (i >= s.length()) {
          return;
        }
        if (s.charAt(i) != '<') {
          skipPast(',');
          continue;
        }
        int close = s.indexOf('>', i);
        if (close < 0) {
          return;
        }
        String uri = s.substring(i + 1, close).trim();
        i = close + 1;
        out.add(new Link(uri, params()));
      }
    }

    private Map<String, String> params() {
      Map<String, String> params = new LinkedHashMap<>();
      while (true) {
        skipWhitespace();
        if (i >= s.length() || s.charAt(i) == ',') {
          return params;
        }
        if (s.charAt(i) != ';') {
          skipPast(',');
          return params;
        }
        i++;
        skipWhitespace();
        int start = i;
        while (i < s.length() && "=;,".indexOf(s.charAt(i)) < 0) {
          i++;
        }
        String name = s.substring(start, i).trim().toLowerCase(Locale.ROOT);
        String value = "";
        skipWhitespace();
        if (i < s.length() && s.charAt(i) == '=') {
          i++;
          skipWhitespace();
          value = i < s.length() && s.charAt(i) == '"' ? quoted() : token();
        }
        // RFC 8288: occurrences after the first are ignored.
        if (!name.isEmpty()) {
          params.putIfAbsent(name, value);
        }
      }
    }

    private String quoted() {
      StringBuilder sb = new StringBuilder();
      i++;
      while (i < s.length()) {
        char c = s.charAt(i++);
        if (c == '\\' && i < s.length()) {
          sb.append(s.charAt(i++));
        } else if (c == '"') {
          break;
        } else {
          sb.append(c);
        }
      }
      return sb.toString();
    }

    private String token() {
      int start = i;
      while (i < s.length() && s.charAt(i) != ';' && s.charAt(i) != ',') {
        i++;
      }
      return s.substring(start, i).trim();
    }

    private void skipWhitespace() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private void skipWhitespaceAndCommas() {
      while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ',')) {
        i++;
      }
    }

    private void skipPast(char c) {
      int at = s.indexOf(c, i);
      i = at < 0 ? s.length() : at + 1;
    }
  }
}
