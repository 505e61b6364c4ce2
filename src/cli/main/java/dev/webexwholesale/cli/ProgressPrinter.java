package dev.webexwholesale.cli;

import dev.webexwholesale.client.waiter.PollEvent;
import dev.webexwholesale.client.waiter.ProgressListener;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Shows a wait's progress: on a terminal one line rewritten in place with {@code \r}, cut to
 * the terminal's width (IDs shortened) so it never wraps; in a pipe or log one line per status
 * change with full IDs, so logs stay short over long waits and can be searched.
 */
final class ProgressPrinter implements ProgressListener {
  /** Characters kept of a long ID on the live line. */
  static final int SHORT_ID = 8;

  private final PrintWriter sink;
  private final boolean live;
  private final int columns;
  private final String label;
  private final String shortLabel;
  private final UnaryOperator<String> safe;
  private String lastShown;
  private int lastWidth;

  /** @param label what is awaited, e.g. {@code customer Y2lz...} */
  ProgressPrinter(PrintWriter sink, boolean live, String label) {
    this(sink, live, 80, label, UnaryOperator.identity());
  }

  ProgressPrinter(PrintWriter sink, boolean live, int columns, String label, UnaryOperator<String> safe) {
    this.sink = Objects.requireNonNull(sink, "sink");
    this.live = live;
    this.columns = columns;
    this.label = label;
    this.shortLabel = shortenIds(label);
    this.safe = Objects.requireNonNull(safe, "safe");
  }

  @Override
  public void onPoll(PollEvent e) {
    String status = safe.apply(e.gone() ? "gone"
        : e.status().orElseGet(() -> e.error().map(t -> "poll failed (" + t.getClass().getSimpleName() + ")")
            .orElse("unknown")));
    if (live) {
      String line = fit(shortLabel + ": " + status + " (attempt " + e.attempt() + ", "
          + DurationConverter.format(e.elapsed()) + ")", columns - 1);
      sink.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
      lastWidth = line.length();
    } else if (!status.equals(lastShown)) {
      sink.println(label + ": " + status + " (attempt " + e.attempt() + ", " + DurationConverter.format(e.elapsed())
          + ")");
    }
    lastShown = status;
    sink.flush();
  }

  /** Ends the live line so what follows starts on its own line. */
  void finish() {
    if (live && lastWidth > 0) {
      sink.println();
      sink.flush();
      lastWidth = 0;
    }
  }

  /** Words longer than {@link #SHORT_ID} + 2 characters (IDs) keep their first characters and an ellipsis. */
  static String shortenIds(String text) {
    StringBuilder sb = new StringBuilder();
    for (String word : text.split(" ", -1)) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(word.length() > SHORT_ID + 2 ? word.substring(0, SHORT_ID) + "…" : word);
    }
    return sb.toString();
  }

  static String fit(String line, int width) {
    return line.length() <= width ? line : line.substring(0, Math.max(0, width - 1)) + "…";
  }
}
