package dev.webexwholesale.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The seed documents' JSON examples, kept verbatim under src/test/resources/seeds. */
public final class SeedExamples {
  private SeedExamples() {
  }

  public static String read(String name) throws IOException {
    try (InputStream in = SeedExamples.class.getResourceAsStream("/seeds/" + name)) {
      if (in == null) {
        throw new IOException("no seed example " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
