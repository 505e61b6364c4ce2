package dev.webexwholesale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {
  @Test
  void quotedFieldsHoldCommasQuotesLineBreaksAndUnicode() throws IOException {
    CsvRecords csv = new CsvRecords(new StringReader(
        "a,b,c\r\n\"Zürich, \"\"Main\"\" St\",\"two\nlines\",東京\n\n,,last\n"));
    assertEquals(new CsvRecords.Csv(1, List.of("a", "b", "c"), null), csv.next());
    assertEquals(new CsvRecords.Csv(2, List.of("Zürich, \"Main\" St", "two\nlines", "東京"), null), csv.next());
    assertEquals(new CsvRecords.Csv(5, List.of("", "", "last"), null), csv.next(), "blank line skipped, numbering kept");
    assertNull(csv.next());
  }

  @Test
  void aStrayQuoteSpoilsOnlyItsRecord() throws IOException {
    CsvRecords csv = new CsvRecords(new StringReader("x,ab\"c\n\"q\"z,1\nok,2"));
    assertEquals(new CsvRecords.Csv(1, null, "stray quote in field 2"), csv.next());
    assertEquals(new CsvRecords.Csv(2, null, "stray quote in field 1"), csv.next());
    assertEquals(new CsvRecords.Csv(3, List.of("ok", "2"), null), csv.next());
    assertNull(csv.next());
  }

  @Test
  void anUnterminatedQuoteEndsTheInputAsABadRecord() throws IOException {
    CsvRecords csv = new CsvRecords(new StringReader("a,b\n\"open,1\nmore"));
    assertEquals(List.of("a", "b"), csv.next().fields());
    assertEquals(new CsvRecords.Csv(2, null, "unterminated quoted field"), csv.next());
    assertNull(csv.next());
  }
}
