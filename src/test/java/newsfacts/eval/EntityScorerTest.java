package newsfacts.eval;

import static newsfacts.eval.Make.entity;
import static newsfacts.eval.Make.pairs;
import static newsfacts.eval.ScoreRows.assertCounts;
import static newsfacts.eval.ScoreRows.assertRatios;
import static newsfacts.eval.ScoreRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Entities: strict, exact and partial matching, empty sides, subtype accuracy, error labels. */
class EntityScorerTest {
  @Test
  void partialOverlapCountsForPartialOnly() {
    // gold "Kazakhstan" [33,43) LOCATION; predicted "Kazakhstan's" [33,45) LOCATION
    LayerScore s = EntityScorer.score(pairs(List.of(entity("d", 33, 43, "LOCATION")), List.of(entity("d", 33, 45, "LOCATION"))));
    assertCounts(0, 1, 1, row(s, "strict", "ALL")); // spans differ
    assertCounts(0, 1, 1, row(s, "exact", "ALL")); // spans differ
    assertCounts(1, 0, 0, row(s, "partial", "ALL")); // overlap 10 characters, same type
    assertEquals("wrong_span", s.errors().get(0).error());
  }

  @Test
  void sameSpanWrongTypeCountsForExactOnly() {
    // gold "Xinhua" [22,28) ORGANIZATION; predicted the same span as PERSON
    LayerScore s = EntityScorer.score(pairs(List.of(entity("d", 22, 28, "ORGANIZATION")), List.of(entity("d", 22, 28, "PERSON"))));
    assertCounts(0, 1, 1, row(s, "strict", "ALL"));
    assertCounts(1, 0, 0, row(s, "exact", "ALL")); // type ignored
    assertCounts(0, 1, 1, row(s, "partial", "ALL")); // partial needs the type
    assertCounts(0, 0, 1, row(s, "strict", "ORGANIZATION"));
    assertCounts(0, 1, 0, row(s, "strict", "PERSON"));
    assertEquals("wrong_type", s.errors().get(0).error());
  }

  @Test
  void emptyPredictionsGiveZeroRecallAndNoPrecision() {
    LayerScore s = EntityScorer.score(pairs(List.of(entity("d", 0, 6, "LOCATION"), entity("d", 10, 13, "ORGANIZATION")), List.of()));
    assertCounts(0, 0, 2, row(s, "strict", "ALL"));
    assertRatios(null, 0.0, 0.0, row(s, "strict", "ALL")); // P 0/0 empty; R 0/2; F1 0/(0+0+2)
    assertEquals(new Counts(0, 0, 2), s.byDocument().get("d"));
  }

  @Test
  void bothSidesEmptyGiveEmptyRatios() {
    LayerScore s = EntityScorer.score(pairs(List.of(), List.of()));
    assertCounts(0, 0, 0, row(s, "strict", "ALL"));
    assertRatios(null, null, null, row(s, "strict", "ALL"));
    assertRatios(null, null, null, row(s, "strict", "MACRO")); // no per-type rows to average
  }

  @Test
  void typeWithNoGoldGetsZeroPrecisionAndNoRecall() {
    // gold one PERSON; predicted that PERSON plus a MISC nobody annotated
    LayerScore s = EntityScorer.score(pairs(List.of(entity("d", 0, 4, "PERSON")),
        List.of(entity("d", 0, 4, "PERSON"), entity("d", 9, 13, "MISC"))));
    assertCounts(0, 1, 0, row(s, "strict", "MISC"));
    assertRatios(0.0, null, 0.0, row(s, "strict", "MISC")); // P 0/1; R 0/0 empty; F1 0/(0+1+0)
    assertCounts(1, 0, 0, row(s, "strict", "PERSON"));
    assertCounts(1, 1, 0, row(s, "strict", "ALL"));
    assertRatios(0.5, 1.0, 2.0 / 3, row(s, "strict", "ALL")); // 1/2; 1/1; 2/(2+1+0)
  }

  @Test
  void subtypeAccuracyIsJudgedOnStrictLocationMatches() {
    var gold = List.of(entity("d", 0, 6, "LOCATION", "CITY"), entity("d", 10, 20, "LOCATION", "COUNTRY"),
        entity("d", 30, 40, "LOCATION", "REGION"));
    var pred = List.of(entity("d", 0, 6, "LOCATION", "CITY"), entity("d", 10, 20, "LOCATION", "CITY"),
        entity("d", 30, 41, "LOCATION", "REGION")); // the third is not a strict match
    ScoreRow r = row(EntityScorer.score(pairs(gold, pred)), "subtype_accuracy", "LOCATION");
    assertCounts(1, 1, 0, r); // CITY = CITY right, COUNTRY vs CITY wrong
    assertRatios(0.5, 0.5, 0.5, r); // 1 / 2
  }
}
