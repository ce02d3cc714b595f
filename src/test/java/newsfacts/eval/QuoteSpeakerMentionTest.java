package newsfacts.eval;

import static newsfacts.eval.Make.pairs;
import static newsfacts.eval.Make.quote;
import static newsfacts.eval.ScoreRows.assertCounts;
import static newsfacts.eval.ScoreRows.assertRatios;
import static newsfacts.eval.ScoreRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speaker mention accuracy on the 0.3 matches (the predicted source mention overlaps the gold
 * one; neither side with a mention also agrees), and end to end: a 0.3 match whose mention is
 * right. Independent of the canonical speaker name.
 */
class QuoteSpeakerMentionTest {
  private static final int NONE = -1;

  @Test
  void mentionsAreJudgedApartFromCanonicalNames() {
    var gold = List.of(
        quote("d", 0, 10, "A", 12, 14), // "he"
        quote("d", 20, 30, "Ann Lee", 32, 39), // "Ann Lee"
        quote("d", 40, 50, "C", 52, 64), // "the minister"
        quote("d", 70, 80, "", NONE, NONE),
        quote("d", 90, 100, "D", 102, 104),
        quote("d", 110, 120, "", NONE, NONE),
        quote("d", 130, 140, "F", 142, 144)); // missed
    var pred = List.of(
        quote("d", 0, 10, "B", 12, 14), // same mention, wrong name: mention right
        quote("d", 20, 30, "Ann Lee", 36, 39), // "Lee" inside "Ann Lee": right
        quote("d", 40, 50, "C", 66, 69), // "she", elsewhere, right name: mention wrong
        quote("d", 70, 80, "", NONE, NONE), // neither has a mention: right
        quote("d", 90, 100, "D", NONE, NONE), // gold has a mention, prediction none: wrong
        quote("d", 110, 120, "E", 122, 124), // gold has none, prediction one: wrong
        quote("d", 150, 160, "G", 162, 164)); // spurious
    LayerScore s = QuoteScorer.score(pairs(gold, pred));
    // 6 matches; mentions right at 0, 20, 70; wrong at 40, 90, 110
    assertCounts(3, 3, 0, row(s, "speaker_mention_accuracy", "ALL"));
    assertRatios(0.5, 0.5, 0.5, row(s, "speaker_mention_accuracy", "ALL"));
    // end to end: tp 3; fp 7 - 3; fn 7 - 3 -> P 3/7, R 3/7, F1 6/(6+4+4)
    assertCounts(3, 4, 4, row(s, "end_to_end_mention_0.3", "ALL"));
    assertRatios(3.0 / 7, 3.0 / 7, 3.0 / 7, row(s, "end_to_end_mention_0.3", "ALL"));
    // the canonical measures are unchanged by mentions: names right at 20, 40, 70, 90; wrong at 0, 110
    assertCounts(4, 2, 0, row(s, "speaker_accuracy", "ALL"));
    assertCounts(4, 3, 3, row(s, "end_to_end_0.3", "ALL"));
    assertEquals(new Counts(4, 3, 3), s.byDocument().get("d")); // the headline stays end_to_end_0.3
    assertEquals(List.of("wrong_speaker_mention@40", "wrong_speaker_mention@90", "wrong_speaker_mention@110"),
        s.errors().stream().filter(e -> e.error().equals("wrong_speaker_mention"))
            .map(e -> e.error() + "@" + e.start()).toList());
  }

  @Test
  void errorsShowBothMentionsWithTheirOffsets() {
    var gold = List.of(quote("d", 40, 50, "C", 52, 64), quote("d", 90, 100, "D", 102, 104));
    var pred = List.of(quote("d", 40, 50, "C", 66, 69), quote("d", 90, 100, "D", NONE, NONE));
    List<ErrorRow> errors = QuoteScorer.score(pairs(gold, pred)).errors();
    assertEquals(List.of("m52 [52,64) | m66 [66,69)", "m102 [102,104) | "),
        errors.stream().map(e -> e.expected() + " | " + e.got()).toList());
  }

  @Test
  void touchingMentionsDoNotOverlap() {
    // gold mention [10,20); predicted [20,25) starts where it ends; [19,25) shares one character
    var gold = List.of(quote("d", 0, 5, "A", 10, 20), quote("d", 30, 35, "A", 10, 20));
    var pred = List.of(quote("d", 0, 5, "A", 20, 25), quote("d", 30, 35, "A", 19, 25));
    LayerScore s = QuoteScorer.score(pairs(gold, pred));
    assertCounts(1, 1, 0, row(s, "speaker_mention_accuracy", "ALL"));
    assertCounts(1, 1, 1, row(s, "end_to_end_mention_0.3", "ALL"));
  }

  @Test
  void aSecondPredictionWithTheRightMentionDoesNotRescueAWrongMatch() {
    var gold = List.of(quote("d", 0, 10, "A", 12, 14));
    // [0,10) covers the whole gold span and wins the 0.3 matching; [0,4) (0.4) is left over
    var pred = List.of(quote("d", 0, 10, "A", 30, 32), quote("d", 0, 4, "A", 12, 14));
    LayerScore s = QuoteScorer.score(pairs(gold, pred));
    assertCounts(0, 1, 0, row(s, "speaker_mention_accuracy", "ALL"));
    assertCounts(0, 2, 1, row(s, "end_to_end_mention_0.3", "ALL"));
    assertRatios(0.0, 0.0, 0.0, row(s, "end_to_end_mention_0.3", "ALL"));
  }

  @Test
  void nothingMatchedLeavesTheAccuracyEmpty() {
    LayerScore s = QuoteScorer.score(pairs(List.of(quote("d", 0, 10, "A", 12, 14)), List.of()));
    assertCounts(0, 0, 0, row(s, "speaker_mention_accuracy", "ALL"));
    assertRatios(null, null, null, row(s, "speaker_mention_accuracy", "ALL"));
    assertCounts(0, 0, 1, row(s, "end_to_end_mention_0.3", "ALL"));
    assertRatios(null, 0.0, 0.0, row(s, "end_to_end_mention_0.3", "ALL"));
  }
}
