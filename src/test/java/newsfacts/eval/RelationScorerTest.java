package newsfacts.eval;

import static newsfacts.eval.Make.relation;
import static newsfacts.eval.Make.pairs;
import static newsfacts.eval.ScoreRows.assertCounts;
import static newsfacts.eval.ScoreRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Relations as (document, subject, relation, object) triples, names normalised, duplicates once. */
class RelationScorerTest {
  @Test
  void duplicateTriplesCountOnce() {
    var gold = List.of(relation("d", "SCO", "org:date_founded", "2001"), relation("d", "SCO", "org:date_founded", "2001"));
    var pred = List.of(relation("d", "The SCO's", "org:date_founded", "2001"),
        relation("d", "SCO", "org:date_founded", "2001"), relation("d", "sco", "org:date_founded", "2001"));
    LayerScore s = RelationScorer.score(pairs(gold, pred));
    assertCounts(1, 0, 0, row(s, "triple", "ALL")); // one fact on each side after normalising
    assertEquals(new Counts(1, 0, 0), s.byDocument().get("d"));
    assertEquals(List.of(), s.errors());
  }

  @Test
  void aDuplicatedWrongTripleIsOneFalsePositive() {
    var pred = List.of(relation("d", "Cheng Guoping", "per:title", "dean"), relation("d", "Cheng Guoping", "per:title", "Dean"));
    LayerScore s = RelationScorer.score(pairs(List.of(), pred));
    assertCounts(0, 1, 0, row(s, "triple", "ALL"));
    assertEquals(1, s.errors().size());
  }

  @Test
  void argumentsAreComparedAsNormalisedNames() {
    var gold = List.of(relation("d", "Yerzhan Kazykhanov", "per:employee_or_member_of", "Kazakhstan"));
    var pred = List.of(relation("d", "YERZHAN KAZYKHANOV", "per:employee_or_member_of", "Kazakhstan's"));
    assertCounts(1, 0, 0, row(RelationScorer.score(pairs(gold, pred)), "triple", "ALL"));
  }

  /** Bug fixed: Names kept the gap left by inner punctuation, so "U.S." ("u s") missed "US". */
  @Test
  void punctuationInsideANameDoesNotMatter() {
    var gold = List.of(relation("d", "Barack Obama", "per:countries_of_residence", "U.S."));
    var pred = List.of(relation("d", "Barack Obama", "per:countries_of_residence", "US"));
    assertCounts(1, 0, 0, row(RelationScorer.score(pairs(gold, pred)), "triple", "ALL")); // was (0, 1, 1)
  }

  @Test
  void theSameFactInAnotherDocumentIsAnotherFact() {
    var gold = List.of(relation("d1", "SCO", "org:city_of_founding", "Shanghai"),
        relation("d2", "SCO", "org:city_of_founding", "Shanghai"));
    var pred = List.of(relation("d1", "SCO", "org:city_of_founding", "Shanghai"),
        relation("d3", "SCO", "org:city_of_founding", "Shanghai"));
    LayerScore s = RelationScorer.score(pairs(gold, pred));
    assertCounts(1, 1, 1, row(s, "triple", "ALL")); // d1 found, d2 missed, d3 spurious
    assertEquals(new Counts(0, 0, 1), s.byDocument().get("d2"));
    assertEquals(new Counts(0, 1, 0), s.byDocument().get("d3"));
  }

  @Test
  void aDifferentRelationOrDateValueDoesNotMatch() {
    var gold = List.of(relation("d", "SCO", "org:date_founded", "2001"), relation("d", "SCO", "org:city_of_founding", "Shanghai"));
    var pred = List.of(relation("d", "SCO", "org:date_founded", "2001-06"),
        relation("d", "SCO", "org:city_of_headquarters", "Shanghai"));
    LayerScore s = RelationScorer.score(pairs(gold, pred));
    assertCounts(0, 2, 2, row(s, "triple", "ALL"));
    assertCounts(0, 0, 1, row(s, "triple", "org:city_of_founding"));
    assertCounts(0, 1, 0, row(s, "triple", "org:city_of_headquarters"));
    assertCounts(0, 1, 1, row(s, "triple", "org:date_founded"));
  }
}
