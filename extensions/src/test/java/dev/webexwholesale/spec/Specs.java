package dev.webexwholesale.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the spec lives, for tests run by Maven (system property) or from the IDE. */
public final class Specs {
  private Specs() {
  }

  public static Path path() {
    String configured = System.getProperty("spec.path");
    return configured != null ? Path.of(configured) : Path.of("openapi", "webex-wholesale.yaml");
  }

  public static String text() {
    try {
      return Files.readString(path());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
