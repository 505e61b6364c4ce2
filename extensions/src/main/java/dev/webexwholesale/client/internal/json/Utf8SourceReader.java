package dev.webexwholesale.client.internal.json;

import java.io.IOException;
import java.io.Reader;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The characters of a UTF-8 body, decoded straight from its okio source: no String of the whole
 * body (what {@code ResponseBody.string()} builds) and no 8 KiB byte buffer (what
 * {@code charStream()} adds). Malformed bytes become U+FFFD, as String decoding makes them.
 * Remembers the I/O failure it threw, so a caller can tell a broken connection from JSON that
 * ends too early (both reach it from Gson as an exception caused by an IOException). ASCII bytes
 * (nearly all of a JSON body) are copied a segment at a time; only the others go through okio's
 * code-point decoder, whose per-call checks cost more than all the rest of a small call's decoding.
 */
public final class Utf8SourceReader extends Reader {
  private final BufferedSource source;
  /** The low surrogate of a supplementary character whose high half filled the last read. */
  private int pendingLow = -1;
  private final Buffer.UnsafeCursor cursor = new Buffer.UnsafeCursor();
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
      while (n < length && source.request(1)) {
        int ascii = copyAscii(buffer, offset + n, length - n);
        if (ascii > 0) {
          n += ascii;
          continue;
        }
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

  /** Copies the leading ASCII bytes of the buffer's first segment (at most {@code max}) and consumes them. */
  private int copyAscii(char[] chars, int at, int max) throws IOException {
    Buffer buffered = source.getBuffer();
    int count = 0;
    try (Buffer.UnsafeCursor segment = buffered.readUnsafe(cursor)) {
      segment.seek(0);
      byte[] data = segment.data;
      int start = segment.start;
      int limit = Math.min(segment.end - start, max);
      while (count < limit && data[start + count] >= 0) {
        chars[at + count] = (char) data[start + count];
        count++;
      }
    }
    buffered.skip(count);
    return count;
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
