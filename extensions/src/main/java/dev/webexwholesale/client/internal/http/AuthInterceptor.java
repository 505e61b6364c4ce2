package dev.webexwholesale.client.internal.http;

import dev.webexwholesale.client.errors.WholesaleException;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds {@code Authorization: Bearer …}, asking the supplier on every attempt so tokens can refresh. */
public final class AuthInterceptor implements Interceptor {
  private final Supplier<String> tokens;

  public AuthInterceptor(Supplier<String> tokens) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String token = tokens.get();
    if (token == null || token.isBlank()) {
      throw new WholesaleException("The access token supplier returned no token");
    }
    return chain.proceed(chain.request().newBuilder().header("Authorization", "Bearer " + token.strip()).build());
  }

  @Override
  public String toString() {
    return "AuthInterceptor{token=<redacted>}";
  }
}
