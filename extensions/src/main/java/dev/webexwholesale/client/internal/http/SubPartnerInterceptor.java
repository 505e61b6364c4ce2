package dev.webexwholesale.client.internal.http;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;
import dev.webexwholesale.client.RequestOptions;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import retrofit2.Invocation;
import retrofit2.http.Query;

/**
 * Scopes a call to the sub-partner of its {@link RequestOptions} tag by setting
 * {@code onBehalfOfSubPartnerOrgId}, except on operations whose generated signature has no such
 * parameter (List Sub-partners). A call without one is sent as it is.
 */
public final class SubPartnerInterceptor implements Interceptor {
  public static final String PARAM = "onBehalfOfSubPartnerOrgId";

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    RequestOptions options = request.tag(RequestOptions.class);
    String subPartnerOrgId = options == null ? null : options.subPartnerOrgId().orElse(null);
    if (subPartnerOrgId == null || !accepts(request.tag(Invocation.class))) {
      return chain.proceed(request);
    }
    // set, not add: a next-page link may already carry the parameter.
    return chain.proceed(request.newBuilder()
        .url(request.url().newBuilder().setQueryParameter(PARAM, subPartnerOrgId).build())
        .build());
  }

  /** Whether each generated method declares the parameter: read once per method, not per call. */
  private static final ConcurrentHashMap<Method, Boolean> DECLARES = new ConcurrentHashMap<>();

  /** Every Webex operation but one takes the parameter; the generated method tells which. */
  static boolean accepts(Invocation invocation) {
    if (invocation == null) {
      return true;
    }
    Method method = invocation.method();
    Boolean known = DECLARES.get(method);
    return known != null ? known : DECLARES.computeIfAbsent(method, SubPartnerInterceptor::declares);
  }

  private static boolean declares(Method method) {
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
