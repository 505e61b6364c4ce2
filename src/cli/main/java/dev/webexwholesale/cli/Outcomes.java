package dev.webexwholesale.cli;

import dev.webexwholesale.client.waiter.PackageProblem;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.model.ErrorDetail;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.UnaryOperator;

/** Turns how a wait ended into stdout JSON, stderr lines and an exit code. */
final class Outcomes {
  private Outcomes() {
  }

  /**
   * Prints the last resource seen (if any, and not gone) to {@code out} whatever the kind, so a
   * script can inspect a failed resource too; explains anything but success on {@code err}.
   */
  static int report(WaitOutcome<?> o, PrintWriter out, PrintWriter err) {
    return report(o, out, err, UnaryOperator.identity());
  }

  /** @param safe applied to every stderr line: statuses and descriptions come from the server */
  static int report(WaitOutcome<?> o, PrintWriter out, PrintWriter errSink, UnaryOperator<String> safe) {
    PrintWriter err = new PrintWriter(errSink) {
      @Override
      public void println(String line) {
        errSink.println(safe.apply(line));
      }
    };
    if (!o.isGone()) {
      o.resource().ifPresent(r -> JsonIO.print(out, r));
    }
    String what = o.resourceType() + " " + o.resourceId().orElse("(id unknown)");
    String status = o.status().orElse(o.isGone() ? "gone" : "none seen");
    String after = " after " + o.attempts() + (o.attempts() == 1 ? " attempt" : " attempts") + " in "
        + DurationConverter.format(o.elapsed());
    int code;
    switch (o.kind()) {
      case SUCCEEDED:
        code = ExitCodes.OK;
        break;
      case FAILED:
        err.println("error: " + what + (o.isGone() ? " disappeared while waiting" : " failed with status " + status)
            + after);
        code = ExitCodes.PROVISIONING_FAILED;
        break;
      case ON_HOLD:
        err.println("on hold: " + what + " has status " + status + ", which needs action by a person"
            + o.remedy().map(r -> " (" + r + ")").orElse("") + after);
        code = ExitCodes.ON_HOLD;
        break;
      case TIMED_OUT:
        err.println("timed out: " + what + " still not done" + after + "; last status seen: " + status);
        code = ExitCodes.TIMED_OUT;
        break;
      default:
        err.println("error: wait for " + what + " was interrupted; last status seen: " + status);
        code = ExitCodes.API_ERROR;
    }
    for (PackageProblem p : o.problems()) {
      if (!p.errors().isEmpty() || !p.warnings().isEmpty()) {
        err.println("  " + problemLine(p));
      }
    }
    err.flush();
    return code;
  }

  /** {@code package webex_calling (error): error 4003 Number unavailable; warning 7001 ...}. */
  static String problemLine(PackageProblem p) {
    String source = switch (p.source()) {
      case PACKAGE -> "package ";
      case ADD_ON -> "addOn ";
      case SUBSCRIBER -> "subscriber ";
      case CUSTOMER -> "";
    };
    StringBuilder s = new StringBuilder(source).append(p.name() == null ? "?" : p.name());
    if (p.status() != null) {
      s.append(" (").append(p.status()).append(')');
    }
    s.append(':');
    String sep = " ";
    sep = append(s, "error", p.errors(), sep);
    append(s, "warning", p.warnings(), sep);
    return s.toString();
  }

  private static String append(StringBuilder s, String kind, List<ErrorDetail> details, String sep) {
    for (ErrorDetail d : details) {
      s.append(sep).append(kind).append(' ')
          .append(d == null || d.getErrorCode() == null ? "(no code)" : d.getErrorCode());
      if (d != null && d.getDescription() != null && !d.getDescription().isBlank()) {
        s.append(' ').append(d.getDescription().strip().replaceAll("\\s+", " "));
      }
      sep = "; ";
    }
    return sep;
  }
}
