package dev.webexwholesale.e2e;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/** Records the URL of every request that really went on the wire (a network interceptor). */
final class SentRequests implements Interceptor {
  private final List<HttpUrl> urls = new CopyOnWriteArrayList<>();

  @Override
  public okhttp3.Response intercept(Chain chain) throws java.io.IOException {
    urls.add(chain.request().url());
    return chain.proceed(chain.request());
  }

  OkHttpClient httpClient() {
    return new OkHttpClient.Builder().addNetworkInterceptor(this).build();
  }

  List<HttpUrl> urls() {
    return List.copyOf(urls);
  }

  void clear() {
    urls.clear();
  }
}
