package newsfacts.eval;

import static newsfacts.eval.Make.quote;
import static newsfacts.eval.Make.pairs;
import static newsfacts.eval.ScoreRows.assertCounts;
import static newsfacts.eval.ScoreRows.assertRatios;
import static newsfacts.eval.ScoreRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Speaker accuracy on the 0.3 matches, and end to end: a 0.3 match whose speaker is right. */
class QuoteSpeakerTest {
  @Test
  void speakerAccuracyComparesNormalisedNames() {
    var gold = List.of(quote("d", 0, 10, "direct", "Xinhua"), quote("d", 20, 30, "direct", "Yerzhan Kazykhanov"),
        quote("d", 40, 50, "direct", "Yerzhan Kazykhanov"));
    var pred = List.of(quote("d", 0, 10, "direct", "Xinhua's"), quote("d", 20, 30, "direct", "yerzhan kazykhanov"),
        quote("d", 40, 50, "direct", "He"));
    LayerScore s = QuoteScorer.score(pairs(gold, pred));
    assertCounts(2, 1, 0, row(s, "speaker_accuracy", "ALL")); // Xinhua's = Xinhua, case ignored; He wrong
    assertRatios(2.0 / 3, 2.0 / 3, 2.0 / 3, row(s, "speaker_accuracy", "ALL"));
    // end to end: tp 2; the wrong-speaker pair is fp 1 and fn 1 -> P 2/3, R 2/3, F1 4/(4+1+1)
    assertCounts(2, 1, 1, row(s, "end_to_end_0.3", "ALL"));
    assertRatios(2.0 / 3, 2.0 / 3, 2.0 / 3, row(s, "end_to_end_0.3", "ALL"));
    assertEquals(new Counts(2, 1, 1), s.byDocument().get("d"));
    assertEquals(List.of("wrong_speaker@40"), s.errors().stream().map(e -> e.error() + "@" + e.start()).toList());
  }

  @Test
  void endToEndCountsUnmatchedQuotesAndAccuracyDoesNot() {
    // gold [0,10) A and [20,30) B; predicted [0,10) A and [60,70) C
    var gold = List.of(quote("d", 0, 10, "direct", "A"), quote("d", 20, 30, "direct", "B"));
    var pred = List.of(quote("d", 0, 10, "direct", "A"), quote("d", 60, 70, "direct", "C"));
    LayerScore s = QuoteScorer.score(pairs(gold, pred));
    assertCounts(1, 0, 0, row(s, "speaker_accuracy", "ALL")); // 1 matched, right: 1/1
    assertCounts(1, 1, 1, row(s, "end_to_end_0.3", "ALL")); // P 1/2, R 1/2
    assertRatios(0.5, 0.5, 0.5, row(s, "end_to_end_0.3", "ALL"));
  }

  @Test
  void noSpeakerOnEitherSideAgrees() {
    LayerScore s = QuoteScorer.score(pairs(List.of(quote("d", 0, 10, "direct", "")), List.of(quote("d", 0, 10, "direct", ""))));
    assertCounts(1, 0, 0, row(s, "speaker_accuracy", "ALL"));
    assertCounts(1, 0, 0, row(s, "end_to_end_0.3", "ALL"));
  }

  /**
   * Bug fixed: end to end used to re-match with the speaker inside the affinity, so a second
   * prediction of the same quote with another speaker could rescue it: (1, 1, 0), F1 0.6667,
   * better than committing to one wrong speaker (0, 1, 1), F1 0, and disagreeing with
   * speaker_accuracy (0 right of 1). Now end to end judges the 0.3 matches themselves, as value
   * F1 does for dates (TempEval-3 attribute F1).
   */
  @Test
  void hedgingWithASecondSpeakerDoesNotPay() {
    var gold = List.of(quote("d", 0, 10, "direct", "Cheng Guoping"));
    var hedged = List.of(quote("d", 0, 10, "direct", "Xinhua"), quote("d", 0, 4, "direct", "Cheng Guoping"));
    LayerScore s = QuoteScorer.score(pairs(gold, hedged));
    // the 0.3 matching pairs gold with [0,10) (coverage 1.0 beats 0.4), whose speaker is wrong
    assertCounts(0, 1, 0, row(s, "speaker_accuracy", "ALL"));
    // end to end: tp 0; fp 2 (the wrong-speaker match and the leftover [0,4)); fn 1
    assertCounts(0, 2, 1, row(s, "end_to_end_0.3", "ALL"));
    assertRatios(0.0, 0.0, 0.0, row(s, "end_to_end_0.3", "ALL"));
    assertEquals(new Counts(0, 2, 1), s.byDocument().get("d"));
    LayerScore single = QuoteScorer.score(pairs(gold, hedged.subList(0, 1)));
    assertCounts(0, 1, 1, row(single, "end_to_end_0.3", "ALL")); // committing to one wrong speaker
  }
}
