package newsfacts.eval.report;

import newsfacts.eval.SmallTables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files for the score tables Scoring.run writes from {@link SmallTables}. The expected
 * files under src/test/resources/newsfacts/score/ were written by hand from the counts in
 * ScoringTablesTest: P = tp/(tp+fp), R = tp/(tp+fn), F1 = 2tp/(2tp+fp+fn), four decimals, blank
 * when the denominator is 0; MACRO rows are means of the per-type figures that are not blank.
 */
class ScoresCsvGoldenTest {
  @TempDir Path dir;
  private Path out;

  @BeforeEach
  void score() throws Exception {
    out = dir.resolve("out");
    new Scoring(SmallTables.TEXTS).run(SmallTables.writeGold(dir.resolve("gold")),
        Map.of("sys", SmallTables.writePrediction(dir.resolve("pred"))), out, false); // raw: no BOM
  }

  private static void assertSameLines(String expectedResource, Path written) throws Exception {
    List<String> expected = Files.readAllLines(Path.of(ScoresCsvGoldenTest.class.getResource(expectedResource).toURI()));
    List<String> actual = Files.readAllLines(written, StandardCharsets.UTF_8);
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), written.getFileName() + " line " + (i + 1));
    }
    assertEquals(expected.size(), actual.size(), written.getFileName() + " line count");
  }

  @Test
  void scoresCsvMatchesTheHandWorkedFile() throws Exception {
    assertSameLines("scores.expected.csv", out.resolve("scores.csv"));
  }

  @Test
  void scoresByDocumentCsvMatchesTheHandWorkedFile() throws Exception {
    assertSameLines("scores_by_document.expected.csv", out.resolve("scores_by_document.csv"));
  }

  @Test
  void recordsEndInCrLfAsRfc4180Asks() throws Exception {
    String csv = Files.readString(out.resolve("scores.csv"), StandardCharsets.UTF_8);
    assertTrue(csv.endsWith("\r\n"));
    assertFalse(csv.replace("\r\n", "").contains("\n"));
  }
}
