package dev.webexwholesale.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import dev.webexwholesale.client.bulk.BulkRow;
import dev.webexwholesale.client.internal.json.WholesaleJson;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;

/**
 * Rows of a bulk input file, read one at a time: CSV whose header names JSON field paths
 * ({@code provisioningParameters.firstName}; lists as {@code a;b}), or JSON Lines (one request
 * object per line). A row that cannot be read becomes a rejected row with its line number.
 */
final class BulkInput<T> implements Iterator<BulkRow<T>>, Closeable {
  /** Turns a row's JSON before it is checked, e.g. resolving {@code customerExternalId}; throws IllegalArgumentException to reject it. */
  interface Preparer extends UnaryOperator<JsonObject> {
  }

  private final BufferedReader reader;
  private final Class<T> type;
  private final List<String> extraFields;
  private final Preparer preparer;
  private final boolean csv;
  private CsvRecords records;
  private List<String> header;
  private long jsonLine;
  private BulkRow<T> next;

  private BulkInput(BufferedReader reader, Class<T> type, boolean csv, List<String> extraFields, Preparer preparer) {
    this.reader = reader;
    this.type = type;
    this.csv = csv;
    this.extraFields = extraFields;
    this.preparer = preparer;
  }

  /**
   * Opens {@code file}; {@code .csv} is CSV, anything else JSON Lines. {@code extraFields} are
   * top-level names the preparer consumes (they are not request fields).
   */
  static <T> BulkInput<T> open(Path file, Class<T> type, List<String> extraFields, Preparer preparer)
      throws IOException {
    boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    BulkInput<T> input = new BulkInput<>(reader, type, csv, extraFields, preparer);
    if (csv) {
      input.readHeader();
    }
    return input;
  }

  /** A rough row count for progress: the lines of the file, less a CSV header. */
  static long estimateRows(Path file) throws IOException {
    long lines = 0;
    byte[] buffer = new byte[1 << 16];
    try (var in = Files.newInputStream(file)) {
      int n;
      int last = '\n';
      while ((n = in.read(buffer)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
        last = buffer[n - 1];
      }
      if (last != '\n') {
        lines++;
      }
    }
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? Math.max(0, lines - 1) : lines;
  }

  private void readHeader() throws IOException {
    skipBom();
    records = new CsvRecords(reader);
    CsvRecords.Csv first = records.next();
    if (first == null || first.fields() == null) {
      throw new UsageException("the CSV file has no readable header row"
          + (first == null ? "" : " (" + first.problem() + ")"));
    }
    header = new ArrayList<>();
    for (String h : first.fields()) {
      header.add(h.strip());
    }
  }

  private void skipBom() throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = csv ? nextCsv() : nextJson();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return next != null;
  }

  @Override
  public BulkRow<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    BulkRow<T> row = next;
    next = null;
    return row;
  }

  private BulkRow<T> nextCsv() throws IOException {
    CsvRecords.Csv record = records.next();
    if (record == null) {
      return null;
    }
    long line = record.line();
    if (record.fields() == null) {
      return BulkRow.invalid(line, record.problem());
    }
    List<String> cells = record.fields();
    if (cells.size() > header.size()) {
      return BulkRow.invalid(line, cells.size() + " fields, but the header names " + header.size());
    }
    JsonObject tree = new JsonObject();
    try {
      for (int i = 0; i < cells.size(); i++) {
        String column = header.get(i);
        String cell = cells.get(i);
        if (extraFields.contains(column)) {
          if (!cell.isEmpty()) {
            tree.addProperty(column, cell);
          }
        } else {
          RequestFields.put(tree, type, column, cell);
        }
      }
    } catch (IllegalArgumentException e) {
      return BulkRow.invalid(line, e.getMessage());
    }
    return toRow(line, tree);
  }

  private BulkRow<T> nextJson() throws IOException {
    String text;
    do {
      text = reader.readLine();
      jsonLine++;
      if (text == null) {
        return null;
      }
      if (jsonLine == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
    } while (text.isBlank());
    JsonElement tree;
    try {
      // The client's Gson is strict (JsonParser alone would accept unquoted names and the like).
      tree = WholesaleJson.gson().fromJson(text, JsonElement.class);
    } catch (JsonParseException e) {
      return BulkRow.invalid(jsonLine, "not JSON: " + rootMessage(e));
    }
    if (!tree.isJsonObject()) {
      return BulkRow.invalid(jsonLine, "not a JSON object");
    }
    return toRow(jsonLine, tree.getAsJsonObject());
  }

  private BulkRow<T> toRow(long line, JsonObject tree) {
    try {
      JsonObject prepared = preparer.apply(tree);
      String unknown = RequestFields.unknownField(prepared, type);
      if (unknown != null) {
        return BulkRow.invalid(line, "unknown field " + unknown);
      }
      return BulkRow.of(line, WholesaleJson.gson().fromJson(prepared, type));
    } catch (IllegalArgumentException e) {
      return BulkRow.invalid(line, e.getMessage());
    } catch (JsonParseException | IllegalStateException e) {
      return BulkRow.invalid(line, "does not match the request schema: " + rootMessage(e));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
