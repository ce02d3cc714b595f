package newsfacts.formats.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import newsfacts.formats.Fixtures;
import newsfacts.model.Failure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook's structure, read from its XML: sheets, typed cells, frozen header, autofilter. */
class XlsxWriterTest {
  @TempDir Path folder;

  static Path write(Path folder) throws Exception {
    try (XlsxWriter w = new XlsxWriter(folder)) {
      w.add(Fixtures.article("a1"));
      w.add(Fixtures.article("a2"));
      w.commit(List.of(new Failure("a3", "a3.txt", "read", "empty file")));
    }
    return folder.resolve(XlsxWriter.FILE);
  }

  @Test
  void oneSheetPerTableTextAsTextNumbersAsNumbersHeaderFrozenWithAFilter() throws Exception {
    Path xlsx = write(folder);
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      String workbook = entry(zip, "xl/workbook.xml");
      for (String sheet : List.of("documents", "entities", "dates", "quotes", "relations", "entity_index", "failures")) {
        assertTrue(workbook.contains("name=\"" + sheet + "\""), sheet);
      }
      String entities = entry(zip, "xl/worksheets/sheet2.xml");
      assertTrue(entities.contains("<pane") && entities.contains("ySplit=\"1\"") && entities.contains("state=\"frozen\""),
          entities);
      assertTrue(entities.contains("<autoFilter ref=\"A1:H11\""), entities);
      // "Ana" after the emoji: start 2 as a number, its text inline as text.
      assertTrue(entities.contains("<c r=\"B2\" s=\"0\" t=\"n\"><v>2.0</v></c>")
          || entities.contains("<c r=\"B2\" t=\"n\"><v>2.0</v></c>"), entities);
      assertTrue(entities.contains("t=\"inlineStr\"><is><t>Ana Reyes</t></is>"), entities);
      String quotes = entry(zip, "xl/worksheets/sheet4.xml");
      assertTrue(quotes.contains("<t>&quot;=1+1 is 0012&quot;</t>"), quotes);
      assertFalse(quotes.contains("<f>"), "no formula");
      assertFalse(Files.exists(folder.resolve(".xlsx-entities.csv.rows")), "spill files removed");
    }
  }

  @Test
  void aCellLongerThanASpreadsheetHoldsIsCutWithoutSplittingACharacter() {
    String longText = "a".repeat(XlsxWriter.MAX_CELL_CHARS - 1) + "😀b";
    assertEquals(XlsxWriter.MAX_CELL_CHARS - 1, XlsxWriter.cut(longText).length());
    assertEquals("short", XlsxWriter.cut("short"));
  }

  @Test
  void theSameTablesGiveTheSameBytes() throws Exception {
    byte[] first = Files.readAllBytes(write(Files.createDirectory(folder.resolve("first"))));
    Thread.sleep(1_100); // a time stamp of the writing would now differ
    byte[] second = Files.readAllBytes(write(Files.createDirectory(folder.resolve("second"))));
    assertTrue(Arrays.equals(first, second), "byte-identical workbooks");
    try (ZipFile zip = new ZipFile(folder.resolve("first").resolve(XlsxWriter.FILE).toFile())) {
      assertFalse(entry(zip, "docProps/core.xml").contains("dcterms:created"));
      assertEquals(StableZip.ENTRY_TIME, zip.getEntry("xl/workbook.xml").getTimeLocal());
    }
  }

  @Test
  void closingWithoutCommitLeavesNothing() throws Exception {
    try (XlsxWriter w = new XlsxWriter(folder)) {
      w.add(Fixtures.article("a1"));
    }
    try (Stream<Path> left = Files.list(folder)) {
      assertEquals(List.of(), left.toList());
    }
  }

  private static String entry(ZipFile zip, String name) throws Exception {
    return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
  }
}
