package dev.webexwholesale.client.internal.http;

import dev.webexwholesale.client.Time;
import dev.webexwholesale.client.auth.TokenProvider;
import dev.webexwholesale.client.internal.retry.RetryInterceptor;
import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * On a 401, tells the token provider the token it sent was refused and replays the request
 * once, which fetches a fresh token. A POST is replayed too: a 401 means Webex refused the
 * request before processing it. A second 401 is returned as is (the caller sees
 * UnauthorizedException). Must wrap the identity-headers interceptor, so the replay asks for a new token.
 */
public final class TokenRefreshInterceptor implements Interceptor {
  private static final String BEARER = "Bearer ";

  private final TokenProvider tokens;
  private final Time time;

  public TokenRefreshInterceptor(TokenProvider tokens, Time time) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.time = Objects.requireNonNull(time, "time");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    long started = time.nanoTime();
    Response response = chain.proceed(request);
    if (response.code() != 401 || (request.body() != null && request.body().isOneShot())) {
      return response;
    }
    tokens.invalidate(sentToken(response));
    response.close();
    // The replay counts its own attempts (an error names those: the refused one was not
    // processed), which still add up in the call's counter the response listener reads. Its
    // retries keep the call's deadline: the replay is part of the call, not a new one.
    return chain.proceed(request.newBuilder()
        .tag(AttemptCounter.class, new AttemptCounter(request.tag(AttemptCounter.class)))
        .tag(RetryInterceptor.CallStarted.class, new RetryInterceptor.CallStarted(started)).build());
  }

  /** The token the refused attempt carried, as set by the identity-headers interceptor further down. */
  private static String sentToken(Response response) {
    String header = response.request().header("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    return header.substring(BEARER.length()).strip();
  }
}
