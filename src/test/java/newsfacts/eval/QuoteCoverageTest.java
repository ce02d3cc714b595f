package newsfacts.eval;

import static newsfacts.eval.Make.quote;
import static newsfacts.eval.Make.pairs;
import static newsfacts.eval.ScoreRows.assertCounts;
import static newsfacts.eval.ScoreRows.assertRatios;
import static newsfacts.eval.ScoreRows.row;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quote spans: a prediction matches when it covers a share t of the gold span (0.3, 0.8, exact). */
class QuoteCoverageTest {
  @Test
  void halfCoveredQuoteMatchesAt03ButNotAt08() {
    // gold [0,20); prediction [5,15) covers 10 of its 20 characters = 0.5
    LayerScore s = QuoteScorer.score(pairs(List.of(quote("d", 0, 20, "direct", "A")), List.of(quote("d", 5, 15, "direct", "A"))));
    assertCounts(1, 0, 0, row(s, "span_0.3", "ALL")); // 0.5 >= 0.3
    assertCounts(1, 0, 0, row(s, "span_0.3", "direct"));
    assertCounts(0, 1, 1, row(s, "span_0.8", "ALL")); // 0.5 < 0.8
    assertCounts(0, 1, 1, row(s, "span_0.8", "direct"));
    assertCounts(0, 1, 1, row(s, "span_exact", "ALL"));
  }

  @Test
  void thresholdsAreInclusive() {
    // gold [0,10) with prediction [0,3): 3/10 = 0.3; gold [100,110) with prediction [100,108): 8/10 = 0.8
    var gold = List.of(quote("d", 0, 10, "indirect", "A"), quote("d", 100, 110, "indirect", "A"));
    var pred = List.of(quote("d", 0, 3, "indirect", "A"), quote("d", 100, 108, "indirect", "A"));
    LayerScore s = QuoteScorer.score(pairs(gold, pred));
    assertCounts(2, 0, 0, row(s, "span_0.3", "ALL")); // 0.3 >= 0.3 and 0.8 >= 0.3
    assertCounts(1, 1, 1, row(s, "span_0.8", "ALL")); // only 0.8 >= 0.8
    assertRatios(0.5, 0.5, 0.5, row(s, "span_0.8", "ALL"));
    assertCounts(0, 2, 2, row(s, "span_exact", "ALL"));
  }

  @Test
  void justBelowTheThresholdDoesNotMatch() {
    // gold [0,100); prediction [0,29) covers 0.29
    LayerScore s = QuoteScorer.score(pairs(List.of(quote("d", 0, 100, "direct", "A")), List.of(quote("d", 0, 29, "direct", "A"))));
    assertCounts(0, 1, 1, row(s, "span_0.3", "ALL"));
    assertCounts(0, 0, 0, row(s, "speaker_accuracy", "ALL")); // nothing matched
    assertRatios(null, null, null, row(s, "speaker_accuracy", "ALL"));
  }

  @Test
  void coverageIsAShareOfTheGoldSpanNotOfThePrediction() {
    // gold [40,50); prediction [0,100) covers all 10 gold characters (only 10% of itself)
    LayerScore s = QuoteScorer.score(pairs(List.of(quote("d", 40, 50, "mixed", "A")), List.of(quote("d", 0, 100, "mixed", "A"))));
    assertCounts(1, 0, 0, row(s, "span_0.8", "ALL")); // 10/10 = 1.0
    assertCounts(0, 1, 1, row(s, "span_exact", "ALL"));
  }

  @Test
  void onePredictionCoveringTwoQuotesMatchesOne() {
    // gold [0,10) and [10,20); prediction [0,20) covers each entirely: a tie, the earlier gold wins
    var gold = List.of(quote("d", 0, 10, "direct", "A"), quote("d", 10, 20, "direct", "A"));
    LayerScore s = QuoteScorer.score(pairs(gold, List.of(quote("d", 0, 20, "direct", "A"))));
    assertCounts(1, 0, 1, row(s, "span_0.3", "ALL"));
    assertRatios(1.0, 0.5, 2.0 / 3, row(s, "span_0.3", "ALL")); // 1/1; 1/2; 2/(2+0+1)
  }

  @Test
  void perKindRowsNeedTheKindToAgree() {
    // gold direct [0,10); predicted indirect [0,10)
    LayerScore s = QuoteScorer.score(pairs(List.of(quote("d", 0, 10, "direct", "A")), List.of(quote("d", 0, 10, "indirect", "A"))));
    assertCounts(0, 0, 1, row(s, "span_0.3", "direct"));
    assertCounts(0, 1, 0, row(s, "span_0.3", "indirect"));
    assertCounts(0, 0, 0, row(s, "span_0.3", "mixed"));
    assertRatios(null, null, null, row(s, "span_0.3", "mixed")); // no mixed quote on either side
    assertCounts(1, 0, 0, row(s, "span_0.3", "ALL")); // ALL ignores the kind
    assertCounts(0, 1, 0, row(s, "kind_accuracy", "ALL")); // the matched pair has the wrong kind
  }
}
