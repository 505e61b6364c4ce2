package dev.webexwholesale.client.internal.errors;

import dev.webexwholesale.client.errors.*;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.webexwholesale.client.internal.retry.RetryAfter;
import dev.webexwholesale.model.WebexError;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The one place that turns a failed answer into a typed exception, and that says which
 * failures may be replayed. Decoding never fails: a body that is empty, HTML or broken JSON
 * still yields the exception of its status, with the text kept in {@code rawBody()}.
 */
public final class ErrorDecoder {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");

  private final Gson gson;
  private final Clock clock;

  public ErrorDecoder(Gson gson, Clock clock) {
    this.gson = Objects.requireNonNull(gson, "gson");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Decodes an error answer whose body the caller has already read as text. */
  public WebexApiException decode(Response response, String rawBody) {
    Request request = response.request();
    WebexError body = parse(rawBody);
    String trackingId = body != null && notBlank(body.getTrackingId())
        ? body.getTrackingId() : response.header("trackingid");
    Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clock).orElse(null);
    return create(new ErrorResponse(
        response.code(),
        request.method(),
        withoutQuery(request.url()),
        body == null ? null : body.getMessage(),
        body == null ? List.of() : body.getErrors(),
        trackingId,
        retryAfter,
        rawBody));
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

  /** Wraps an I/O failure of the request. */
  public static TransportException transport(IOException e, Request request) {
    return new TransportException(TransportException.kindOf(e), request.method(), withoutQuery(request.url()), e);
  }

  /**
   * Whether an answer with this status may be replayed. 429 and 423 mean the server refused
   * before doing anything, so even a POST is safe; a 5xx may come after the work was done, so
   * only idempotent methods are replayed.
   */
  public static boolean isRetryableStatus(int status, String method) {
    if (status == 429 || status == 423) {
      return true;
    }
    return (status == 502 || status == 503 || status == 504) && isIdempotent(method);
  }

  /**
   * Whether a transport failure may be replayed: always for idempotent methods; for a POST only
   * when the failure proves nothing was sent (no connection was ever made), since a POST that
   * reached the server may have provisioned something. Decided by exception type only, never
   * by message text: a wrong guess here could provision something twice.
   */
  public static boolean isRetryableTransport(String method, IOException failure) {
    return isIdempotent(method) || failure instanceof ConnectException || failure instanceof UnknownHostException
        || failure instanceof NoRouteToHostException;
  }

  public static boolean isIdempotent(String method) {
    return method != null && IDEMPOTENT.contains(method);
  }

  /** Query values may hold e-mail addresses and org IDs: errors and logs show the path only. */
  public static String withoutQuery(HttpUrl url) {
    return url.newBuilder().query(null).fragment(null).build().toString();
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
