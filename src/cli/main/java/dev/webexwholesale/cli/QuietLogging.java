package dev.webexwholesale.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * JUL's configuration for the command line ({@code java.util.logging.config.class}): the JDK's
 * defaults, with the library's loggers off. JUL reads it when something first logs, not at
 * start-up.
 */
public final class QuietLogging {
  /** The JDK's logging.properties, plus the library's loggers off. */
  static final String CONFIG = "handlers=java.util.logging.ConsoleHandler\n"
      + ".level=INFO\n"
      + "java.util.logging.ConsoleHandler.level=INFO\n"
      + "java.util.logging.ConsoleHandler.formatter=java.util.logging.SimpleFormatter\n"
      + "dev.webexwholesale.level=OFF\n";

  /** Called by {@link LogManager} when it starts. */
  public QuietLogging() {
    try {
      LogManager.getLogManager().readConfiguration(new ByteArrayInputStream(CONFIG.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
