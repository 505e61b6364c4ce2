package dev.webexwholesale.client.internal.http;

import dev.webexwholesale.client.HttpLogger;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Logs each attempt (request line and headers, status and duration). Credentials are
 * redacted; bodies are never logged because they hold customer addresses and e-mails.
 */
public final class LoggingInterceptor implements Interceptor {
  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

  private final HttpLogger logger;

  public LoggingInterceptor(HttpLogger logger) {
    this.logger = Objects.requireNonNull(logger, "logger");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    logger.log("--> " + request.method() + " " + request.url());
    logHeaders(request.headers());
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      logger.log("<-- FAILED " + request.method() + " " + request.url() + ": " + e);
      throw e;
    }
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    logger.log("<-- " + response.code() + " " + request.method() + " " + request.url() + " (" + ms + " ms)");
    logHeaders(response.headers());
    return response;
  }

  private void logHeaders(Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      String value = SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "<redacted>" : headers.value(i);
      logger.log("    " + name + ": " + value);
    }
  }
}
