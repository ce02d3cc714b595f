package newsfacts.eval;

import newsfacts.eval.report.Scoring;
import static newsfacts.eval.ScoreRows.assertRatio;
import static newsfacts.eval.ScoreRows.assertRatios;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Counts and their ratios, including the empty answers when nothing was counted. */
class CountsTest {
  @Test
  void nothingCountedGivesEmptyRatiosNotNaN() {
    Counts c = Counts.ZERO;
    assertRatio(null, c.precision(), "P"); // tp + fp = 0: no prediction to judge
    assertRatio(null, c.recall(), "R"); // tp + fn = 0: no gold to find
    assertRatio(null, c.f1(), "F1"); // 2tp + fp + fn = 0
  }

  @Test
  void onlySpuriousPredictionsGiveZeroPrecisionAndNoRecall() {
    Counts c = new Counts(0, 3, 0);
    assertRatio(0.0, c.precision(), "P"); // 0 / (0 + 3)
    assertRatio(null, c.recall(), "R"); // 0 / (0 + 0): empty
    assertRatio(0.0, c.f1(), "F1"); // 2*0 / (0 + 3 + 0) = 0
  }

  @Test
  void onlyMissesGiveZeroRecallAndNoPrecision() {
    Counts c = new Counts(0, 0, 2);
    assertRatio(null, c.precision(), "P"); // 0 / 0: empty
    assertRatio(0.0, c.recall(), "R"); // 0 / (0 + 2)
    assertRatio(0.0, c.f1(), "F1"); // 0 / (0 + 0 + 2)
  }

  @Test
  void f1IsTheHarmonicMeanOfPrecisionAndRecall() {
    Counts c = new Counts(3, 1, 2);
    assertRatio(0.75, c.precision(), "P"); // 3 / 4
    assertRatio(0.6, c.recall(), "R"); // 3 / 5
    assertRatio(2.0 / 3, c.f1(), "F1"); // 2*3 / (6 + 1 + 2) = 6/9; also 2*.75*.6 / 1.35 = .9/1.35
  }

  @Test
  void plusAddsEachCount() {
    assertEquals(new Counts(4, 6, 8), new Counts(1, 2, 3).plus(new Counts(3, 4, 5))); // 1+3, 2+4, 3+5
    assertEquals(new Counts(1, 2, 3), new Counts(1, 2, 3).plus(Counts.ZERO));
  }

  @Test
  void accuracyRowHoldsTheAccuracyInEveryRatioAndIsEmptyWhenNothingMatched() {
    ScoreRow row = ScoreRow.accuracy("quotes", "kind_accuracy", "ALL", 3, 1);
    assertEquals(new Counts(3, 1, 0), row.counts()); // tp = right, fp = wrong, fn unused
    assertRatios(0.75, 0.75, 0.75, row); // 3 / (3 + 1)
    assertRatios(null, null, null, ScoreRow.accuracy("quotes", "kind_accuracy", "ALL", 0, 0)); // nothing matched
  }

  @Test
  void formatWritesFourDecimalsAndLeavesEmptyRatiosBlank() {
    assertEquals("0.6667", Scoring.format(OptionalDouble.of(2.0 / 3))); // 0.66666.. rounds up
    assertEquals("0.5000", Scoring.format(OptionalDouble.of(0.5)));
    assertEquals("", Scoring.format(OptionalDouble.empty()));
  }
}
