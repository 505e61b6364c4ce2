package dev.webexwholesale.client.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesJournalTest {
  @TempDir
  Path dir;

  static JournalRecord intent(long row, String key) {
    return new JournalRecord(JournalRecord.Type.INTENT, row, key, "2026-01-05T09:00:00Z", 1, null, null, null, null,
        null, List.of("WBXBULK_1"), null);
  }

  static List<JournalRecord> replay(Path path) throws IOException {
    List<JournalRecord> out = new ArrayList<>();
    try (JsonLinesJournal journal = JsonLinesJournal.open(path)) {
      journal.replay(out::add);
    }
    return out;
  }

  @Test
  void recordsAreOneJsonObjectPerLineAndReplayInOrder() throws IOException {
    Path path = dir.resolve("j.jsonl");
    try (JsonLinesJournal journal = JsonLinesJournal.open(path)) {
      journal.append(intent(1, "ext-ü-1"));
      journal.append(new JournalRecord(JournalRecord.Type.RESULT, 1, "ext-ü-1", "2026-01-05T09:00:01Z", null, "Y2lk=",
          "provisioned", null, BulkOutcome.ON_HOLD, List.of(new BulkError(4003L, "needs \"consent\"")), List.of(),
          null));
    }
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    assertEquals(2, lines.size());
    assertTrue(lines.get(0).startsWith("{\"type\":\"intent\",\"row\":1,\"key\":\"ext-ü-1\""), lines.get(0));
    assertTrue(lines.get(1).contains("\"outcome\":\"on_hold\""), lines.get(1));
    assertTrue(lines.get(1).contains("\"id\":\"Y2lk=\""), "no HTML escaping of base64: " + lines.get(1));
    List<JournalRecord> records = replay(path);
    assertEquals(List.of(JournalRecord.Type.INTENT, JournalRecord.Type.RESULT), records.stream().map(JournalRecord::type).toList());
    assertEquals("needs \"consent\"", records.get(1).errors().get(0).description());
  }

  @Test
  void aTornLastLineIsDroppedAndAppendsStartOnAFreshLine() throws IOException {
    Path path = dir.resolve("j.jsonl");
    try (JsonLinesJournal journal = JsonLinesJournal.open(path)) {
      journal.append(intent(1, "a"));
    }
    Files.write(path, "{\"type\":\"intent\",\"row\":2,\"ke".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
    try (JsonLinesJournal journal = JsonLinesJournal.open(path)) {
      journal.append(intent(3, "c"));
    }
    assertEquals(List.of("a", "c"), replay(path).stream().map(JournalRecord::key).toList());
  }

  @Test
  void aDamagedLineInTheMiddleStopsTheRunInsteadOfGuessing() throws IOException {
    Path path = dir.resolve("j.jsonl");
    Files.writeString(path, "{\"type\":\"intent\",\"row\":1,\"key\":\"a\"}\nnot json\n{\"type\":\"intent\",\"row\":2,\"key\":\"b\"}\n");
    IOException e = assertThrows(IOException.class, () -> replay(path));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void concurrentAppendsAreAllKeptWhole() throws Exception {
    Path path = dir.resolve("j.jsonl");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (JsonLinesJournal journal = JsonLinesJournal.open(path)) {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        int row = i;
        done.add(pool.submit(() -> {
          journal.append(intent(row, "k" + row));
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    Set<String> keys = new HashSet<>();
    replay(path).forEach(r -> keys.add(r.key()));
    assertEquals(400, keys.size());
  }

  @Test
  void oneJournalServesOneRunAtATime() throws IOException {
    Path path = dir.resolve("j.jsonl");
    try (JsonLinesJournal journal = JsonLinesJournal.open(path)) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> JsonLinesJournal.open(path));
      assertTrue(e.getMessage().contains("in use"), e.getMessage());
    }
    JsonLinesJournal.open(path).close(); // released on close
  }

  @Test
  void aNewJournalIsOwnerOnly() throws IOException {
    Path path = dir.resolve("new.jsonl");
    try (JsonLinesJournal journal = JsonLinesJournal.open(path)) {
      journal.append(intent(1, "k"));
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
        java.nio.file.Files.getPosixFilePermissions(path)));
  }

  @Test
  void anInterruptedCallerStillWritesDurablyAndTheJournalStaysOpen() throws IOException {
    Path path = dir.resolve("interrupt.jsonl");
    try (JsonLinesJournal journal = JsonLinesJournal.open(path)) {
      Thread.currentThread().interrupt();
      try {
        journal.append(intent(1, "a"));
        assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
      } finally {
        Thread.interrupted();
      }
      journal.append(intent(2, "b"));
    }
    assertEquals(List.of("a", "b"), replay(path).stream().map(JournalRecord::key).toList());
  }

  @Test
  void fatesRoundTripAndOldRecordsReadWithoutOne() throws IOException {
    Path path = dir.resolve("fate.jsonl");
    try (JsonLinesJournal journal = JsonLinesJournal.open(path)) {
      journal.append(new JournalRecord(JournalRecord.Type.FATE, 0, "k", "2026-01-05T09:00:00Z", 1, null, null, null,
          null, null, null, null, SendFate.UNKNOWN));
      journal.append(intent(0, "k"));
    }
    assertTrue(java.nio.file.Files.readString(path).startsWith("{\"type\":\"fate\",\"row\":0,\"key\":\"k\""));
    List<JournalRecord> records = replay(path);
    assertEquals(SendFate.UNKNOWN, records.get(0).fate());
    assertEquals(null, records.get(1).fate());
  }
}
