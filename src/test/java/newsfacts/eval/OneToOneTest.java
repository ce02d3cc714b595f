package newsfacts.eval;

import static newsfacts.eval.Make.entity;
import static newsfacts.eval.Make.mention;
import static newsfacts.eval.Make.pairs;
import static newsfacts.eval.ScoreRows.assertCounts;
import static newsfacts.eval.ScoreRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One-to-one matching: no gold item or prediction is used twice; ties break by list order. */
class OneToOneTest {
  @Test
  void oneGoldOverlappedByTwoPredictionsTakesTheLargerOverlap() {
    // gold "Yerzhan Kazykhanov" [63,81); predictions the same span and "Kazykhanov" [71,81)
    var gold = List.of(mention(63, 81, "PERSON", ""));
    var pred = List.of(mention(71, 81, "PERSON", ""), mention(63, 81, "PERSON", ""));
    var m = OneToOne.match(gold, pred, (g, p) -> g.span().overlapLength(p.span()));
    // overlaps 10 and 18: the 18 wins; the other prediction is left over
    assertEquals(List.of(new OneToOne.Pair<>(gold.get(0), pred.get(1))), m.pairs());
    assertEquals(new Counts(1, 1, 0), m.counts()); // tp 1, fp 1 (the shorter one), fn 0
  }

  @Test
  void onePredictionOverlappingTwoGoldsMatchesOnlyOne() {
    // gold "Wang" [0,4) and "Yi" [5,7); one prediction "Wang Yi" [0,7) overlaps them by 4 and 2
    var gold = List.of(entity("d", 0, 4, "PERSON"), entity("d", 5, 7, "PERSON"));
    var pred = List.of(entity("d", 0, 7, "PERSON"));
    LayerScore s = EntityScorer.score(pairs(gold, pred));
    assertCounts(1, 0, 1, row(s, "partial", "ALL")); // "Wang" matched (4 > 2), "Yi" missed
    assertCounts(0, 1, 2, row(s, "strict", "ALL")); // no span is equal
  }

  @Test
  void tiesGoToTheEarlierGoldThenTheEarlierPrediction() {
    List<String> gold = List.of("g1", "g2");
    List<String> pred = List.of("p1", "p2", "p3");
    // every pair has affinity 1 except g1-p1, so g1-p2 (earlier gold) beats g2-p2, and g2 takes p1
    var m = OneToOne.match(gold, pred, (g, p) -> g.equals("g1") && p.equals("p1") ? 0 : 1);
    assertEquals(List.of(new OneToOne.Pair<>("g1", "p2"), new OneToOne.Pair<>("g2", "p1")), m.pairs());
    assertEquals(List.of("p3"), m.spurious());
    assertEquals(new Counts(2, 1, 0), m.counts());
  }

  @Test
  void aTiedPredictionGoesToTheEarlierGoldAndTheOtherIsReportedMissed() {
    // gold [0,4) and [4,8); prediction [2,6) overlaps each by 2
    var gold = List.of(entity("d", 0, 4, "PERSON"), entity("d", 4, 8, "PERSON"));
    LayerScore s = EntityScorer.score(pairs(gold, List.of(entity("d", 2, 6, "PERSON"))));
    assertCounts(1, 0, 1, row(s, "partial", "ALL"));
    // strict matches nothing; the error explainer pairs [2,6) with the earlier gold [0,4)
    assertEquals(List.of("wrong_span@0", "missed@4"),
        s.errors().stream().map(e -> e.error() + "@" + e.start()).toList());
  }

  @Test
  void aDuplicatePredictionCannotTakeTheSameGoldTwice() {
    var gold = List.of(entity("d", 0, 3, "ORGANIZATION"));
    var pred = List.of(entity("d", 0, 3, "ORGANIZATION"), entity("d", 0, 3, "ORGANIZATION"));
    // one gold item: at most one true positive; the copy is a false positive (OpenNLP would count 2 tp)
    assertCounts(1, 1, 0, row(EntityScorer.score(pairs(gold, pred)), "strict", "ALL"));
  }

  @Test
  void equalSpansInDifferentDocumentsNeverMatch() {
    var gold = List.of(entity("d1", 0, 3, "ORGANIZATION"));
    var pred = List.of(entity("d2", 0, 3, "ORGANIZATION"));
    LayerScore s = EntityScorer.score(pairs(gold, pred));
    assertCounts(0, 1, 1, row(s, "strict", "ALL"));
    assertCounts(0, 1, 1, row(s, "partial", "ALL"));
  }

  @Test
  void optimalMatchingPairsWhatGreedyLeftUnmatched() {
    // gold [0,4) and [4,8); predictions [0,6) (overlaps 4 and 2) and [1,4) (overlaps 3 and 0).
    // Greedy takes [0,4)-[0,6) first (4) and leaves [4,8) without a partner: tp 1, fp 1, fn 1.
    // The largest total overlap is [0,4)-[1,4) plus [4,8)-[0,6), 3 + 2 = 5: tp 2.
    var gold = List.of(entity("d", 0, 4, "PERSON"), entity("d", 4, 8, "PERSON"));
    var pred = List.of(entity("d", 0, 6, "PERSON"), entity("d", 1, 4, "PERSON"));
    LayerScore s = EntityScorer.score(pairs(gold, pred));
    assertCounts(2, 0, 0, row(s, "partial", "ALL"));
    var golds = List.of(mention(0, 4, "PERSON", ""), mention(4, 8, "PERSON", ""));
    var preds = List.of(mention(0, 6, "PERSON", ""), mention(1, 4, "PERSON", ""));
    var m = OneToOne.match(golds, preds, (g, p) -> g.span().overlapLength(p.span()));
    // listed best pair first
    assertEquals(
        List.of(new OneToOne.Pair<>(golds.get(0), preds.get(1)), new OneToOne.Pair<>(golds.get(1), preds.get(0))),
        m.pairs());
  }

  @Test
  void amongEqualTotalsTheGreedyPairingIsKept() {
    // overlaps g1-p1 4, g1-p2 3, g2-p1 3, g2-p2 2: both pairings total 6 (4 + 2 and 3 + 3);
    // the one holding the better single pair (g1-p1), which greedy finds, is kept
    List<String> gold = List.of("g1", "g2");
    List<String> pred = List.of("p1", "p2");
    java.util.Map<String, Integer> overlap = Map.of("g1p1", 4, "g1p2", 3, "g2p1", 3, "g2p2", 2);
    var m = OneToOne.match(gold, pred, (g, p) -> overlap.get(g + p));
    assertEquals(List.of(new OneToOne.Pair<>("g1", "p1"), new OneToOne.Pair<>("g2", "p2")), m.pairs());
  }

  @Test
  void shareAffinitiesAreComparedExactlyEnoughToFindTheOptimum() {
    // three gold items and three predictions in a chain of overlaps; greedy by best share
    // takes g1-p1 (0.9) and g3-p3 (0.7) only, the optimum g1-p2, g2-p1, g3-p3 (0.5 + 0.6 + 0.7)
    List<String> gold = List.of("g1", "g2", "g3");
    List<String> pred = List.of("p1", "p2", "p3");
    java.util.Map<String, Double> share =
        Map.of("g1p1", 0.9, "g1p2", 0.5, "g2p1", 0.6, "g2p3", 0.4, "g3p3", 0.7);
    var m = OneToOne.match(gold, pred, (g, p) -> share.getOrDefault(g + p, 0.0));
    assertEquals(new Counts(3, 0, 0), m.counts());
  }
}
