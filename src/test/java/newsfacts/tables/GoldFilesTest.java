package newsfacts.tables;

import newsfacts.eval.Scorer;
import newsfacts.eval.report.Scoring;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad gold tables stop scoring with an error naming the file, line and column, and no score
 * table is written (an earlier one stays as it was).
 */
class GoldFilesTest {
  private static final String TEXT = "SCO summit opens in Astana\n";
  private static final String HEADER = "doc_id,start,end,text,type,subtype\r\n";
  private static final String GOOD = "d1,0,3,SCO,ORGANIZATION,\r\n";

  @TempDir Path root;
  Path gold;
  Path pred;
  Path output;

  @BeforeEach
  void folders() throws IOException {
    gold = Files.createDirectory(root.resolve("gold"));
    pred = Files.createDirectory(root.resolve("pred"));
    output = root.resolve("scores");
    Files.writeString(pred.resolve("entities.csv"), HEADER + GOOD + "d1,20,26,Astana,LOCATION,CITY\r\n");
  }

  private Map<String, Scorer.Report> score() throws TableFormatException, IOException {
    return new Scoring(Map.of("d1", TEXT)).run(gold, Map.of("system", pred), output, true);
  }

  /** Writes gold entities.csv, scores, and returns the error with the gold folder shown as GOLD. */
  private String errorFor(String entities) throws IOException {
    Files.write(gold.resolve("entities.csv"), entities.getBytes(StandardCharsets.UTF_8));
    return errorForCurrentGold();
  }

  private String errorForCurrentGold() {
    TableFormatException e = assertThrows(TableFormatException.class, this::score);
    assertFalse(Files.exists(output), "no score table is written");
    return e.getMessage().replace(gold.toString(), "GOLD");
  }

  private static String invalid(String problem) {
    return "the tables in GOLD are not valid (1 problem):\n  GOLD/entities.csv: " + problem;
  }

  @Test
  void validGoldIsScored() throws Exception {
    Files.writeString(gold.resolve("entities.csv"), HEADER + GOOD);
    score();
    assertTrue(Files.exists(output.resolve("scores.csv")));
  }

  @Test
  void goldSavedWithAByteOrderMarkIsRead() throws Exception {
    Files.writeString(gold.resolve("entities.csv"), "\uFEFF" + HEADER + GOOD);
    score();
    assertTrue(Files.exists(output.resolve("scores.csv")));
  }

  @Test
  void missingGoldFolder() throws IOException {
    Files.delete(gold);
    assertEquals("GOLD: table folder not found", errorForCurrentGold());
  }

  @Test
  void unclosedQuote() throws IOException {
    assertEquals("GOLD/entities.csv: line 3, column text: the quoted cell that starts here is never closed"
            + " (a quote inside a cell must be doubled)",
        errorFor(HEADER + GOOD + "d1,20,26,\"Astana,LOCATION,CITY\r\n"));
  }

  @Test
  void textAfterClosingQuote() throws IOException {
    assertEquals("GOLD/entities.csv: line 3, column text: text after the closing quote"
            + " (a quote inside a cell must be doubled)",
        errorFor(HEADER + GOOD + "d1,20,26,\"Ast\"ana,LOCATION,CITY\r\n"));
  }

  @Test
  void rowWithTooFewCells() throws IOException {
    assertEquals("GOLD/entities.csv: line 3, column subtype: missing (the row has 5 cells, the header 6)",
        errorFor(HEADER + GOOD + "d1,20,26,Astana,LOCATION\r\n"));
  }

  @Test
  void rowWithTooManyCells() throws IOException {
    assertEquals("GOLD/entities.csv: line 3, column 7: one cell too many (the row has 7 cells, the header 6;"
            + " a comma in a cell needs the cell in double quotes)",
        errorFor(HEADER + GOOD + "d1,20,26,Astana, Kazakhstan,LOCATION,CITY\r\n"));
  }

  @Test
  void missingColumn() throws IOException {
    assertEquals("GOLD/entities.csv: line 1: missing column 'type' (the header has doc_id,start,end,text,subtype)",
        errorFor("doc_id,start,end,text,subtype\r\nd1,0,3,SCO,\r\n"));
  }

  @Test
  void unknownColumn() throws IOException {
    assertEquals("GOLD/entities.csv: line 1, column note: unknown column"
            + " (known columns: doc_id,start,end,text,type,subtype,sentence,canonical)",
        errorFor("doc_id,start,end,text,type,subtype,note\r\nd1,0,3,SCO,ORGANIZATION,,checked\r\n"));
  }

  @Test
  void columnTwice() throws IOException {
    assertEquals("GOLD/entities.csv: line 1, column text: the column appears twice",
        errorFor("doc_id,start,end,text,type,subtype,text\r\nd1,0,3,SCO,ORGANIZATION,,SCO\r\n"));
  }

  @Test
  void offsetThatIsNotANumber() throws IOException {
    assertEquals("GOLD/entities.csv: line 3, column start: 'twenty' is not a whole number",
        errorFor(HEADER + GOOD + "d1,twenty,26,Astana,LOCATION,CITY\r\n"));
  }

  @Test
  void offsetPastTheEndOfTheArticle() throws IOException {
    assertEquals(invalid("line 3, column end: offset 260 is past the end of the article (27 characters)"),
        errorFor(HEADER + GOOD + "d1,20,260,Astana,LOCATION,CITY\r\n"));
  }

  @Test
  void textThatDoesNotMatchTheArticle() throws IOException {
    assertEquals(invalid("line 3, column text: 'Astanb' does not match the article at 20..26, which reads 'Astana'"),
        errorFor(HEADER + GOOD + "d1,20,26,Astanb,LOCATION,CITY\r\n"));
  }

  @Test
  void unknownDocId() throws IOException {
    assertEquals(invalid("line 3, column doc_id: unknown doc_id 'd9'"),
        errorFor(HEADER + GOOD + "d9,20,26,Astana,LOCATION,CITY\r\n"));
  }

  @Test
  void goldThatIsNotUtf8() throws IOException {
    Files.write(gold.resolve("entities.csv"),
        (HEADER + "d1,0,3,Café,ORGANIZATION,\r\n").getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("GOLD/entities.csv: line 2: invalid UTF-8 at byte offset 46 (byte 0xE9): save the table as UTF-8",
        errorForCurrentGold());
  }

  @Test
  void earlierScoresStayAsTheyWereWhenGoldIsBad() throws IOException {
    Files.createDirectory(output);
    Files.writeString(output.resolve("scores.csv"), "earlier scores\r\n");
    Files.writeString(gold.resolve("entities.csv"), HEADER + "d9,0,3,SCO,ORGANIZATION,\r\n");
    assertThrows(TableFormatException.class, this::score);
    assertEquals("earlier scores\r\n", Files.readString(output.resolve("scores.csv")));
    try (var files = Files.list(output)) {
      assertEquals(1, files.count());
    }
  }
}
