package dev.webexwholesale.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Captures what the client logs through {@link System.Logger}: the JDK's default LoggerFinder
 * binds System.Logger to java.util.logging, so a JUL handler on {@code dev.webexwholesale.client}
 * sees every record (DEBUG arrives as FINE, TRACE as FINER). Close it to restore the logger.
 */
public final class LogCapture extends Handler implements AutoCloseable {
  /** One captured line: the logger's name, the JUL level and the formatted message. */
  public record Line(String logger, Level level, String message) {
    @Override
    public String toString() {
      return level + " " + logger + ": " + message;
    }
  }

  // Held strongly: JUL forgets the level of a logger nobody references.
  private final Logger root = Logger.getLogger("dev.webexwholesale.client");
  private final Level previous = root.getLevel();
  private final List<Line> lines = new CopyOnWriteArrayList<>();

  /**
   * Starts capturing at {@code level} and finer-than-it levels off.
   *
   * @param level the finest level captured, e.g. {@link Level#FINEST} for everything
   * @return the capture
   */
  public static LogCapture at(Level level) {
    LogCapture c = new LogCapture();
    c.setLevel(level);
    c.root.setLevel(level);
    c.root.addHandler(c);
    return c;
  }

  @Override
  public void publish(LogRecord record) {
    if (isLoggable(record)) {
      String message = record.getParameters() == null || record.getParameters().length == 0
          ? record.getMessage() : java.text.MessageFormat.format(record.getMessage(), record.getParameters());
      lines.add(new Line(record.getLoggerName(), record.getLevel(), message));
    }
  }

  /** Every line so far. */
  public List<Line> lines() {
    return List.copyOf(lines);
  }

  /** The lines of one logger, e.g. {@code dev.webexwholesale.client.retry}. */
  public List<Line> of(String logger) {
    return lines.stream().filter(l -> l.logger().equals(logger)).collect(Collectors.toList());
  }

  /** Everything captured as one text, for "never contains" checks. */
  public String all() {
    return lines.stream().map(Line::toString).collect(Collectors.joining("\n"));
  }

  @Override
  public void flush() {
  }

  @Override
  public void close() {
    root.removeHandler(this);
    root.setLevel(previous);
  }
}
