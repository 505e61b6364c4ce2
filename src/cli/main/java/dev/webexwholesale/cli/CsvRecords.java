package dev.webexwholesale.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records one at a time (RFC 4180: comma separated, fields in double quotes may hold
 * commas, line breaks and doubled quotes), keeping the line each record starts on. A record
 * with an unterminated quote ends at the end of the input and is reported as bad.
 */
final class CsvRecords {
  /** One record: its fields, or why it cannot be read. */
  record Csv(long line, List<String> fields, String problem) {
  }

  private final Reader in;
  private long line = 1;
  private int pushedBack = -2;

  CsvRecords(Reader in) {
    this.in = in;
  }

  /** The next record, or null at the end of the input. Blank lines are skipped. */
  Csv next() throws IOException {
    while (true) {
      int c = read();
      if (c == -1) {
        return null;
      }
      if (c == '\n') {
        line++;
        continue;
      }
      if (c == '\r') {
        continue;
      }
      unread(c);
      return record();
    }
  }

  private Csv record() throws IOException {
    long start = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    String problem = null;
    while (true) {
      int c = read();
      if (quoted) {
        if (c == -1) {
          return new Csv(start, null, "unterminated quoted field");
        } else if (c == '"') {
          int d = read();
          if (d == '"') {
            field.append('"');
          } else {
            quoted = false;
            unread(d);
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
        continue;
      }
      if (c == -1 || c == '\n' || c == '\r') {
        if (c == '\r') {
          int d = read();
          if (d != '\n') {
            unread(d);
          }
        }
        if (c != -1) {
          line++;
        }
        fields.add(field.toString());
        return new Csv(start, problem == null ? fields : null, problem);
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '"' && field.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == '"' || wasQuoted) {
        if (problem == null) {
          problem = "stray quote in field " + (fields.size() + 1);
        }
      } else {
        field.append((char) c);
      }
    }
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    return in.read();
  }

  private void unread(int c) {
    pushedBack = c;
  }
}
