package dev.webexwholesale.bench;

import com.google.gson.Gson;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberList;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Part 3 baseline, run in its own {@code -Xmx64m} JVM: pages through the subscribers with raw
 * OkHttp + Gson, following {@code Link rel="next"}, one page in memory at a time. Its heap is
 * the floor for the client's paging iterator.
 *
 * <p>Arguments: the sandbox's base URL (with {@code /v1}) and the customer id.
 */
public final class StreamRawChild {
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");

  private StreamRawChild() {
  }

  public static void main(String[] args) throws IOException {
    StreamChild child = new StreamChild();
    OkHttpClient http = new OkHttpClient();
    Gson gson = BenchJson.gson();
    String url = args[0] + "/wholesale/subscribers?max=100&customerId=" + args[1];
    while (url != null) {
      Request request = new Request.Builder().url(url)
          .header("Authorization", "Bearer " + CustomerFixture.TOKEN).build();
      try (Response response = http.newCall(request).execute()) {
        if (!response.isSuccessful()) {
          throw new IOException("HTTP " + response.code() + " for " + url);
        }
        SubscriberList page = gson.fromJson(response.body().charStream(), SubscriberList.class);
        for (Subscriber s : page.getItems()) {
          child.saw(s.getId());
        }
        String link = response.header("Link");
        Matcher m = link == null ? null : NEXT.matcher(link);
        url = m != null && m.find() ? m.group(1) : null;
      }
    }
    child.printResult();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
