package dev.webexwholesale.client.internal.http;

import dev.webexwholesale.client.HttpLogger;
import dev.webexwholesale.client.internal.errors.SafeText;
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
    String token = SafeText.bearerToken(request.header("Authorization"));
    // Like error messages: the path only (query values hold e-mails and org IDs), no userinfo.
    String target = request.method() + " " + SafeText.withoutQueryOrUserinfo(request.url());
    logger.log("--> " + target);
    logHeaders(request.headers(), token);
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      logger.log("<-- FAILED " + target + ": " + SafeText.escapeControls(SafeText.redact(String.valueOf(e), token)));
      throw e;
    }
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    logger.log("<-- " + response.code() + " " + target + " (" + ms + " ms)");
    logHeaders(response.headers(), token);
    return response;
  }

  /** Server headers may echo the token (WWW-Authenticate): it is redacted wherever it appears. */
  private void logHeaders(Headers headers, String token) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      String value = SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? SafeText.REDACTED
          : SafeText.escapeControls(SafeText.redact(headers.value(i), token));
      logger.log("    " + SafeText.escapeControls(name) + ": " + value);
    }
  }
}
