package dev.webexwholesale.client.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import org.junit.jupiter.api.Test;

/**
 * The ASCII fast path reads what okio's code-point decoder reads: the same characters for valid
 * UTF-8 (as String decoding) and for malformed bytes, whatever the chunks the bytes arrive in and
 * the lengths the caller asks for.
 */
class Utf8SourceReaderTest {
  private static final String[] PIECES = {"a", "{\"id\":\"", "ü", "東", "\uD83D\uDE00", " ", "\"}", "x".repeat(9000)};

  @Test
  void validUtf8DecodesAsStringDecodingDoesAcrossChunksAndSegments() throws IOException {
    Random random = new Random(7);
    for (int run = 0; run < 200; run++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(60); i > 0; i--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      assertEquals(text.toString(), readAll(bytes, random), "seed 7, run " + run);
    }
  }

  @Test
  void malformedBytesDecodeAsOkiosCodePointDecoderDoes() throws IOException {
    Random random = new Random(11);
    for (int run = 0; run < 500; run++) {
      byte[] bytes = new byte[4 + random.nextInt(40)];
      // Ends in ASCII: a sequence cut by the end of the body is an EOFException, in both decoders.
      java.util.Arrays.fill(bytes, bytes.length - 4, bytes.length, (byte) '}');
      for (int i = 0; i < bytes.length - 4; i++) {
        // Mostly ASCII, with lead, continuation and invalid bytes among them.
        bytes[i] = random.nextInt(3) == 0 ? (byte) (0x80 + random.nextInt(128)) : (byte) random.nextInt(128);
      }
      assertEquals(codePointByCodePoint(bytes), readAll(bytes, random), "seed 11, run " + run);
    }
  }

  /** The bytes through the reader, arriving in random small chunks, read with random lengths. */
  private static String readAll(byte[] bytes, Random random) throws IOException {
    Buffer all = new Buffer().write(bytes);
    BufferedSource chunked = Okio.buffer(new ForwardingSource(all) {
      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        return super.read(sink, Math.min(byteCount, 1 + random.nextInt(10_000)));
      }
    });
    StringBuilder out = new StringBuilder();
    try (Utf8SourceReader reader = new Utf8SourceReader(chunked)) {
      char[] chars = new char[1024];
      for (int n; (n = reader.read(chars, 0, 1 + random.nextInt(chars.length))) != -1; ) {
        out.append(chars, 0, n);
      }
    }
    return out.toString();
  }

  private static String codePointByCodePoint(byte[] bytes) throws IOException {
    Buffer buffer = new Buffer().write(bytes);
    StringBuilder out = new StringBuilder();
    while (!buffer.exhausted()) {
      out.appendCodePoint(buffer.readUtf8CodePoint());
    }
    return out.toString();
  }
}
