package dev.webexwholesale.cli;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import dev.webexwholesale.client.bulk.BulkOutcome;
import dev.webexwholesale.client.bulk.JournalRecord;
import dev.webexwholesale.client.internal.json.WholesaleJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Prints where every row of a journal stands, also while a run is writing it (the journal is
 * read, not locked): one JSON line per row, then a summary on stderr.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Print the outcome of every row of a bulk journal, finished or not.",
        "Rows without a result show as in_flight (an intent: the next run reconciles it) or accepted.",
        "Exit codes as for provision; unfinished rows count as failed (they need a rerun)."})
final class BulkReportCommand implements Callable<Integer> {
  private static final Gson GSON = new Gson();

  @ParentCommand
  BulkCommand bulk;

  @Option(names = "--journal", required = true, paramLabel = "PATH", description = "The journal to read.")
  Path journal;

  /** What the journal says about one row. */
  private static final class Row {
    long row;
    String key;
    String state;
    String id;
    String status;
    boolean adopted;
    JournalRecord result;
  }

  @Override
  public Integer call() throws IOException {
    if (!Files.isReadable(journal)) {
      throw new UsageException("cannot read journal " + journal);
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    long lineNumber = 0;
    try (BufferedReader in = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JournalRecord r;
        try {
          r = GSON.fromJson(line, JournalRecord.class);
        } catch (JsonParseException e) {
          if (in.ready()) {
            throw new UsageException("journal line " + lineNumber + " is not a record");
          }
          break; // a last line still being written, or torn by a crash
        }
        if (r == null || r.type() == null) {
          continue;
        }
        String id = r.key() != null ? r.key() : "#" + r.row();
        Row row = rows.computeIfAbsent(id, k -> new Row());
        row.row = r.row();
        row.key = r.key();
        switch (r.type()) {
          case INTENT:
            row.state = "in_flight";
            row.result = null;
            break;
          case FATE:
            row.state = "in_flight"; // refused (not a send) or unknown (reconciled by the next run)
            break;
          case ACCEPTED:
            row.state = "accepted";
            row.id = r.id();
            row.status = r.status();
            row.adopted = Boolean.TRUE.equals(r.adopted());
            row.result = null;
            break;
          default:
            row.state = r.outcome() == null ? "unknown" : r.outcome().wireName();
            row.result = r;
            if (r.id() != null) {
              row.id = r.id();
            }
            row.status = r.status();
        }
      }
    }
    Map<BulkOutcome, Long> counts = new EnumMap<>(BulkOutcome.class);
    long unfinished = 0;
    for (Row row : rows.values()) {
      JsonObject o = new JsonObject();
      o.addProperty("row", row.row);
      o.addProperty("key", row.key);
      o.addProperty("outcome", row.state);
      o.addProperty("id", row.id);
      o.addProperty("status", row.status);
      if (row.adopted || row.result != null && Boolean.TRUE.equals(row.result.adopted())) {
        o.addProperty("adopted", true);
      }
      JournalRecord r = row.result;
      o.add("errors", BulkRun.errors(r == null || r.errors() == null ? List.of() : r.errors()));
      List<String> tracking = r == null ? null : r.trackingIds();
      o.addProperty("trackingId", tracking == null || tracking.isEmpty() ? null : tracking.get(tracking.size() - 1));
      if (r != null && r.message() != null) {
        o.addProperty("message", r.message());
      }
      bulk.root.ctx.out.println(WholesaleJson.gson().toJson(o));
      if (r != null && r.outcome() != null) {
        counts.merge(r.outcome(), 1L, Long::sum);
      } else {
        unfinished++;
      }
    }
    bulk.root.ctx.out.flush();
    StringBuilder s = new StringBuilder("bulk report: ").append(rows.size()).append(" rows");
    counts.forEach((k, v) -> s.append(", ").append(v).append(' ').append(k.wireName().replace('_', ' ')));
    s.append(", ").append(unfinished).append(" not finished");
    bulk.root.ctx.err.println(s);
    bulk.root.ctx.err.flush();
    int code = BulkRun.exitCode(counts);
    return unfinished > 0 && code != ExitCodes.PROVISIONING_FAILED ? ExitCodes.PROVISIONING_FAILED : code;
  }
}
