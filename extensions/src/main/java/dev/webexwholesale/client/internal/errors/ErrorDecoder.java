package dev.webexwholesale.client.internal.errors;

import dev.webexwholesale.client.errors.*;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.webexwholesale.client.internal.retry.RetryAfter;
import dev.webexwholesale.model.WebexError;
import dev.webexwholesale.client.Time;
import dev.webexwholesale.client.internal.http.AttemptCounter;
import dev.webexwholesale.client.internal.observe.ClientLoggers;
import dev.webexwholesale.client.internal.http.BodyTooLargeException;
import dev.webexwholesale.client.internal.http.CallInterruptedIOException;
import dev.webexwholesale.model.ErrorDetail;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The one place that turns a failed answer into a typed exception (which failures may be
 * replayed is {@link dev.webexwholesale.client.internal.retry.RetryDecider}'s). Decoding never fails: a body that is empty, HTML or broken JSON
 * still yields the exception of its status, with the text kept in {@code rawBody()}.
 */
public final class ErrorDecoder {
  private final Gson gson;
  private final Time time;

  public ErrorDecoder(Gson gson, Time time) {
    this.gson = Objects.requireNonNull(gson, "gson");
    this.time = Objects.requireNonNull(time, "time");
  }

  /**
   * Decodes an error answer whose body the caller has already read as text. Server text that
   * echoes the token of the request is redacted before anything keeps it.
   */
  public WebexApiException decode(Response response, String rawBody) {
    Request request = response.request();
    String token = SafeText.bearerToken(request.header("Authorization"));
    String raw = SafeText.redact(rawBody, token);
    WebexError body = parse(raw);
    String trackingId = body != null && notBlank(body.getTrackingId())
        ? body.getTrackingId() : response.header("trackingid");
    Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), time.now()).orElse(null);
    AttemptCounter counter = request.tag(AttemptCounter.class);
    List<ErrorDetail> errors = body == null || body.getErrors() == null ? List.of() : body.getErrors().stream()
        .filter(Objects::nonNull)
        .map(e -> new ErrorDetail().errorCode(e.getErrorCode()).description(SafeText.redact(e.getDescription(), token)))
        .toList();
    ErrorResponse r = new ErrorResponse(
        response.code(),
        request.method(),
        withoutQuery(request.url()),
        body == null ? null : SafeText.redact(body.getMessage(), token),
        errors,
        SafeText.redact(trackingId, token),
        retryAfter,
        raw,
        counter == null ? 1 : counter.attempts());
    if (response.code() >= 300 && response.code() <= 399) {
      String location = response.header("Location");
      HttpUrl to = location == null ? null : request.url().resolve(location.strip());
      String shown = to != null ? withoutQuery(to)
          : location == null ? null : SafeText.escapeControls(SafeText.redact(location, token));
      ClientLoggers.HTTP.log(System.Logger.Level.WARNING, "refused a redirect: " + r.method() + " " + r.url()
          + " answered " + response.code() + " to " + (shown == null ? "(no Location)" : shown)
          + "; the client never follows redirects");
      return new RedirectRefusedException(r, shown);
    }
    return create(r);
  }

  /** The status → type mapping. */
  public static WebexApiException create(ErrorResponse r) {
    int status = r.statusCode();
    switch (status) {
      case 400: return new BadRequestException(r);
      case 401: return new UnauthorizedException(r);
      case 403: return new ForbiddenException(r);
      case 404: return new NotFoundException(r);
      case 405: return new MethodNotAllowedException(r);
      case 409: return new ConflictException(r);
      case 410: return new GoneException(r);
      case 415: return new UnsupportedMediaTypeException(r);
      case 423: return new LockedException(r);
      case 428: return new PreconditionRequiredException(r);
      case 429: return new RateLimitedException(r);
      case 500: return new InternalServerErrorException(r);
      case 502: return new BadGatewayException(r);
      case 503: return new ServiceUnavailableException(r);
      case 504: return new GatewayTimeoutException(r);
      default:
        return status >= 500 && status <= 599 ? new ServerErrorException(r) : new WebexApiException(r);
    }
  }

  /**
   * Turns an I/O failure of the request into its typed exception: an oversized answer, an
   * interrupt (flag set again), or a transport failure.
   */
  public static WholesaleException transport(IOException e, Request request) {
    String url = withoutQuery(request.url());
    if (e instanceof BodyTooLargeException) {
      return new ResponseTooLargeException(request.method(), url, ((BodyTooLargeException) e).limit(), e);
    }
    if (e instanceof CallInterruptedIOException) {
      Thread.currentThread().interrupt();
      return new CallInterruptedException(request.method(), url, false, e);
    }
    if (e instanceof InterruptedIOException && (Thread.currentThread().isInterrupted() || "interrupted".equals(e.getMessage()))
        && !(e instanceof java.net.SocketTimeoutException)) {
      Thread.currentThread().interrupt();
      return new CallInterruptedException(request.method(), url, true, e);
    }
    return new TransportException(TransportException.kindOf(e), request.method(), url, e);
  }

  /** Query values may hold e-mail addresses and org IDs: errors and logs show the path only. */
  public static String withoutQuery(HttpUrl url) {
    return SafeText.withoutQueryOrUserinfo(url);
  }

  private WebexError parse(String rawBody) {
    if (rawBody == null || rawBody.isBlank()) {
      return null;
    }
    try {
      JsonElement json = JsonParser.parseString(rawBody);
      return json.isJsonObject() ? gson.fromJson(json, WebexError.class) : null;
    } catch (RuntimeException notWebexJson) {
      // Proxies answer with HTML or text; the raw body still reaches the caller.
      return null;
    }
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
