package dev.webexwholesale.client;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okio.Timeout;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Converter;
import retrofit2.Invocation;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The generated Retrofit interfaces, with the requests of their simplest operations (GET and
 * DELETE with path parameters and single query values: no body, no header) built from the
 * interface's annotations read once, instead of by Retrofit on every call: Retrofit re-resolves the
 * relative URL against the base URL and runs a path-traversal regex per call, about a tenth of a
 * small call's CPU. The request is the one Retrofit would build (same URL, method, empty headers,
 * {@link Invocation} tag, query values through the same string converters). Whatever this does not
 * build exactly so goes to Retrofit: another operation shape, and a path value that needs
 * encoding or is {@code .}, {@code ..}, empty or null.
 */
final class ServiceCalls {
  /** What Retrofit percent-encodes in a path value, besides controls and non-ASCII: never taken here. */
  private static final String ENCODED_IN_PATH = " \"<>^`{}|\\?#/%";
  /** The printable ASCII characters a path value keeps as they are: one lookup per character. */
  private static final boolean[] PLAIN = new boolean[0x7f];

  static {
    for (char c = 0x21; c < 0x7f; c++) {
      PLAIN[c] = ENCODED_IN_PATH.indexOf(c) < 0;
    }
  }

  private ServiceCalls() {
  }

  /**
   * The service {@code retrofit.create(service)} would return, with the fast path for the simple
   * operations. A method's plan is made at its first call: reading every method's annotations up
   * front made a proxy class per annotation type, most of a one-call run's client set-up.
   */
  static <S> S create(Retrofit retrofit, Class<S> service) {
    S viaRetrofit = retrofit.create(service);
    HttpUrl base = retrofit.baseUrl();
    boolean planned = base.encodedQuery() == null && base.encodedFragment() == null;
    Map<Method, Optional<Plan>> plans = new ConcurrentHashMap<>();
    InvocationHandler handler = new InvocationHandler() {
      @Override
      public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Plan plan = planned ? plans.computeIfAbsent(method, m -> Optional.ofNullable(Plan.of(retrofit, service, m)))
            .orElse(null) : null;
        Request request = plan == null ? null : plan.request(proxy, args);
        if (request != null) {
          return new BuiltCall<>(request);
        }
        try {
          return method.invoke(viaRetrofit, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
    };
    return service.cast(Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service}, handler));
  }

  /** One operation's request, precomputed: the relative URL's pieces and what each argument fills. */
  private static final class Plan {
    private final Class<?> service;
    private final Method method;
    private final String httpMethod;
    private final HttpUrl base;
    /** The relative URL between the path parameters: {@code pieces.length == pathArgs.length + 1}. */
    private final String[] pieces;
    /** For each {@code {name}} of the relative URL, in order, the index of its argument. */
    private final int[] pathArgs;
    /** Per argument: the query name, or null for a path parameter. */
    private final String[] queryNames;
    private final Converter<Object, String>[] queryConverters;

    @SuppressWarnings("unchecked")
    private Plan(Class<?> service, Method method, String httpMethod, HttpUrl base, String[] pieces, int[] pathArgs,
        String[] queryNames, Converter<?, String>[] queryConverters) {
      this.service = service;
      this.method = method;
      this.httpMethod = httpMethod;
      this.base = base;
      this.pieces = pieces;
      this.pathArgs = pathArgs;
      this.queryNames = queryNames;
      this.queryConverters = (Converter<Object, String>[]) queryConverters;
    }

    /** The plan of a method this class builds exactly as Retrofit does, else null. */
    static Plan of(Retrofit retrofit, Class<?> service, Method method) {
      if (method.getDeclaringClass() != service || method.isDefault()
          || !(method.getGenericReturnType() instanceof ParameterizedType returned)
          || returned.getRawType() != Call.class) {
        return null;
      }
      String httpMethod = null;
      String relative = null;
      for (Annotation a : method.getAnnotations()) {
        if (a instanceof GET get && httpMethod == null) {
          httpMethod = "GET";
          relative = get.value();
        } else if (a instanceof DELETE delete && httpMethod == null) {
          httpMethod = "DELETE";
          relative = delete.value();
        } else if (!(a instanceof Deprecated)) {
          return null; // headers, a body, another method, several: Retrofit's
        }
      }
      if (httpMethod == null || relative.isEmpty() || relative.startsWith("/") || relative.contains("//")) {
        return null;
      }
      Type[] types = method.getGenericParameterTypes();
      Annotation[][] annotations = method.getParameterAnnotations();
      Map<String, Integer> pathNames = new HashMap<>();
      String[] queryNames = new String[types.length];
      @SuppressWarnings("unchecked")
      Converter<?, String>[] converters = new Converter[types.length];
      boolean querySeen = false;
      for (int i = 0; i < types.length; i++) {
        if (annotations[i].length != 1) {
          return null;
        }
        Annotation a = annotations[i][0];
        if (a instanceof Path path && !path.encoded() && types[i] == String.class && !querySeen
            && pathNames.putIfAbsent(path.value(), i) == null) {
          continue;
        }
        if (a instanceof Query query && !query.encoded() && types[i] instanceof Class<?> type && !type.isArray()
            && !Iterable.class.isAssignableFrom(type) && !type.isPrimitive()) {
          querySeen = true;
          queryNames[i] = query.value();
          converters[i] = retrofit.stringConverter(type, annotations[i]);
          continue;
        }
        return null;
      }
      List<String> pieces = new ArrayList<>();
      List<Integer> pathArgs = new ArrayList<>();
      int from = 0;
      for (int open = relative.indexOf('{'); open >= 0; open = relative.indexOf('{', from)) {
        int close = relative.indexOf('}', open);
        Integer arg = close < 0 ? null : pathNames.get(relative.substring(open + 1, close));
        if (arg == null) {
          return null;
        }
        pieces.add(relative.substring(from, open));
        pathArgs.add(arg);
        from = close + 1;
      }
      pieces.add(relative.substring(from));
      if (new java.util.HashSet<>(pathArgs).size() < pathNames.size() || !pieces.stream().allMatch(Plan::plainLiteral)) {
        return null; // a path parameter the URL does not use, or a literal to encode or resolve: Retrofit's
      }
      return new Plan(service, method, httpMethod, retrofit.baseUrl(), pieces.toArray(new String[0]),
          pathArgs.stream().mapToInt(Integer::intValue).toArray(), queryNames, converters);
    }

    /** The request Retrofit would build for these arguments, or null to let Retrofit build it. */
    Request request(Object proxy, Object[] given) throws Exception {
      Object[] args = given == null ? new Object[0] : given;
      StringBuilder path = new StringBuilder(pieces[0]);
      for (int i = 0; i < pathArgs.length; i++) {
        Object value = args[pathArgs[i]];
        if (!(value instanceof String text) || !plainValue(text)) {
          return null;
        }
        path.append(text).append(pieces[i + 1]);
      }
      HttpUrl.Builder url = base.newBuilder().addEncodedPathSegments(path.toString());
      for (int i = 0; i < args.length; i++) {
        if (queryNames[i] != null && args[i] != null) {
          String value = queryConverters[i].convert(args[i]);
          if (value != null) {
            url.addQueryParameter(queryNames[i], value);
          }
        }
      }
      return new Request.Builder().url(url.build()).method(httpMethod, null)
          .tag(Invocation.class, Invocation.of(service(), proxy, method, Arrays.asList(args)))
          .build();
    }

    @SuppressWarnings("unchecked")
    private Class<Object> service() {
      return (Class<Object>) service;
    }

    /** A path value Retrofit leaves as it is and that resolves to one segment of itself. */
    static boolean plainValue(String value) {
      if (value.isEmpty() || value.equals(".") || value.equals("..")) {
        return false;
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c >= PLAIN.length || !PLAIN[c]) {
          return false;
        }
      }
      return true;
    }

    /** Literal text of a relative URL made of plain segments (no dot segment; "//" was refused above). */
    static boolean plainLiteral(String literal) {
      for (String segment : literal.split("/", -1)) {
        if (!segment.isEmpty() && !plainValue(segment)) {
          return false;
        }
      }
      return true;
    }
  }

  /** A call of the fast path: it only carries its request, which {@link CallRunner} sends. */
  private static final class BuiltCall<T> implements Call<T> {
    private final Request request;

    BuiltCall(Request request) {
      this.request = Objects.requireNonNull(request);
    }

    @Override
    public Request request() {
      return request;
    }

    @Override
    public Response<T> execute() {
      throw new UnsupportedOperationException("sent by CallRunner, never by itself");
    }

    @Override
    public void enqueue(Callback<T> callback) {
      throw new UnsupportedOperationException("sent by CallRunner, never by itself");
    }

    @Override
    public boolean isExecuted() {
      return false;
    }

    @Override
    public void cancel() {
      // Never sent: nothing to cancel.
    }

    @Override
    public boolean isCanceled() {
      return false;
    }

    @Override
    public Call<T> clone() {
      return new BuiltCall<>(request);
    }

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }
  }
}
