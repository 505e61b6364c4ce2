package dev.webexwholesale.client.internal.http;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import retrofit2.Invocation;
import retrofit2.http.Query;

/**
 * Scopes every call to one sub-partner by setting {@code onBehalfOfSubPartnerOrgId}, except on
 * operations whose generated signature has no such parameter (List Sub-partners).
 */
public final class SubPartnerInterceptor implements Interceptor {
  public static final String PARAM = "onBehalfOfSubPartnerOrgId";

  private final String subPartnerOrgId;

  public SubPartnerInterceptor(String subPartnerOrgId) {
    this.subPartnerOrgId = Objects.requireNonNull(subPartnerOrgId, "subPartnerOrgId");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!accepts(request.tag(Invocation.class))) {
      return chain.proceed(request);
    }
    // set, not add: a next-page link may already carry the parameter.
    return chain.proceed(request.newBuilder()
        .url(request.url().newBuilder().setQueryParameter(PARAM, subPartnerOrgId).build())
        .build());
  }

  /** Every Webex operation but one takes the parameter; the generated method tells which. */
  static boolean accepts(Invocation invocation) {
    if (invocation == null) {
      return true;
    }
    Method method = invocation.method();
    for (Annotation[] annotations : method.getParameterAnnotations()) {
      for (Annotation a : annotations) {
        if (a instanceof Query && PARAM.equals(((Query) a).value())) {
          return true;
        }
      }
    }
    return false;
  }
}
