package newsfacts.eval;

import static newsfacts.eval.Make.entity;
import static newsfacts.eval.Make.relation;
import static newsfacts.eval.Make.pairs;
import static newsfacts.eval.ScoreRows.assertCounts;
import static newsfacts.eval.ScoreRows.assertRatios;
import static newsfacts.eval.ScoreRows.row;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MACRO is the mean of the per-type ratios (types whose ratio is empty are left out of that
 * mean) with the counts summed; ALL pools the counts first (micro).
 */
class MacroAverageTest {
  @Test
  void entityMacroAveragesTypesMicroPoolsCounts() {
    var gold = List.of(entity("d", 0, 4, "PERSON"), entity("d", 10, 14, "PERSON"), entity("d", 20, 24, "PERSON"),
        entity("d", 100, 103, "ORGANIZATION"), entity("d", 300, 306, "LOCATION"));
    var pred = List.of(entity("d", 0, 4, "PERSON"), entity("d", 10, 14, "PERSON"), entity("d", 20, 24, "PERSON"),
        entity("d", 200, 203, "ORGANIZATION"));
    LayerScore s = EntityScorer.score(pairs(gold, pred));
    assertCounts(0, 0, 1, row(s, "strict", "LOCATION"));
    assertRatios(null, 0.0, 0.0, row(s, "strict", "LOCATION")); // no LOCATION predicted: P empty
    assertCounts(0, 1, 1, row(s, "strict", "ORGANIZATION"));
    assertRatios(0.0, 0.0, 0.0, row(s, "strict", "ORGANIZATION"));
    assertCounts(3, 0, 0, row(s, "strict", "PERSON"));
    assertRatios(1.0, 1.0, 1.0, row(s, "strict", "PERSON"));
    // micro: tp 3, fp 0+1+0 = 1, fn 1+1+0 = 2 -> P 3/4, R 3/5, F1 6/(6+1+2) = 2/3
    assertCounts(3, 1, 2, row(s, "strict", "ALL"));
    assertRatios(0.75, 0.6, 2.0 / 3, row(s, "strict", "ALL"));
    // macro: P (0 + 1)/2 (LOCATION empty), R (0 + 0 + 1)/3, F1 (0 + 0 + 1)/3; counts summed
    assertCounts(3, 1, 2, row(s, "strict", "MACRO"));
    assertRatios(0.5, 1.0 / 3, 1.0 / 3, row(s, "strict", "MACRO"));
  }

  @Test
  void relationMacroAveragesRelationTypes() {
    var gold = List.of(relation("d", "A", "per:title", "minister"), relation("d", "B", "per:title", "dean"),
        relation("d", "SCO", "org:date_founded", "2001"));
    var pred = List.of(relation("d", "A", "per:title", "minister"), relation("d", "B", "per:title", "dean"),
        relation("d", "SCO", "org:date_founded", "2002"), relation("d", "SCO", "org:city_of_founding", "Shanghai"));
    LayerScore s = RelationScorer.score(pairs(gold, pred));
    assertCounts(0, 1, 0, row(s, "triple", "org:city_of_founding")); // P 0, R empty, F1 0
    assertCounts(0, 1, 1, row(s, "triple", "org:date_founded")); // P 0, R 0, F1 0
    assertCounts(2, 0, 0, row(s, "triple", "per:title")); // P 1, R 1, F1 1
    // micro: tp 2, fp 2, fn 1 -> P 2/4, R 2/3, F1 4/(4+2+1) = 4/7
    assertRatios(0.5, 2.0 / 3, 4.0 / 7, row(s, "triple", "ALL"));
    // macro: P (0 + 0 + 1)/3, R (0 + 1)/2 (city_of_founding empty), F1 (0 + 0 + 1)/3
    assertCounts(2, 2, 1, row(s, "triple", "MACRO"));
    assertRatios(1.0 / 3, 0.5, 1.0 / 3, row(s, "triple", "MACRO"));
  }
}
