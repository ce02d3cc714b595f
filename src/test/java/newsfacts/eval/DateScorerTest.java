package newsfacts.eval;

import static newsfacts.eval.Make.date;
import static newsfacts.eval.Make.pairs;
import static newsfacts.eval.ScoreRows.assertCounts;
import static newsfacts.eval.ScoreRows.assertRatios;
import static newsfacts.eval.ScoreRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Time expressions after TempEval-3: strict and relaxed extraction, type and value attributes. */
class DateScorerTest {
  @Test
  void strictNeedsTheSameSpanRelaxedAnyOverlap() {
    // gold "Wednesday" [90,99); predicted "on Wednesday" [87,99), same value
    LayerScore s = DateScorer.score(pairs(List.of(date("d", 90, 99, "DATE", "2012-06-06")),
        List.of(date("d", 87, 99, "DATE", "2012-06-06"))));
    assertCounts(0, 1, 1, row(s, "strict", "ALL"));
    assertCounts(1, 0, 0, row(s, "relaxed", "ALL"));
    assertCounts(1, 0, 0, row(s, "value", "ALL"));
  }

  @Test
  void aWeekWrittenWithOneDigitIsTheSameWeek() {
    var gold = List.of(date("d", 0, 9, "DATE", "2000-W6"), date("d", 20, 31, "DATE", "2000-W7-WE"),
        date("d", 40, 49, "DATE", "2000-W16"));
    var pred = List.of(date("d", 0, 9, "DATE", "2000-W06"), date("d", 20, 31, "DATE", "2000-W07-WE"),
        date("d", 40, 49, "DATE", "2000-W06"));
    LayerScore s = DateScorer.score(pairs(gold, pred));
    assertCounts(2, 1, 1, row(s, "value", "ALL")); // W16 is not W06, nor W1 with a 6 after it
    assertEquals(true, DateScorer.sameValue("2000-W6", "2000-W06"));
    assertEquals(false, DateScorer.sameValue("2000-W1", "2000-W16"));
  }

  @Test
  void aDecadeWrittenWithAnXIsTheSameDecadeButOtherGranularitiesDiffer() {
    assertEquals(true, DateScorer.sameValue("198X", "198"));
    assertEquals(true, DateScorer.sameValue("199", "199X"));
    assertEquals(false, DateScorer.sameValue("199X", "1990")); // a year, not the decade
    assertEquals(false, DateScorer.sameValue("1994-XX-XX", "1994")); // a day of the year, not the year
    assertEquals(false, DateScorer.sameValue("19XX", "19")); // a century is written "19" alone
  }

  @Test
  void valueF1CountsOnlyRelaxedMatchesWithTheRightValue() {
    var gold = List.of(date("d", 0, 10, "DATE", "2012-06-06"), date("d", 20, 29, "DATE", "2012-06-06"),
        date("d", 40, 44, "DATE", "2001"));
    var pred = List.of(date("d", 0, 10, "DATE", "2012-06-06"), // same span, right value
        date("d", 17, 29, "DATE", "2012-06-13"), // overlaps, wrong value
        date("d", 60, 63, "DATE", "PRESENT_REF")); // spurious; gold [40,44) is missed
    LayerScore s = DateScorer.score(pairs(gold, pred));
    assertCounts(1, 2, 2, row(s, "strict", "ALL")); // only [0,10) has the same span
    assertCounts(2, 1, 1, row(s, "relaxed", "ALL"));
    assertRatios(2.0 / 3, 2.0 / 3, 2.0 / 3, row(s, "relaxed", "ALL")); // 2/3; 2/3; 4/(4+1+1)
    assertCounts(1, 1, 0, row(s, "value_accuracy", "ALL")); // of the 2 relaxed matches 1 has the value
    // value: tp 1; fp = 3 predicted - 1; fn = 3 gold - 1 -> P 1/3, R 1/3, F1 2/(2+2+2)
    assertCounts(1, 2, 2, row(s, "value", "ALL"));
    assertRatios(1.0 / 3, 1.0 / 3, 1.0 / 3, row(s, "value", "ALL"));
    assertEquals(new Counts(1, 2, 2), s.byDocument().get("d")); // per document: the value figure
  }

  @Test
  void oneGoldWithTwoOverlappingPredictionsKeepsTheLargerOverlap() {
    // gold "June 6, 2012" [8,20); predicted "2012" [16,20) (listed first) and "June 6, 2012" [8,20)
    LayerScore s = DateScorer.score(pairs(List.of(date("d", 8, 20, "DATE", "2012-06-06")),
        List.of(date("d", 16, 20, "DATE", "2012"), date("d", 8, 20, "DATE", "2012-06-06"))));
    assertCounts(1, 1, 0, row(s, "relaxed", "ALL")); // overlap 12 beats 4; "2012" left over
    assertCounts(1, 1, 0, row(s, "value", "ALL")); // the kept match has the right value
  }

  @Test
  void valuePerTypeNeedsTheTypeToAgreeAndOverallDoesNot() {
    // gold "2001" DATE 2001; predicted the same span as DURATION with value 2001
    LayerScore s = DateScorer.score(pairs(List.of(date("d", 0, 4, "DATE", "2001")), List.of(date("d", 0, 4, "DURATION", "2001"))));
    assertCounts(0, 1, 0, row(s, "type_accuracy", "ALL"));
    assertCounts(1, 0, 0, row(s, "value_accuracy", "ALL"));
    assertCounts(1, 0, 0, row(s, "value", "ALL"));
    assertCounts(0, 0, 1, row(s, "value", "DATE"));
    assertCounts(0, 1, 0, row(s, "value", "DURATION"));
  }

  @Test
  void noGoldDatesGiveZeroPrecisionAndNoRecall() {
    LayerScore s = DateScorer.score(pairs(List.of(), List.of(date("d", 0, 4, "DATE", "2001"), date("d", 9, 13, "DATE", "2002"))));
    assertCounts(0, 2, 0, row(s, "relaxed", "ALL"));
    assertRatios(0.0, null, 0.0, row(s, "relaxed", "ALL")); // 0/2; 0/0 empty; 0/(0+2+0)
    assertCounts(0, 2, 0, row(s, "value", "ALL"));
    assertRatios(null, null, null, row(s, "value_accuracy", "ALL")); // nothing matched
  }

  @Test
  void noPredictedDatesGiveZeroRecallAndNoPrecision() {
    LayerScore s = DateScorer.score(pairs(List.of(date("d", 0, 4, "DATE", "2001"), date("d", 9, 13, "SET", "P1Y")), List.of()));
    assertCounts(0, 0, 2, row(s, "value", "ALL"));
    assertRatios(null, 0.0, 0.0, row(s, "value", "ALL"));
    assertCounts(0, 0, 1, row(s, "value", "SET"));
  }
}
