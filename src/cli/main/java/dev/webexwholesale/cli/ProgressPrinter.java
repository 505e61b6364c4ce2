package dev.webexwholesale.cli;

import dev.webexwholesale.client.waiter.PollEvent;
import dev.webexwholesale.client.waiter.ProgressListener;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * Shows a wait's progress: on a terminal one line rewritten in place with {@code \r};
 * in a pipe or log one line per status change, so logs stay short over long waits.
 */
final class ProgressPrinter implements ProgressListener {
  private final PrintWriter sink;
  private final boolean live;
  private final String label;
  private String lastShown;
  private int lastWidth;

  /** @param label what is awaited, e.g. {@code customer Y2lz...} */
  ProgressPrinter(PrintWriter sink, boolean live, String label) {
    this.sink = Objects.requireNonNull(sink, "sink");
    this.live = live;
    this.label = label;
  }

  @Override
  public void onPoll(PollEvent e) {
    String status = e.gone() ? "gone"
        : e.status().orElseGet(() -> e.error().map(t -> "poll failed (" + t.getClass().getSimpleName() + ")")
            .orElse("unknown"));
    if (live) {
      String line = label + ": " + status + "  (attempt " + e.attempt() + ", " + DurationConverter.format(e.elapsed())
          + " elapsed)";
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
}
