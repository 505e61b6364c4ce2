package dev.webexwholesale.bench;

import java.util.function.Supplier;

/**
 * Serves {@code GET /v1/wholesale/subscribers} for part 3: {@code total} synthetic
 * subscribers, generated per request (the server holds none of them, so a client that
 * streams needs only one page of heap), with a {@code Link rel="next"} until the last page.
 */
public final class SubscriberPages {
  static final String PATH = "/v1/wholesale/subscribers";

  private SubscriberPages() {
  }

  /** {@code baseUrl} is read per request: the server's port is known only after binding. */
  public static LoopbackHttpServer.Handler handler(int total, Supplier<String> baseUrl) {
    return (method, target) -> {
      if (!"GET".equals(method) || !(target.equals(PATH) || target.startsWith(PATH + "?"))) {
        return LoopbackHttpServer.Reply.json(404, "{\"message\":\"not found\"}");
      }
      int offset = intParam(target, "offset", 0);
      int max = Math.min(intParam(target, "max", 100), 100);
      int end = Math.min(total, offset + max);
      StringBuilder body = new StringBuilder(700 * max).append("{\"items\":[");
      for (int i = offset; i < end; i++) {
        if (i > offset) {
          body.append(',');
        }
        appendSubscriber(body, i);
      }
      body.append("]}");
      if (end >= total) {
        return LoopbackHttpServer.Reply.json(200, body.toString());
      }
      return LoopbackHttpServer.Reply.json(200, body.toString(),
          "Link: <" + baseUrl.get() + PATH + "?max=" + max + "&offset=" + end + ">; rel=\"next\"");
    };
  }

  private static void appendSubscriber(StringBuilder b, int i) {
    b.append("{\"id\":\"Y2lzY29zcGFyazovL3VzL1NVQlNDUklCRVIv").append(i)
        .append("\",\"personId\":\"Y2lzY29zcGFyazovL3VzL1BFT1BMRS8").append(i)
        .append("\",\"email\":\"subscriber").append(i).append("@acme.com\"")
        .append(",\"customerId\":\"Y2lzY29zcGFyazovL3VzL0VOVEVSUFJJU0UvNTJjZjU3NmQtNjBhOC00MDdhLWIyMmMtNDY3YzUxNTkxOTA4\"")
        .append(",\"externalCustomerId\":\"c1677a16-557a-4fb4-b48f-24adde57ec99\"")
        .append(",\"packages\":[\"webex_calling\"],\"status\":\"provisioned\"")
        .append(",\"created\":\"2026-03-01T10:15:30.000Z\",\"lastStatusChange\":\"2026-03-01T10:16:02.000Z\"}");
  }

  private static int intParam(String target, String name, int fallback) {
    int q = target.indexOf('?');
    if (q < 0) {
      return fallback;
    }
    for (String pair : target.substring(q + 1).split("&")) {
      if (pair.startsWith(name + "=")) {
        return Integer.parseInt(pair.substring(name.length() + 1));
      }
    }
    return fallback;
  }
}
