package newsfacts.eval;

import static newsfacts.eval.Make.continuation;
import static newsfacts.eval.Make.pairs;
import static newsfacts.eval.Make.quote;
import static newsfacts.eval.ScoreRows.assertCounts;
import static newsfacts.eval.ScoreRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.model.CharSpan;
import org.junit.jupiter.api.Test;

/**
 * '"A," she said. "B."': the scheme's two rows (A with the cue, B a continuation) against a gold
 * set with one row from A to B. The joined rows count the pair once; the plain rows stay one to one.
 */
class QuoteJoinedContinuationsTest {

  @Test
  void aContinuationInsideItsHeadsGoldQuoteIsPartOfTheMatch() {
    // gold: one attribution [0,100) = A [0,20) + "she said." + B [40,100)
    var gold = List.of(quote("d", 0, 100, "direct", "Ann"));
    var pred = List.of(quote("d", 0, 20, "direct", "Ann"), continuation("d", 40, 100, "Ann"));
    LayerScore s = QuoteScorer.score(pairs(gold, pred));
    // plain: B covers 0.6 of the gold and matches it; A covers 0.2 and is a false positive
    assertCounts(1, 1, 0, row(s, "span_0.3", "ALL"));
    // joined: A with B covers 0.8; B is absorbed
    assertCounts(1, 0, 0, row(s, "span_0.3_joined", "ALL"));
  }

  @Test
  void theUnionLiftsAHeadAboveTheThresholdWhenNeitherPartReachesIt() {
    // gold [0,100): A [0,25), B [50,75): each 0.25, together 0.5
    var gold = List.of(quote("d", 0, 100, "direct", "Ann"));
    var pred = List.of(quote("d", 0, 25, "direct", "Ann"), continuation("d", 50, 75, "Ann"));
    LayerScore s = QuoteScorer.score(pairs(gold, pred));
    assertCounts(0, 2, 1, row(s, "span_0.3", "ALL"));
    assertCounts(1, 0, 0, row(s, "span_0.3_joined", "ALL"));
  }

  @Test
  void goldThatKeepsTheContinuationAsItsOwnRowScoresAsThePlainMeasure() {
    var gold = List.of(quote("d", 0, 20, "direct", "Ann"), quote("d", 40, 100, "direct", "Ann"));
    var pred = List.of(quote("d", 0, 20, "direct", "Ann"), continuation("d", 40, 100, "Ann"));
    LayerScore s = QuoteScorer.score(pairs(gold, pred));
    assertCounts(2, 0, 0, row(s, "span_0.3", "ALL"));
    assertCounts(2, 0, 0, row(s, "span_0.3_joined", "ALL"));
  }

  @Test
  void anotherSpeakersQuoteOrAQuoteWithACueIsNeverAbsorbed() {
    var gold = List.of(quote("d", 0, 100, "direct", "Ann"));
    var pred = List.of(
        quote("d", 0, 40, "direct", "Ann"),
        continuation("d", 45, 60, "Bob"), // another speaker: not Ann's continuation
        quote("d", 65, 100, "direct", "Ann")); // has its own cue
    LayerScore s = QuoteScorer.score(pairs(gold, pred));
    assertCounts(1, 2, 0, row(s, "span_0.3_joined", "ALL"));
  }

  @Test
  void endToEndByMentionCountsTheJoinedMatchOnce() {
    var gold = List.of(quote("d", 0, 100, "Ann", 20, 23));
    var pred = List.of(quote("d", 0, 20, "Ann", 20, 23), continuation("d", 40, 100, "Ann"));
    LayerScore s = QuoteScorer.score(pairs(gold, pred));
    // plain: B matches and has no mention: wrong; A is a false positive
    assertCounts(0, 2, 1, row(s, "end_to_end_mention_0.3", "ALL"));
    assertCounts(1, 0, 0, row(s, "end_to_end_mention_0.3_joined", "ALL"));
  }

  @Test
  void coveredLengthCountsOverlappingPartsOnce() {
    var target = new CharSpan(10, 50);
    assertEquals(25, JoinedQuotes.coveredLength(target,
        List.of(new CharSpan(0, 20), new CharSpan(15, 30), new CharSpan(45, 60), new CharSpan(70, 80))));
  }
}
