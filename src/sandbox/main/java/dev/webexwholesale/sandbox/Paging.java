package dev.webexwholesale.sandbox;

import java.util.ArrayList;
import java.util.List;

/** {@code offset}/{@code max} parsing and the RFC 5988 {@code Link: <...>; rel="next"} header. */
final class Paging {
  static final int DEFAULT_MAX = 100;

  final int offset;
  final int max;

  private Paging(int offset, int max) {
    this.offset = offset;
    this.max = max;
  }

  /** Reads offset and max; {@code limit} caps max (0 for no cap). */
  static Paging of(SandboxRequest request, int limit) {
    int offset = intParam(request, "offset", 0, 0);
    int max = intParam(request, "max", DEFAULT_MAX, 1);
    if (limit > 0 && max > limit) {
      throw WebexErrors.badRequest("max must not exceed " + limit + ".");
    }
    return new Paging(offset, max);
  }

  private static int intParam(SandboxRequest request, String name, int fallback, int min) {
    String raw = request.param(name);
    if (raw == null || raw.isEmpty()) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw WebexErrors.badRequest(name + " must be an integer.");
    }
    if (value < min) {
      throw WebexErrors.badRequest(name + " must be at least " + min + ".");
    }
    return value;
  }

  /** Collects the page from a stream of matches; remembers whether anything follows it. */
  final class Collector<T> {
    final List<T> items = new ArrayList<>(Math.min(max, 1000));
    private int seen;
    boolean more;

    /** Accounts for matches skipped without being offered (a direct slice). */
    void skipped(int count) {
      seen += count;
    }

    /** Offers the next match; returns false once the page is full and one more was seen. */
    boolean offer(T item) {
      int index = seen++;
      if (index < offset) {
        return true;
      }
      if (items.size() < max) {
        items.add(item);
        return true;
      }
      more = true;
      return false;
    }
  }

  <T> Collector<T> collector() {
    return new Collector<>();
  }

  /** Adds the next-page link, keeping every query parameter but offset as sent. */
  static void linkNext(SandboxResponse response, String baseUrl, SandboxRequest request, int nextOffset) {
    StringBuilder url = new StringBuilder(baseUrl).append(request.path).append('?');
    for (String pair : request.rawQuery.split("&")) {
      if (!pair.isEmpty() && !pair.equals("offset") && !pair.startsWith("offset=")) {
        url.append(pair).append('&');
      }
    }
    url.append("offset=").append(nextOffset);
    response.header("Link", "<" + url + ">; rel=\"next\"");
  }
}
