package dev.webexwholesale.client.internal.http;

import dev.webexwholesale.client.errors.WholesaleException;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Adds the two headers every request carries, who calls and with what: {@code Authorization:
 * Bearer …}, asking the supplier on every attempt so tokens can refresh, and the
 * {@code User-Agent} naming the library (and the caller's application, when given). Both in one
 * copy of the request: each copy of an OkHttp request costs about a kilobyte.
 */
public final class IdentityHeadersInterceptor implements Interceptor {
  private final Supplier<String> tokens;
  private final String userAgent;
  /** The header of the last token seen: a token that does not change is not concatenated anew. */
  private volatile Bearer last = new Bearer("", "");

  private record Bearer(String token, String header) {
  }

  public IdentityHeadersInterceptor(Supplier<String> tokens, String userAgent) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String token = tokens.get();
    if (token == null || token.isBlank()) {
      throw new WholesaleException("The access token supplier returned no token");
    }
    Bearer bearer = last;
    if (!bearer.token().equals(token)) {
      bearer = new Bearer(token, "Bearer " + token.strip());
      last = bearer;
    }
    return chain.proceed(chain.request().newBuilder()
        .header("Authorization", bearer.header())
        .header("User-Agent", userAgent)
        .build());
  }

  @Override
  public String toString() {
    return "IdentityHeadersInterceptor{token=<redacted>, userAgent=" + userAgent + "}";
  }
}
