package dev.webexwholesale.client.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * Fails the reading of any response body past {@code limit} bytes with
 * {@link BodyTooLargeException}. An application interceptor, so it counts the bytes after
 * OkHttp's transparent gzip: a small compressed bomb is stopped as it inflates. A body framed by
 * a Content-Length within the limit is refused nothing and so is not wrapped.
 */
public final class BodyLimitInterceptor implements Interceptor {
  private final long limit;

  public BodyLimitInterceptor(long limit) {
    this.limit = limit;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    long length = body.contentLength();
    if (length > limit) {
      response.close();
      throw new BodyTooLargeException(limit);
    }
    if (length >= 0 && framedByLength(response, length)) {
      return response; // cannot grow past its length: nothing to count
    }
    BufferedSource limited = Okio.buffer(new ForwardingSource(body.source()) {
      private long read;

      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        long n = super.read(sink, byteCount);
        if (n > 0) {
          read += n;
          if (read > limit) {
            throw new BodyTooLargeException(limit);
          }
        }
        return n;
      }
    });
    return response.newBuilder().body(ResponseBody.create(limited, body.contentType(), body.contentLength())).build();
  }

  /**
   * Whether OkHttp reads this body by its Content-Length: on HTTP/1 a body with a known length
   * is never chunked nor inflated (OkHttp reports -1 for both) and its source ends after exactly
   * that many bytes, so checking the length above bounds it. HTTP/2 frames do not promise that.
   */
  private static boolean framedByLength(Response response, long length) {
    Protocol protocol = response.protocol();
    String declared = response.header("Content-Length");
    if ((protocol != Protocol.HTTP_1_1 && protocol != Protocol.HTTP_1_0) || declared == null) {
      return false;
    }
    try {
      return Long.parseLong(declared) == length; // else the body is not the one the header framed
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
