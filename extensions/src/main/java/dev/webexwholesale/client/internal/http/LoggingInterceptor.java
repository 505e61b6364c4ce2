package dev.webexwholesale.client.internal.http;

import dev.webexwholesale.client.HttpLogger;
import dev.webexwholesale.client.Time;
import dev.webexwholesale.client.internal.errors.SafeText;
import dev.webexwholesale.client.internal.observe.ClientLoggers;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The wire log: each attempt's request line and headers, status and duration, at DEBUG on
 * {@link ClientLoggers#HTTP} and, the same lines, to the builder's {@link HttpLogger} when one is
 * set. At TRACE, the first {@value #MAX_LOGGED_BODY_BYTES} bytes of a textual response body too
 * (request bodies never: a provisioning body is sent once and never read twice). Credentials are
 * redacted, paths shown without query as errors show them.
 */
public final class LoggingInterceptor implements Interceptor {
  /** Most bytes of a response body a TRACE line shows. */
  public static final int MAX_LOGGED_BODY_BYTES = 4096;
  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");
  /** Headers holding URLs: shown like the request line, without query or userinfo. */
  private static final Set<String> URL_HEADERS = Set.of("location", "content-location", "link");
  private static final Pattern LINK_TARGET = Pattern.compile("<([^>]*)>");

  private final HttpLogger sink;
  private final Time time;

  /**
   * @param sink the builder's line callback, or null for the System.Logger only
   * @param time measures each attempt
   */
  public LoggingInterceptor(HttpLogger sink, Time time) {
    this.sink = sink;
    this.time = Objects.requireNonNull(time, "time");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean debug = ClientLoggers.HTTP.isLoggable(Level.DEBUG);
    if (sink == null && !debug) {
      return chain.proceed(request);
    }
    String token = SafeText.bearerToken(request.header("Authorization"));
    // Like error messages: the path only (query values hold e-mails and org IDs), no userinfo.
    String target = request.method() + " " + SafeText.withoutQueryOrUserinfo(request.url());
    log("--> " + target, debug);
    logHeaders(request.headers(), request.url(), token, debug);
    long start = time.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log("<-- FAILED " + target + ": " + SafeText.escapeControls(SafeText.redact(String.valueOf(e), token)), debug);
      throw e;
    }
    long ms = TimeUnit.NANOSECONDS.toMillis(time.nanoTime() - start);
    log("<-- " + response.code() + " " + target + " (" + ms + " ms)", debug);
    logHeaders(response.headers(), request.url(), token, debug);
    if (ClientLoggers.HTTP.isLoggable(Level.TRACE)) {
      traceBody(response, token);
    }
    return response;
  }

  private void log(String line, boolean debug) {
    if (debug) {
      ClientLoggers.HTTP.log(Level.DEBUG, line);
    }
    if (sink != null) {
      sink.log(line);
    }
  }

  /** Server headers may echo the token (WWW-Authenticate): it is redacted wherever it appears. */
  private void logHeaders(Headers headers, HttpUrl base, String token, boolean debug) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      String lower = name.toLowerCase(Locale.ROOT);
      String raw = URL_HEADERS.contains(lower) ? withoutQueries(headers.value(i), base) : headers.value(i);
      String value = SECRET_HEADERS.contains(lower) ? SafeText.REDACTED
          : SafeText.escapeControls(SafeText.redact(raw, token));
      log("    " + SafeText.escapeControls(name) + ": " + value, debug);
    }
  }

  /** Every URL of a Location or Link value as errors show URLs: query values hold e-mails and org IDs. */
  private static String withoutQueries(String value, HttpUrl base) {
    Matcher m = LINK_TARGET.matcher(value);
    if (!m.find()) {
      return safeUrl(value.strip(), base);
    }
    StringBuilder out = new StringBuilder();
    m.reset();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement("<" + safeUrl(m.group(1).strip(), base) + ">"));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String safeUrl(String url, HttpUrl base) {
    HttpUrl parsed = base.resolve(url);
    if (parsed != null) {
      return SafeText.withoutQueryOrUserinfo(parsed);
    }
    return "(unparseable URL)"; // it may hold anything: shown not at all
  }

  /** Peeks (never consumes) at most the cap; only text and JSON, one line with controls escaped. */
  private static void traceBody(Response response, String token) throws IOException {
    ResponseBody body = response.body();
    MediaType type = body == null ? null : body.contentType();
    if (type == null || !("text".equals(type.type()) || type.subtype().contains("json"))) {
      return;
    }
    byte[] bytes = response.peekBody(MAX_LOGGED_BODY_BYTES).bytes();
    String text = new String(bytes, StandardCharsets.UTF_8);
    boolean cut = bytes.length == MAX_LOGGED_BODY_BYTES;
    ClientLoggers.HTTP.log(Level.TRACE, "<-- body" + (cut ? " (first " + MAX_LOGGED_BODY_BYTES + " bytes)" : "")
        + ": " + SafeText.escapeControls(SafeText.redactSignedQueries(SafeText.redact(text, token))));
  }
}
