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
 * ci_low and ci_high: with two articles a bootstrap draw holds d1 twice (1/4), d2 twice (1/4) or
 * one of each (1/2), so the 2.5th and 97.5th percentiles are the figures of the one-article
 * draws: the lower and the higher of the row's figure on d1 alone and on d2 alone (a row with no
 * counts in one article has its figure in the other at both ends), e.g. entities strict ALL
 * [0.4000, 0.6000] from scores_by_document.csv; relations triple MACRO [0.2500, 1.0000], the
 * mean over d2's four relation types (1, 0, 0, 0) and over d1's two (1, 1).
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
