package dev.webexwholesale.client.internal.json;

import java.io.IOException;
import java.io.Reader;
import okio.BufferedSource;

/**
 * The characters of a UTF-8 body, decoded straight from its okio source: no String of the whole
 * body (what {@code ResponseBody.string()} builds) and no 8 KiB byte buffer (what
 * {@code charStream()} adds). Malformed bytes become U+FFFD, as String decoding makes them.
 * Remembers the I/O failure it threw, so a caller can tell a broken connection from JSON that
 * ends too early (both reach it from Gson as an exception caused by an IOException).
 */
public final class Utf8SourceReader extends Reader {
  private final BufferedSource source;
  /** The low surrogate of a supplementary character whose high half filled the last read. */
  private int pendingLow = -1;
  private IOException failure;

  public Utf8SourceReader(BufferedSource source) {
    this.source = source;
  }

  /**
   * @return the I/O failure a read threw, or null when every read succeeded
   */
  public IOException failure() {
    return failure;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int n = 0;
    try {
      if (pendingLow >= 0) {
        buffer[offset + n++] = (char) pendingLow;
        pendingLow = -1;
      }
      while (n < length && !source.exhausted()) {
        int codePoint = source.readUtf8CodePoint();
        if (codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
          buffer[offset + n++] = (char) codePoint;
        } else {
          buffer[offset + n++] = Character.highSurrogate(codePoint);
          if (n < length) {
            buffer[offset + n++] = Character.lowSurrogate(codePoint);
          } else {
            pendingLow = Character.lowSurrogate(codePoint);
          }
        }
      }
    } catch (IOException e) {
      failure = e;
      throw e;
    }
    return n == 0 ? -1 : n;
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
